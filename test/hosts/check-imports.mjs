// @ts-check
/**
 * The generated React and Vue types reach the package's types through its public entry only (never a
 * file inside dist/ or src/), and React 19 handler props carry the exact event name.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const failures = [];

for (const [file, framework] of [['dist/hosts/react.d.ts', 'react'], ['dist/hosts/vue.d.ts', 'vue']]) {
  const text = readFileSync(file, 'utf8');
  const imports = ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName);
  const allowed = new Set([pkg.name, framework]);
  for (const specifier of imports) if (!allowed.has(specifier)) failures.push(`${file} imports '${specifier}'`);
  if (!imports.includes(pkg.name)) failures.push(`${file} does not import from '${pkg.name}'`);
}

const react = readFileSync('dist/hosts/react.d.ts', 'utf8');
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  for (const event of declaration.tagName ? (declaration.events ?? []) : []) {
    const handler = `'on${event.name}'?: (event: ${event.type?.text}) => void;`;
    if (!react.includes(handler)) failures.push(`react.d.ts: <${declaration.tagName}> lacks ${handler}`);
  }
}

if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
