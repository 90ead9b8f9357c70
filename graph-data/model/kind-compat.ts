// Which entity kinds may name the same thing (for merge suggestions and import resolution): the
// same kind always; beyond that, these groups, as data.
export const COMPATIBLE_KINDS: readonly (readonly string[])[] = [
  ['organisation', 'government-agency', 'media-outlet', 'military-unit'],
  ['place', 'facility'],
  ['country', 'place'],
];

export function kindsCompatible(a: string, b: string): boolean {
  return a === b || COMPATIBLE_KINDS.some((g) => g.includes(a) && g.includes(b));
}
