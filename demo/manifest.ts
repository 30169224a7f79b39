/**
 * Reads the generated custom-elements.json so the demo's attribute, event and part lists are never a
 * hand-kept copy of the code.
 */
export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
export interface ManifestNamed {
  name: string;
  description?: string;
}
export interface ElementDoc {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes: ManifestAttribute[];
  events: ManifestNamed[];
  cssParts: ManifestNamed[];
  cssProperties: ManifestNamed[];
  slots: ManifestNamed[];
}

interface RawDeclaration extends Partial<ElementDoc> {
  customElement?: boolean;
}
interface RawManifest {
  modules: { declarations?: RawDeclaration[] }[];
}

export async function loadElementDocs(url = '/custom-elements.json'): Promise<ElementDoc[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (run npm run analyze)`);
  return elementDocs((await response.json()) as RawManifest);
}

export function elementDocs(manifest: RawManifest): ElementDoc[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is RawDeclaration & { tagName: string; name: string } =>
      Boolean(declaration.customElement && declaration.tagName && declaration.name),
    )
    .map((declaration) => ({
      tagName: declaration.tagName,
      name: declaration.name,
      summary: declaration.summary,
      description: declaration.description,
      attributes: declaration.attributes ?? [],
      events: declaration.events ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
      slots: declaration.slots ?? [],
    }));
}

/** The choices of a string-union attribute type (`'a' | 'b'`), or none. */
export function choicesOf(attribute: ManifestAttribute): string[] {
  const text = attribute.type?.text ?? '';
  const literals = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  return literals.length > 1 ? literals : [];
}

export type AttributeKind = 'boolean' | 'number' | 'choice' | 'text';

export const kindOf = (attribute: ManifestAttribute): AttributeKind => {
  const text = attribute.type?.text ?? '';
  if (/\bboolean\b/.test(text)) return 'boolean';
  if (/\bnumber\b/.test(text)) return 'number';
  return choicesOf(attribute).length ? 'choice' : 'text';
};

/** The documented default of a string attribute (`'contract'` in the manifest), or undefined. */
export function stringDefaultOf(attribute: ManifestAttribute): string | undefined {
  return /^'([^']*)'$/.exec(attribute.default ?? '')?.[1];
}
