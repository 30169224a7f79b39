/**
 * The drop-in bundle on a page with a strict Content Security Policy header (`script-src 'self'`,
 * `require-trusted-types-for 'script'`, `img-src 'self'`, …) and an endpoint that puts markup, script and
 * refused URLs in every field (test/csp/). The page reports what it saw; this test page itself has no
 * policy, the framed page gets the header. Runs against `dist/bundle/license-widgets.js` (`npm run build`).
 */
import { expect } from '@open-wc/testing';
import type { CspReport } from './csp/page.js';
import { CSP_POLICY } from './csp/csp-middleware.mjs';
import { CROSS_ORIGIN_LINKS, people, SAME_ORIGIN_URLS, TEXT_CASES } from './csp/hostile-data.js';

interface Framed {
  report: CspReport;
  frame: HTMLIFrameElement;
}

async function openPage(query: string, timeout = 50_000): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1200px';
  frame.style.blockSize = '900px';
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from the page within ${timeout} ms`)), timeout);
    window.addEventListener('message', function listen(event: MessageEvent<{ cspReport?: CspReport }>) {
      if (event.source !== frame.contentWindow || !event.data?.cspReport) return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(event.data.cspReport);
    });
  });
  frame.src = `/test/csp/page.html${query}`;
  document.body.append(frame);
  return { report: await report, frame };
}

/** Text of every shadow tree in the framed page. */
function shadowText(doc: Document): string {
  let text = '';
  const walk = (node: Node, inShadow: boolean) => {
    if (inShadow && node.nodeType === Node.TEXT_NODE) text += node.textContent;
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow, true);
    node.childNodes.forEach((child) => walk(child, inShadow));
  };
  walk(doc.body, false);
  return text.replace(/[\u2068\u2069]/g, '');
}

const counts = (label: string, r: CspReport) =>
  console.log(
    `${label}: elements rendered ${r.elementsRendered}/${r.elements}, steps ${r.steps}, text cases found ${r.textCasesFound}/${r.textCases}, ` +
      `URL cases ${r.urlCases}, violations ${r.violations.length}, executions ${r.executions}, live non-allowed URLs ${r.badUrls.length}, ` +
      `injected markup ${r.injected.length}, same-origin URLs live ${r.sameOriginLive}, cross-origin links live ${r.crossOriginLinksLive}, ` +
      `images sending a referrer ${r.imagesWithReferrer}, portraits ${r.portraits} (live images ${r.portraitImages}), ` +
      `purchase links ${r.purchaseLinks.length}, styled shadow roots ${r.styledRoots}` +
      (r.notRendered.length ? `\n  not rendered: ${r.notRendered.join(', ')}` : '') +
      (r.violations.length ? `\n  violations: ${JSON.stringify(r.violations.slice(0, 10))}` : '') +
      (r.badUrls.length ? `\n  bad URLs: ${JSON.stringify(r.badUrls.slice(0, 10))}` : '') +
      (r.injected.length ? `\n  injected: ${JSON.stringify(r.injected.slice(0, 10))}` : '') +
      (r.errors.length ? `\n  errors: ${JSON.stringify(r.errors.slice(0, 10))}` : '') +
      (r.textCasesMissing.length ? `\n  text cases not seen: ${JSON.stringify(r.textCasesMissing)}` : ''),
  );

describe('the drop-in bundle under a strict CSP with Trusted Types', function () {
  this.timeout(120_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('is served with the policy as a header', async () => {
    const response = await fetch('/test/csp/page.html');
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).to.equal(CSP_POLICY);
    for (const directive of ["script-src 'self'", "require-trusted-types-for 'script'", "img-src 'self'", "connect-src 'self'"]) {
      expect(header).to.contain(directive);
    }
    expect(header).not.to.contain('unsafe-inline').and.not.to.contain('unsafe-eval');
  });

  it('renders hostile text as text: no violation, nothing executed, no live non-allowed URL', async () => {
    const { report, frame } = await openPage('');
    frames.push(frame);
    counts('strict', report);
    expect(report.policy).to.equal(true);
    expect(report.errors, 'page errors').to.deep.equal([]);
    expect(report.elementsRendered).to.equal(5);
    expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(report.executions, 'hostile strings executed').to.equal(0);
    expect(report.badUrls, 'live URLs the data rule refuses').to.deep.equal([]);
    expect(report.injected, 'markup the elements did not write').to.deep.equal([]);
    expect(report.imagesWithReferrer).to.equal(0);
    // Not vacuous: the hostile strings are on the page as text, and allowed URLs do stay live.
    expect(report.textCasesMissing).to.deep.equal([]);
    expect(report.textCasesFound).to.equal(TEXT_CASES.length);
    expect(report.sameOriginLive).to.be.greaterThan(0);
    expect(report.styledRoots).to.be.greaterThan(5);
    // One person per portrait case: only the same-origin portraits became images.
    expect(report.portraits).to.equal(people().length);
    expect(report.portraitImages).to.equal(SAME_ORIGIN_URLS.length);
    // One owner tab per shop URL case: only the allowed ones became Purchase links.
    const allowedShops = [...SAME_ORIGIN_URLS.map((path) => new URL(path, location.href).href), ...CROSS_ORIGIN_LINKS];
    expect([...report.purchaseLinks].sort()).to.deep.equal([...allowedShops].sort());
    const text = shadowText(frame.contentDocument!);
    expect(text).to.contain('<img src=x onerror=window.__pwned++>');
    expect(text).to.contain('<script>window.__pwned++</script>');
    expect((frame.contentWindow as Window & { __pwned?: number }).__pwned).to.equal(0);
    expect((window as Window & { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reports violations and non-allowed URLs when the page breaks the policy on purpose (control)', async () => {
    const { report, frame } = await openPage('?control=1');
    frames.push(frame);
    counts('control', report);
    const directives = report.violations.map((v) => v.directive);
    // Trusted Types refuse every script string (even one cloned from markup) before script-src is asked.
    for (const directive of ['img-src', 'require-trusted-types-for', 'trusted-types']) {
      expect(directives, directive).to.include(directive);
    }
    expect(report.badUrls.some((url) => url.value.startsWith('data:'))).to.equal(true);
    expect(report.executions).to.equal(0);
  });

  it('counts an executed handler when the page is served without the policy (control)', async () => {
    const { report, frame } = await openPage('?control=1&nocsp=1');
    frames.push(frame);
    counts('control without policy', report);
    expect(report.policy).to.equal(false);
    expect(report.violations).to.deep.equal([]);
    expect(report.executions).to.be.greaterThan(0);
  });
});
