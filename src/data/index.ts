/** The data layer on its own: contract types and schemas, the HTTP client, data sources, context keys. */
export * from './schema.js';
export * from './errors.js';
export * from './http-client.js';
export * from './data-source.js';
export * from './contract-source.js';
export * from './source-registry.js';
export * from './context.js';
export type { EventChanges } from './event-changes.js';
