// @ts-check
/** The translation check of `npm test` (scripts/check-translations.mjs) fails exactly when a translation is missing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** @param {string} localesDir */
const check = (localesDir) =>
  spawnSync(process.execPath, ['scripts/check-translations.mjs'], { env: { ...process.env, LOCALES_DIR: localesDir }, encoding: 'utf8' });

test('passes on the project’s translations and names a message whose Swedish target was removed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  try {
    cpSync('locales', dir, { recursive: true });
    const intact = check(dir);
    assert.equal(intact.status, 0, intact.stderr);
    assert.match(intact.stdout, /each translated in 5 languages/);

    const file = join(dir, 'sv.xlf');
    const xliff = readFileSync(file, 'utf8');
    const unit = /<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>\s*<target>[^<]*<\/target>/.exec(xliff);
    assert.ok(unit, 'a plain Swedish unit to remove');
    writeFileSync(file, xliff.replace(unit[0], unit[0].replace(/\s*<target>[^<]*<\/target>/, '')));
    const broken = check(dir);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, new RegExp(`sv: ${unit[1]} "`));
    assert.doesNotMatch(broken.stderr, /\n {2}(da|de|nb|nl):/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the built files carry no translator notes, which the sources give', async () => {
  const { readdirSync } = await import('node:fs');
  /** @param {string} dir */
  const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
  const sources = files('src').filter((file) => file.endsWith('.ts') && !file.includes('generated'));
  assert.ok(sources.some((file) => readFileSync(file, 'utf8').includes('desc:')), 'the sources have notes');
  const built = files('dist').filter((file) => file.endsWith('.js'));
  assert.ok(built.length > 10, 'run after the build');
  assert.deepEqual(built.filter((file) => /\bdesc:\s*['"]/.test(readFileSync(file, 'utf8'))), []);
});
