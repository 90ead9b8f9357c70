// Checks what a foreign file brings against the same text limits the Claimscape schema applies
// (model/limits.ts), so an import never holds what its own export could not carry back.
import { ClaimscapeError } from '../model/errors.ts';
import { TEXT_LIMITS, type TextLimit } from '../model/limits.ts';
import type { AttributeValue } from '../model/types.ts';
import type { EdgeFields, NodeFields } from './attribute-roles.ts';

export interface LimitWhere {
  file: string;
  line?: number;
  column?: number;
  /** What the record is called in messages: `node "n2"`, `edge "e7"`. */
  record: string;
}

export function checkNodeFields(label: string, fields: NodeFields, where: LimitWhere): void {
  checkText(label, 'label', 'label', where);
  if (fields.description !== null) checkText(fields.description, 'longText', 'description', where);
  if (fields.aliases !== null)
    for (const alias of fields.aliases.split(' | ')) checkText(alias.trim(), 'label', 'aliases', where);
  checkAttributes(fields.attributes, where);
}

export function checkEdgeFields(fields: EdgeFields, where: LimitWhere): void {
  // The predicate text becomes a predicate label when it names no base predicate.
  if (fields.predicate !== null) checkText(fields.predicate.trim(), 'label', 'label', where);
  if (fields.predicateLabel !== null) checkText(fields.predicateLabel.trim(), 'label', 'label', where);
  if (fields.summary !== null) checkText(fields.summary, 'longText', 'summary', where);
  checkAttributes(fields.attributes, where);
}

function checkAttributes(bag: Map<string, AttributeValue>, where: LimitWhere): void {
  for (const [name, value] of bag) {
    if (typeof value === 'string') checkText(value, 'attributeValue', `attributes.${name}`, where);
    else if (typeof value === 'number' && !Number.isFinite(value)) bag.set(name, String(value));
  }
}

function checkText(text: string, limit: TextLimit, field: string, where: LimitWhere): void {
  const max = TEXT_LIMITS[limit];
  if (text.length <= max) return;
  throw new ClaimscapeError(
    'validation-error',
    `the ${field} is ${text.length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}`,
    {
      file: where.file,
      ...(where.line !== undefined ? { line: where.line } : {}),
      ...(where.column !== undefined ? { column: where.column } : {}),
      path: `${where.record}.${field}`,
      value: `${text.slice(0, 60)}…`,
    },
  );
}
