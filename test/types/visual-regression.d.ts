// The package's index.d.ts re-exports './browser/commands.mjs', whose types ship as commands.d.ts, which
// TypeScript does not pick up for an .mjs path; this restates the one function the tests use.
export {};

declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
