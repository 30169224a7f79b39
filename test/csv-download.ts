/** Catches CSV downloads in tests: the Blob behind each object URL and the `<a download>` clicked for it. */

export interface Download {
  fileName: string;
  /** The file's bytes decoded as UTF-8 with the byte order mark kept, so a test can see it is there. */
  text: string;
  type: string;
  /** Whether the link was in a document when clicked (some browsers ignore a detached link). */
  attached: boolean;
}

export function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const clicks: Promise<Download>[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:${location.origin}/csv-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return original.click.call(this);
    const { download: fileName, isConnected: attached } = this;
    // Blob.text() would drop the byte order mark (it decodes as UTF-8 does); the bytes keep it.
    clicks.push(blob.arrayBuffer().then((bytes) => ({ fileName, attached, type: blob.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) })));
  };
  return {
    /** Every download so far, in order. */
    all: () => Promise.all(clicks),
    async last(): Promise<Download> {
      // The export's code may still be on its way on the first click.
      for (let tries = 0; clicks.length === 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      const downloads = await Promise.all(clicks);
      const download = downloads.at(-1);
      if (!download) throw new Error('nothing was downloaded');
      return download;
    },
    restore() {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    },
  };
}

/** An RFC 4180 reader, written apart from the writer so the tests do not check the writer against itself. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted && char === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field || record.length) throw new Error('the last record does not end in CRLF');
  return records;
}
