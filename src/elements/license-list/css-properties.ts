/**
 * `style=${cssProperties({ '--name': value })}`: sets custom properties through the CSSOM, on the first
 * render too. Lit's `styleMap` writes its first value as a style attribute, which a strict
 * Content-Security-Policy (no 'unsafe-inline' for style-src-attr) blocks; CSSOM writes are allowed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class CssProperties extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProperties() goes in a style attribute');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssProperties);
