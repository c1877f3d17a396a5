/** The pack's JSON Schema, compiled once, and its errors said in words an editor can act on. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { q } from './problems.ts';

export const SCHEMA_FILE = new URL('../../../../assets/topics/topic-pack.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;
export function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    // CJS/ESM interop: depending on the loader the class is the default export or its `default`.
    const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
    const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
    // The generator's own keyword (the TypeScript name of a definition) is not a validation rule.
    const ajv = new AjvClass({ allErrors: true, strict: true, keywords: ['tsType'] });
    formats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function patternDetail(path: string): string {
  if (/\/(date|asOf|published|updated)$/.test(path)) return 'is not a date; use YYYY-MM-DD, YYYY-MM or YYYY';
  if (/\/url$/.test(path)) return 'must be an https:// URL';
  if (/\/(id|source|sources\/\d+|related\/\d+|entry)$/.test(path)) return 'is not a valid id (lower-case letters and digits joined by hyphens)';
  if (/\/version$/.test(path)) return 'must be a version like 1.0.0';
  return 'must not be blank';
}

export function schemaDetail(err: ErrorObject): { path: string; detail: string } {
  const path = err.instancePath;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return { path: `${path}/${String(p.missingProperty)}`, detail: 'is missing (required)' };
    case 'additionalProperties':
      return { path: `${path}/${String(p.additionalProperty)}`, detail: 'is not a known field; remove it or fix its spelling' };
    case 'enum':
      return { path, detail: `must be one of ${(p.allowedValues as unknown[]).map(q).join(', ')}` };
    case 'type':
      return { path, detail: `must be ${String(p.type)}` };
    case 'minItems':
      return { path, detail: `must have at least ${String(p.limit)} item(s)` };
    case 'uniqueItems':
      return { path, detail: `has the same item twice (items ${String(p.j)} and ${String(p.i)})` };
    case 'minLength':
      return { path, detail: `is too short (at least ${String(p.limit)} characters)` };
    case 'maxLength':
      return { path, detail: `is too long (at most ${String(p.limit)} characters)` };
    case 'pattern':
      return { path, detail: patternDetail(path) };
    default:
      return { path, detail: err.message ?? `fails ${err.keyword}` };
  }
}
