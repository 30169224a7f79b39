import { expect } from '@open-wc/testing';
import { BOM, csvDate, csvField, downloadCsv, fileNamePart, toCsv } from '../src/internal/csv.js';
import { catchDownloads, parseCsv } from './csv-download.js';

describe('CSV (RFC 4180, for spreadsheet apps)', () => {
  it('starts with the byte order mark, separates by commas and ends every record in CRLF', () => {
    const csv = toCsv(['Event', 'Status'], [['Rebuild', 'Running'], ['Index', 'Failed']]);
    expect(csv).to.equal(`${BOM}Event,Status\r\nRebuild,Running\r\nIndex,Failed\r\n`);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(toCsv(['Only header'], [])).to.equal(`${BOM}Only header\r\n`);
  });

  it('quotes fields with a comma, quote, CR or LF and doubles the quotes; leaves others bare', () => {
    expect(csvField('plain text, with comma')).to.equal('"plain text, with comma"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('line one\nline two')).to.equal('"line one\nline two"');
    expect(csvField('line one\r\nline two')).to.equal('"line one\r\nline two"');
    expect(csvField('"')).to.equal('""""');
    expect(csvField('Jørgensen Ärende 東京 🙂')).to.equal('Jørgensen Ärende 東京 🙂');
    expect(csvField(' spaced ')).to.equal(' spaced ');
    expect(csvField(null)).to.equal('');
    expect(csvField(undefined)).to.equal('');
    expect(csvField('')).to.equal('');
  });

  it('neutralises text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).to.equal(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('=1+1')).to.equal("'=1+1");
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-2+3')).to.equal("'-2+3");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\t=1')).to.equal("'\t=1");
    expect(csvField('\r=1')).to.equal(`"'\r=1"`);
    // Only at the start: inside the text the characters are harmless.
    expect(csvField('a=b, c-d @e')).to.equal('"a=b, c-d @e"');
    // Numbers are numbers, negative ones too.
    expect(csvField(-1)).to.equal('-1');
  });

  it('writes numbers plain: no grouping, a point for decimals, nothing for what is not a number', () => {
    expect(csvField(1234567)).to.equal('1234567');
    expect(csvField(0)).to.equal('0');
    expect(csvField(2.5)).to.equal('2.5');
    expect(csvField(Number.NaN)).to.equal('');
    expect(csvField(Infinity)).to.equal('');
  });

  it('writes dates as ISO 8601 in UTC, and a calendar day as it is', () => {
    expect(csvDate('2026-11-23T09:30:00Z')).to.equal('2026-11-23T09:30:00Z');
    expect(csvDate('2026-11-23T10:30:00+01:00')).to.equal('2026-11-23T09:30:00Z');
    expect(csvDate('2026-11-23T09:30:00.250Z')).to.equal('2026-11-23T09:30:00.250Z');
    expect(csvDate('2027-06-30')).to.equal('2027-06-30');
    expect(csvDate(null)).to.equal('');
  });

  it('reads back as written, hostile text included', () => {
    const hostile = ['=cmd|\' /C calc\'!A0', 'a "quoted" word', 'two\nlines', 'comma, inside', '\u202eevil', '<script>x</script>'];
    const back = parseCsv(toCsv(['text', 'count'], hostile.map((text, i) => [text, i])));
    expect(back[0]).to.deep.equal(['text', 'count']);
    expect(back.slice(1).map(([text]) => text)).to.deep.equal([
      "'=cmd|' /C calc'!A0", 'a "quoted" word', 'two\nlines', 'comma, inside', '\u202eevil', '<script>x</script>',
    ]);
    expect(back.slice(1).map(([, count]) => count)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
  });

  it('makes a file name from data without separators or leading dots', () => {
    expect(fileNamePart('SUPEROFFICE')).to.equal('SUPEROFFICE');
    expect(fileNamePart('../etc/passwd')).to.equal('etc-passwd');
    expect(fileNamePart('Acme Add-on: v2')).to.equal('Acme-Add-on-v2');
    expect(fileNamePart('Ørsted')).to.equal('Ørsted');
    expect(fileNamePart('///')).to.equal('export');
  });

  it('downloads through a Blob, an object URL and a temporary <a download> click, bytes in UTF-8 with the BOM', async () => {
    const downloads = catchDownloads();
    const where = document.createElement('div');
    document.body.append(where);
    try {
      downloadCsv('events.csv', toCsv(['Händelse'], [['Ärende']]), where);
      const saved = await downloads.last();
      expect(saved.fileName).to.equal('events.csv');
      expect(saved.type).to.equal('text/csv;charset=utf-8');
      expect(saved.attached).to.equal(true);
      expect(saved.text).to.equal('\uFEFFHändelse\r\nÄrende\r\n');
      // The link is gone again.
      expect(where.querySelector('a')).to.equal(null);
    } finally {
      downloads.restore();
      where.remove();
    }
  });
});
