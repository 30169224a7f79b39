// @ts-check
/**
 * Writes schema/contract.schema.json from the valibot schemas in src/data/schema.ts, so host developers
 * can implement (and validate) the endpoint against the same source of truth the elements use.
 * `--check` fails when the committed file is out of date instead of writing it.
 */
import { build } from 'esbuild';
import { toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TARGET = 'schema/contract.schema.json';
const dir = mkdtempSync(join(tmpdir(), 'license-schema-'));
try {
  const outfile = join(dir, 'schema.mjs');
  await build({ entryPoints: ['src/data/schema.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  const { contractSchemas } = await import(pathToFileURL(outfile).href);
  // The strict date check (src/data/iso-date.ts) in standard formats. The pattern says what the formats
  // leave open: `T` (not a space) between date and time, and seconds 00-59 (no leap second).
  const isoDate = {
    anyOf: [
      { type: 'string', format: 'date' },
      { type: 'string', format: 'date-time', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-5][0-9]' },
    ],
  };
  /** @type {import('@valibot/to-json-schema').ConversionConfig} */
  const config = {
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type === 'check' && valibotAction.message.startsWith('must be an ISO 8601 date')) return isoDate;
      return jsonSchema;
    },
    // Lists read row by row (src/data/rows.ts) are, on the wire, plain arrays of their row schema.
    overrideSchema: ({ valibotSchema, referenceMap }) => {
      const row = /** @type {{ rowSchema?: import('valibot').GenericSchema }} */ (valibotSchema).rowSchema;
      if (!row) return undefined;
      const ref = referenceMap.get(row);
      if (ref) return { type: 'array', items: { $ref: `#/$defs/${ref}` } };
      // A nested conversion carries its own `$schema`; inside the document it would be noise.
      const items = toJsonSchema(row, config);
      delete items.$schema;
      return { type: 'array', items };
    },
  };
  const defs = toJsonSchemaDefs(contractSchemas, config);
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://license-widgets.example/contract/v1.schema.json',
    title: 'License widgets data endpoint contract (v1)',
    description:
      'Responses of GET {endpoint}/licenses (LicensesResponse), /licenses/{owner}/{module} (LicenseDetail), ' +
      '/status (Status), /consumption?months=N (Consumption), /events (EventsResponse); bodies of POST /events ' +
      '(NewSystemEvent); results of POST /licenses/{owner}/activate and /licenses/file (ActivationResult); ' +
      'errors as application/problem+json (ProblemDetails). Dates are RFC 3339 strings: a full-date ' +
      '(2027-06-30) or a date-time with an offset (2026-11-23T09:30:00Z), no leap second. Numbers are ' +
      'finite (a literal beyond the range of a double is refused). Unknown extra fields are ignored.',
    $defs: defs,
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(TARGET, 'utf8');
    } catch {
      /* missing counts as out of date */
    }
    if (committed !== text) {
      console.error(`${TARGET} is out of date with src/data/schema.ts: run npm run schema`);
      process.exitCode = 1;
    } else {
      console.log(`${TARGET} matches src/data/schema.ts`);
    }
  } else {
    writeFileSync(TARGET, text);
    console.log(`wrote ${TARGET}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
