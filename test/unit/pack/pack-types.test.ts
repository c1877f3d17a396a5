import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { packTypesSource, readSchema, type Schema, TYPES_FILE } from '../../../scripts/lib/pack-types.ts';

test('src/shared/pack/schema-types.ts is what the schema generates (run npm run build after editing the schema)', () => {
  assert.equal(readFileSync(TYPES_FILE, 'utf8'), packTypesSource(readSchema()));
});

test('a field added to the schema appears in the types, with its doc and optionality', () => {
  const schema = readSchema() as Schema & { $defs: Record<string, Schema & { properties: Record<string, Schema> }> };
  schema.$defs.source!.properties.archived = { description: 'An archive copy.', type: 'string' };
  schema.$defs.fact!.properties.rank = { type: 'integer' };
  schema.$defs.fact!.required = [...(schema.$defs.fact!.required ?? []), 'rank'];
  const text = packTypesSource(schema);
  assert.match(text, /export interface Source \{[^}]*\/\*\* An archive copy\. \*\/\n {2}archived\?: string;/);
  assert.match(text, /export interface Fact \{[^}]*\n {2}rank: number;/);
});

test('an enum in the schema is a union in the types, and a named definition is referred to by name', () => {
  const text = packTypesSource(readSchema());
  assert.match(text, /export type Stance = "official" \| "critic" \| "supporter" \| "observer";/);
  assert.match(text, /export interface Statement \{[^}]*stance: Stance;/);
  assert.match(text, /export interface TopicPack \{[^}]*entries: Entry\[\];/);
});

test('a $ref to a missing definition fails instead of writing a wrong type', () => {
  const schema = readSchema() as Schema & { $defs: Record<string, Schema & { properties: Record<string, Schema> }> };
  schema.$defs.fact!.properties.other = { $ref: '#/$defs/nothing' };
  assert.throws(() => packTypesSource(schema), /names no definition/);
});
