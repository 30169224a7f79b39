// @ts-check
/**
 * Translator's notes (`msg(…, { desc: '…' })`) are for the XLIFF files, which `lit-localize extract` reads
 * from the sources; at run time they are bytes nobody reads, so the builds (and the size check, which
 * measures what the builds ship) leave them out. Message ids stay.
 */
const QUOTED = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const NOTE_ALONE = new RegExp(String.raw`,\s*\{\s*desc:\s*${QUOTED}\s*,?\s*\}`, 'g');
const NOTE_AFTER = new RegExp(String.raw`,\s*desc:\s*${QUOTED}(?=\s*,?\s*\})`, 'g');
const NOTE_BEFORE = new RegExp(String.raw`desc:\s*${QUOTED}\s*,\s*`, 'g');

/** @param {string} code a TypeScript module of `src/` */
export const stripTranslatorNotes = (code) =>
  code.replace(NOTE_ALONE, '').replace(NOTE_AFTER, '').replace(NOTE_BEFORE, '');

/** Which files carry notes: the library's own sources, not the generated locale modules. */
export const hasTranslatorNotes = (/** @type {string} */ id) => /[\\/]src[\\/](?!i18n[\\/]generated).*\.ts$/.test(id);
