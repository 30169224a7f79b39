/**
 * Quick language switches while locale modules are still loading: whatever order the loads finish in,
 * each element ends in the last language asked for, on the element, on an ancestor or on <html>.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { TemplateMap } from '@lit/localize';
import '../src/index.js';
import { msg, renderIn } from '../src/i18n/msg.js';
import { resolveLocale, type SupportedLocale } from '../src/i18n/locales.js';
import { wrapLocaleLoads } from '../src/i18n/locale-templates.js';
import { templates as sv } from '../src/i18n/generated/sv.js';
import { templates as nb } from '../src/i18n/generated/nb.js';
import { templates as da } from '../src/i18n/generated/da.js';
import { templates as nl } from '../src/i18n/generated/nl.js';
import { templates as de } from '../src/i18n/generated/de.js';
import type { SystemEvent } from '../src/data/schema.js';
import { events as demoEvents } from '../demo/endpoint/fixtures.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';

const TEMPLATES: Record<SupportedLocale, TemplateMap | undefined> = { en: undefined, sv, nb, da, nl, de };

/** `text` as the library renders it in `locale`: the same lookup, so no translation is written out here. */
const inLocale = (locale: SupportedLocale, text: string) => renderIn(locale, TEMPLATES[locale], () => msg(text));

/** Tags a page may set: every language, regional variants, an alias, and one that falls back to English. */
const TAGS = ['en', 'sv', 'da', 'nb', 'nl', 'de', 'sv-SE', 'no', 'de-AT', 'en-GB', 'fr'];

/** A small seeded generator, so a failing sequence can be told and replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gap = 'same task' | 'microtask' | 'ms';
interface Step {
  tag: string;
  gap: Gap;
  ms: number;
}

/** 2–6 switches with repeats and returns, gaps of each kind, and a load delay per locale. */
function sequence(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const steps: Step[] = [];
  const length = 2 + Math.floor(next() * 5);
  for (let i = 0; i < length; i++) {
    const previous = steps[i - 1]?.tag;
    const earlier = steps[Math.floor(next() * i)]?.tag;
    const roll = next();
    const tag = previous && roll < 0.15 ? previous : earlier && roll < 0.35 ? earlier : pick(TAGS);
    steps.push({ tag, gap: pick(['same task', 'microtask', 'ms'] as const), ms: Math.floor(next() * 8) });
  }
  // Each locale's module arrives after its own delay, so the loads finish in a different order each time.
  const delays = new Map(['sv', 'nb', 'da', 'nl', 'de'].map((locale) => [locale, Math.floor(next() * 30)]));
  // Now and then a module's first load fails (a dropped connection); the next try gets it.
  const failing = next() < 0.3 ? pick(['sv', 'nb', 'da', 'nl', 'de']) : undefined;
  return { steps, delays, failing };
}

const describeSteps = (steps: Step[]) =>
  steps.map((step, i) => (i === 0 ? step.tag : `${step.gap === 'ms' ? `${step.ms}ms` : step.gap} → ${step.tag}`)).join(' ');

let pendingLoads = 0;

/** Delays every locale module load by the sequence's amount for that locale; fails `failing`'s first. */
function delayLoads(delays: Map<string, number>, failing: string | undefined) {
  let failed = false;
  wrapLocaleLoads(async (locale, load) => {
    pendingLoads++;
    try {
      await aTimeout(delays.get(locale) ?? 0);
      if (locale === failing && !failed) {
        failed = true;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      return await load();
    } finally {
      pendingLoads--;
    }
  });
}

interface Subject {
  name: string;
  /** Puts a new element in `parent` at once, without waiting for it to render. */
  mount(parent: HTMLElement, lang: string | undefined): HTMLElement;
  /** Whether all its text can be compared with an element that was only ever in one language (no live data). */
  wholeText?: false;
  /** Texts of the element (and its nested elements) that must be in `locale`, with what they say. */
  texts(el: HTMLElement, locale: SupportedLocale): { what: string; shown: string | null | undefined; expected: string }[];
}

const shadow = (el: Element | null | undefined) => el?.shadowRoot as ShadowRoot | undefined;
const caption = (list: Element | null | undefined) => shadow(list)?.querySelector('caption')?.textContent;

function element(parent: HTMLElement, tag: string, lang: string | undefined, properties: Record<string, unknown>) {
  const el = document.createElement(tag);
  if (lang) el.setAttribute('lang', lang);
  Object.assign(el, properties);
  parent.append(el);
  return el;
}

const fixedEvents = () =>
  (demoEvents(3) as SystemEvent[]).map((event) => ({ ...event, activated: '2026-01-05T09:00:00Z', finished: event.finished ? '2026-01-05T10:00:00Z' : null }));

const licensesEndpoint = () => ({ endpoint: 'https://crm.example/api', fetch: stubFetch({ '/licenses': json(normalLicenses()) }) });

const SUBJECTS: Subject[] = [
  {
    name: '<license-list>',
    mount: (parent, lang) => element(parent, 'license-list', lang, licensesEndpoint()),
    texts: (el, locale) => [{ what: 'caption', shown: caption(el), expected: inLocale(locale, 'License list') }],
  },
  {
    name: '<system-events-table>',
    // Dates far from now, so no minute passing between two renders changes the text being compared.
    mount: (parent, lang) => element(parent, 'system-events-table', lang, { events: fixedEvents() }),
    texts: (el, locale) => [
      { what: 'first column', shown: shadow(el)?.querySelector('thead th')?.textContent?.trim(), expected: inLocale(locale, 'Event') },
      { what: 'heading', shown: shadow(el)?.querySelector('#events-heading')?.textContent, expected: inLocale(locale, 'Events') },
    ],
  },
  {
    name: '<license-screen>',
    mount: (parent, lang) => element(parent, 'license-screen', lang, licensesEndpoint()),
    texts: (el, locale) => [
      { what: 'title (which names the tab list)', shown: shadow(el)?.querySelector('h2.title')?.textContent, expected: inLocale(locale, 'Licenses') },
      { what: 'nested list caption', shown: caption(shadow(el)?.querySelector('license-list')), expected: inLocale(locale, 'License list') },
    ],
  },
  {
    name: '<license-screen> on its Status tab',
    mount: (parent, lang) => element(parent, 'license-screen', lang, { endpoint: '/demo-api/normal', tab: 'status' }),
    // The events go on changing while it is shown.
    wholeText: false,
    texts: (el, locale) => {
      const panel = shadow(el)?.querySelector('status-panel');
      const events = shadow(panel)?.querySelector('system-events-table');
      return [
        { what: 'title (which names the tab list)', shown: shadow(el)?.querySelector('h2.title')?.textContent, expected: inLocale(locale, 'Licenses') },
        { what: 'status panel', shown: shadow(panel)?.querySelector('#metered-h')?.textContent?.trim(), expected: inLocale(locale, 'Metered services') },
        { what: 'nested events heading', shown: shadow(events)?.querySelector('#events-heading')?.textContent, expected: inLocale(locale, 'Events') },
      ];
    },
  },
];

/** All text of an element and of the elements in its shadow root, labels included. */
function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) parts.push(`[${value}]`);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Where two texts part, with a little of each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 20);
  return `"…${a.slice(from, i + 40)}…" where "…${b.slice(from, i + 40)}…"`;
}

type Placement = 'the element' | 'an ancestor' | '<html>';
const PLACEMENTS: Placement[] = ['the element', 'an ancestor', '<html>'];
const SEQUENCES = 32;

/** Every element of the library inside `el` (nested ones included) has finished rendering. */
async function settled(el: HTMLElement) {
  await until(() => pendingLoads === 0, 'the locale loads', 4000);
  for (let round = 0; round < 3; round++) {
    const elements = [el, ...(shadow(el)?.querySelectorAll('*') ?? [])] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await aTimeout(0);
  }
}

/** The element has its data and every element of the library inside it has finished rendering. */
async function rendered(subject: Subject, el: HTMLElement) {
  await until(() => subject.texts(el, 'en').every(({ shown }) => !!shown), 'the data shown', 4000);
  await settled(el);
}

describe('the last language asked for wins', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    wrapLocaleLoads();
    container.remove();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  for (const subject of SUBJECTS) {
    for (const placement of PLACEMENTS) {
      it(`${subject.name}: ${SEQUENCES} quick switches on ${placement}, loads finishing in varying order`, async () => {
        const failures: string[] = [];
        const reference = new Map<string, string>();
        /**
         * The whole text of an element that was only ever in `tag`: the full tag, since its region decides
         * the formats (`en-GB` dates are not `en` dates).
         */
        const textIn = async (tag: string) => {
          const locale = resolveLocale(tag);
          if (!reference.has(tag)) {
            const fresh = subject.mount(container, tag);
            await until(() => subject.texts(fresh, locale).every(({ shown, expected }) => shown === expected), `${locale} reference`);
            await rendered(subject, fresh);
            reference.set(tag, deepText(fresh));
            fresh.remove();
          }
          return reference.get(tag);
        };
        const wrapper = document.createElement('div');
        container.append(wrapper);
        document.documentElement.setAttribute('lang', 'en');
        let el: HTMLElement | undefined;
        for (let seed = 1; seed <= SEQUENCES; seed++) {
          const { steps, delays, failing } = sequence(seed * 7919 + subject.name.length);
          delayLoads(delays, failing);
          // Every other sequence starts on a new element, switched before its first render.
          const fresh = !el || seed % 2 === 0;
          const target = () => (placement === 'the element' ? (el as HTMLElement) : placement === 'an ancestor' ? wrapper : document.documentElement);
          if (fresh) {
            el?.remove();
            if (placement !== 'the element') target().setAttribute('lang', steps[0]?.tag ?? 'en');
            el = subject.mount(wrapper, placement === 'the element' ? steps[0]?.tag : undefined);
          }
          for (const [i, step] of steps.entries()) {
            if (i > 0 && step.gap === 'microtask') await Promise.resolve();
            if (i > 0 && step.gap === 'ms') await aTimeout(step.ms);
            target().setAttribute('lang', step.tag);
          }
          if (!el) throw new Error('no element mounted');
          const last = resolveLocale(steps[steps.length - 1]?.tag);
          await rendered(subject, el);
          // And it stays there: nothing late turns it back to an earlier language.
          await aTimeout(10);
          await settled(el);
          const told = `${fresh ? 'new element: ' : ''}${describeSteps(steps)}${failing ? ` (${failing} failing once)` : ''}`;
          for (const { what, shown, expected } of subject.texts(el, last)) {
            if (shown !== expected) failures.push(`${told}: ${what} "${shown}", not "${expected}" (${last})`);
          }
          wrapLocaleLoads();
          if (subject.wholeText === false) continue;
          const whole = await textIn(steps[steps.length - 1]?.tag ?? 'en');
          const text = deepText(el);
          if (text !== whole) failures.push(`${told}: the text differs from an element only ever in ${last}: ${firstDifference(text, whole ?? '')}`);
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }
});
