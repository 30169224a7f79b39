/**
 * The builds ship every element's styles squeezed (scripts/minify-css-literals.mjs): the squeezed text must
 * mean exactly what was written, rule for rule, as the browser reads it.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../src/index.js';
import { minifyCss, minifyCssLiterals } from '../scripts/minify-css-literals.mjs';

const TAGS = ['license-list', 'license-detail', 'license-screen', 'status-panel', 'system-events-table'];

/**
 * The rules as the browser reads them. A custom property, and a value with `var()` in it, keeps its
 * whitespace as written (`var(--a, red)` keeps its space), though none after a comma means anything:
 * those are compared without.
 */
const rules = (text: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const read = (list: CSSRuleList): string[] =>
    [...list].flatMap((rule) => {
      if (rule instanceof CSSStyleRule) {
        const declarations = [...rule.style].map((name) => {
          const value = rule.style.getPropertyValue(name);
          return `${name}:${name.startsWith('--') || value.includes('var(') ? value.trim().replace(/,\s+/g, ',') : value}`;
        });
        return [`${rule.selectorText}{${declarations.join(';')}}`, ...read(rule.cssRules)];
      }
      if (rule instanceof CSSGroupingRule) return [rule.cssText.slice(0, rule.cssText.indexOf('{')), ...read(rule.cssRules)];
      return [rule.cssText];
    });
  return read(sheet.cssRules);
};

describe('squeezed styles', () => {
  for (const tag of TAGS) {
    it(`<${tag}>'s styles read the same squeezed`, () => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: CSSResult[] }).elementStyles;
      expect(styles.length).to.be.above(0);
      for (const style of styles) {
        const squeezed = minifyCss(style.cssText);
        expect(squeezed.length).to.be.below(style.cssText.length);
        expect(rules(squeezed)).to.deep.equal(rules(style.cssText));
      }
    });
  }

  it('keeps what whitespace and quotes mean', () => {
    const written = `/* why */ a :hover, b > c { content: ' a  b ; } '; margin : 0 1em ; }\n  @container license (max-width: 30em) { d { color: red } }`;
    expect(minifyCss(written)).to.equal(`a :hover,b > c{content:' a  b ; } ';margin :0 1em}@container license (max-width:30em){d{color:red}}`);
    expect(rules(minifyCss(written))).to.deep.equal(rules(written));
  });

  it('squeezes only tagged literals, and leaves addresses and the code around them alone', () => {
    const source = [
      '// the css`` text ships as written',
      'const kept = 1;',
      'export const styles = css`',
      '  a { background: url(http://x/*.png) ; }',
      '  /* why */ b { color: red; }',
      '`;',
      'const more = () => { return css`c { d: e }`; };',
    ].join('\n');
    expect(minifyCssLiterals(source)).to.equal(
      [
        '// the css`` text ships as written',
        'const kept = 1;',
        'export const styles = css`a{background:url(http://x/*.png)}b{color:red}`;',
        'const more = () => { return css`c{d:e}`; };',
      ].join('\n'),
    );
  });
});
