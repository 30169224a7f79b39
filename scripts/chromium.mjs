// @ts-check
/**
 * Where Chromium is and how it is started headless here: Debian's package, as root, on a machine whose
 * network only reaches package registries (so no background networking, updates or sync).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
