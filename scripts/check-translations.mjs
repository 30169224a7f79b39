/**
 * Fails when a message in the source has no translation in some target language: it extracts the
 * messages afresh (into a copy of `locales/`, so the files translators edit are not touched) and lists
 * every trans-unit without a `<target>`. lit-localize itself would fall back to English silently.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'translations-'));
try {
  const xliffDir = join(work, 'locales');
  // LOCALES_DIR: check other XLIFF files than the project's (the script's own test does).
  cpSync(process.env.LOCALES_DIR ?? join(root, config.interchange.xliffDir), xliffDir, { recursive: true });
  const copy = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles.map((pattern) => join(root, pattern)),
    output: { ...config.output, outputDir: join(work, 'generated'), localeCodesModule: join(work, 'generated', 'codes.ts') },
    interchange: { ...config.interchange, xliffDir },
  };
  const configFile = join(work, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(copy));
  execFileSync(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract', '--config', configFile], { cwd: root, stdio: 'pipe' });

  const missing = [];
  const unexplained = new Set();
  let units = 0;
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf')).sort()) {
    const xliff = readFileSync(join(xliffDir, file), 'utf8');
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      units++;
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1]?.trim();
      // One or two words alone ("Free", "Type", "Finished") are ambiguous without a note on where they appear.
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      if (!source.includes('<x ') && source.trim().split(/\s+/).length <= 2 && !body.includes('<note')) unexplained.add(source);
      if (!target) {
        missing.push(`${file.replace('.xlf', '')}: ${id} "${source.replace(/<x [^>]*\/>/g, '{…}')}"`);
      }
    }
  }
  if (unexplained.size) {
    console.error(`Short messages without a translator's note (give them \`{ desc: '…' }\` in msg()):`);
    for (const source of unexplained) console.error(`  "${source}"`);
  }
  if (missing.length) {
    console.error(`Untranslated messages (${missing.length}); run \`npm run localize:extract\` and translate them in locales/:`);
    for (const line of missing) console.error(`  ${line}`);
  }
  if (missing.length || unexplained.size) process.exit(1);
  console.log(`translations: ${units / config.targetLocales.length} messages, each translated in ${config.targetLocales.length} languages`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
