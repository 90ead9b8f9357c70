import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { documentSchema } from '../../graph-data/formats/claimscape-schema.ts';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'claimscape.schema.json');

function generated(): string {
  const schema = z.toJSONSchema(documentSchema, { io: 'input', unrepresentable: 'any' });
  const doc = {
    ...schema,
    $id: 'https://claimscape.invalid/schema/claimscape-1.json',
    title: 'Claimscape JSON, format version 1',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

describe('docs/claimscape.schema.json', () => {
  it('is the JSON Schema of the validator the importer uses (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMA']) writeFileSync(FILE, generated());
    expect(readFileSync(FILE, 'utf8')).toBe(generated());
  });
  it('states the fixed top level and the closed stance set', () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(schema.required).toEqual(['format', 'version', 'sources', 'entities', 'relations', 'claims']);
    expect(schema.properties.claims.items.properties.stance.enum).toEqual([
      'asserts',
      'reports',
      'cannot-verify',
      'denies',
      'confirms',
    ]);
  });
});
