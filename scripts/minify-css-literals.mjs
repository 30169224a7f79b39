// @ts-check
/**
 * Styles live in `css\`…\`` literals, which the JavaScript minifier leaves as written: comments that say
 * why, indentation and one declaration per line ship to every host. The builds (and the size check, which
 * measures what they ship) squeeze them: comments out, whitespace collapsed where CSS ignores it. Quoted
 * strings are copied as they are. Literals with `${…}` are left alone (none in src/ today).
 */

/** @param {string} text the CSS between the backticks */
export function minifyCss(text) {
  // Quoted strings are set aside first, so nothing below can touch their insides.
  /** @type {string[]} */
  const strings = [];
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (text.startsWith('url(', i)) {
      // An unquoted address may hold anything a comment or a string starts with (`url(http://x/*.png)`).
      const end = text.indexOf(')', i);
      const close = end < 0 ? text.length : end + 1;
      strings.push(text.slice(i, close));
      out += `\u0000${strings.length - 1}\u0000`;
      i = close - 1;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      strings.push(text.slice(i, j + 1));
      out += `\u0000${strings.length - 1}\u0000`;
      i = j;
    } else {
      out += /\s/.test(char) ? ' ' : char;
    }
  }
  // Whitespace around { } ; and after , and : carries no meaning in CSS (a space before a colon does:
  // `a :hover` is not `a:hover`, so that one stays). The last declaration of a block needs no semicolon.
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/([,:]) /g, '$1')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, index) => strings[Number(index)] ?? '');
}

/**
 * A `css` tag where an expression starts (after `=`, `(`, `,`, `[`, `:`, `?` or `return`): the word in a
 * comment ("the css`` text ships as written") is not a literal, and squeezing from there would run the
 * code after the comment into it.
 */
const CSS_LITERAL = /(?<=(?:[=(,[:?]|\breturn)\s*)\bcss`([^`]*)`/g;

/** @param {string} code a module of `src/` */
export const minifyCssLiterals = (code) =>
  code.replace(CSS_LITERAL, (literal, text) => (text.includes('${') ? literal : `css\`${minifyCss(text)}\``));

export const hasCssLiterals = (/** @type {string} */ id) => /[\\/]src[\\/].*\.ts$/.test(id);
