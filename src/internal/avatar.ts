/**
 * A person's portrait, or their initials when there is no portrait or it fails to load. Decorative: the
 * caller shows the name as text next to it. Add `avatarStyles` to the element's styles.
 */
import { css, html, nothing } from 'lit';
import { dataUrl } from '../data/url-policy.js';

export interface PortraitOwner {
  name: string;
  portraitUrl?: string | null;
}

/** "Kari Nordmann" → "KN", "Jan" → "J". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  // By code point, not UTF-16 unit, so "Ågot" or an emoji name is not cut in half.
  const initial = (word: string) => [...word][0] ?? '';
  return (initial(first) + initial(last)).toUpperCase();
}

// The image covers the initials; a failed load hides it, a later successful load (new URL) shows it again.
const hide = (event: Event) => ((event.target as HTMLImageElement).hidden = true);
const show = (event: Event) => ((event.target as HTMLImageElement).hidden = false);

/**
 * `endpoint`: where the data came from, which decides which portrait URLs are used (`dataUrl`). The image
 * sends no referrer: the settings page's address is nobody else's business.
 */
export function avatar(person: PortraitOwner, endpoint: string) {
  const src = dataUrl(person.portraitUrl, endpoint);
  return html`<span class="avatar" part="avatar" aria-hidden="true"
    >${initials(person.name)}${src
      ? html`<img src=${src} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${hide} @load=${show} />`
      : nothing}</span
  >`;
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--license-avatar-size, 2em);
    block-size: var(--license-avatar-size, 2em);
    border-radius: 50%;
    overflow: hidden;
    font-size: 0.8em;
    font-weight: 600;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
