// @ts-check
/**
 * The host apps' lockfiles and the packed package. A host depends on
 * `"license-widgets": "file:../.pack/license-widgets.tgz"`, a tarball whose bytes change with every
 * build. What `npm ci` (npm 11) does with such an entry, tried by hand:
 * - with an `integrity` recorded, it installs the copy in the npm cache that has that integrity, without
 *   a word, when the tarball on disk has changed: the host would test an old build. So the entry must
 *   have no integrity; npm ci then unpacks the tarball as it is and leaves the lockfile alone.
 * - it installs the package's dependencies from the lockfile and does not compare them with the
 *   tarball's package.json: a dependency added to or dropped from the package would go unnoticed. So
 *   the harness compares them first, and `node scripts/test-hosts.mjs --update-locks` refreshes the locks.
 * Everything else in a host's lockfile is pinned with its integrity, as in any app.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const TARBALL_SPEC = 'file:../.pack/license-widgets.tgz';
const ENTRY = 'node_modules/license-widgets';
const FIELDS = /** @type {const} */ (['version', 'dependencies', 'peerDependencies', 'optionalDependencies']);
const REFRESH = 'run `node scripts/test-hosts.mjs --update-locks` and commit the lockfiles';

/** @param {unknown} value */
const canonical = (value) =>
  JSON.stringify(value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort()) : value ?? null);

/**
 * Throws unless the lockfile's entry for the package has no integrity and records the version and
 * dependencies that the package being packed declares.
 * @param {string} lockfile @param {Record<string, unknown>} manifest the package.json that was packed
 */
export function assertLockMatches(lockfile, manifest) {
  const entry = JSON.parse(readFileSync(lockfile, 'utf8')).packages?.[ENTRY];
  if (!entry) throw new Error(`${lockfile} has no ${ENTRY}: ${REFRESH}`);
  if (entry.resolved !== TARBALL_SPEC) throw new Error(`${ENTRY} resolves to ${entry.resolved}, not ${TARBALL_SPEC}`);
  if (entry.integrity) {
    throw new Error(`${ENTRY} records an integrity: npm ci would install a cached earlier pack instead; ${REFRESH}`);
  }
  const stale = FIELDS.filter((field) => canonical(entry[field]) !== canonical(manifest[field]));
  if (stale.length) {
    const differences = stale.map((field) => `${field}: lockfile ${canonical(entry[field])}, package ${canonical(manifest[field])}`);
    throw new Error(`${ENTRY} in the lockfile differs from the package (${differences.join('; ')}): ${REFRESH}`);
  }
}

/**
 * Forgets what the lockfile knows of the package, so `npm install` reads the tarball again: with the entry
 * still there it is taken as satisfied, and the lockfile would keep an earlier pack's version and
 * dependencies. @param {string} lockfile
 */
export function forgetTarball(lockfile) {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  if (lock.packages?.[ENTRY]) delete lock.packages[ENTRY];
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
}

/** Drops the integrity `npm install` records for the tarball (see above). @param {string} lockfile */
export function stripTarballIntegrity(lockfile) {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  if (lock.packages?.[ENTRY]) delete lock.packages[ENTRY].integrity;
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
}
