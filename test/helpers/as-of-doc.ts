// A small document whose claims arrive over time, for the as-of checks (CLI, API, renderer).
import type { GraphDocument } from '../../graph-data/model/types.ts';

/** `north -> south` (supplies) gets asserts 10-18, cannot-verify 10-19, confirms 10-28, denies 10-29;
 * `north -> east` (supports) has one `reports` stated "2024-11". */
export function asOfDocument(): GraphDocument {
  const person = (id: string, label: string) => ({ id, kind: 'person', label, aliases: [] });
  const country = (id: string, label: string) => ({ id, kind: 'country', label, aliases: [] });
  const claim = (id: string, relation: string, claimant: string, stance: string, stated: string) => ({
    id,
    relation,
    claimant,
    stance: stance as GraphDocument['claims'][number]['stance'],
    source: 'wire-report',
    stated,
    summary: `${claimant} ${stance} (${stated})`,
  });
  return {
    format: 'claimscape',
    version: 1,
    sources: [
      {
        id: 'wire-report',
        title: 'Wire report on shipments',
        publisher: null,
        url: null,
        language: 'en',
        published: '2024-10',
        retrieved: null,
      },
    ],
    entities: [
      country('northland', 'Northland'),
      country('southland', 'Southland'),
      country('eastland', 'Eastland'),
      person('ana-minister', 'Ana Minister'),
      person('ben-spokes', 'Ben Spokes'),
    ],
    relations: [
      { id: 'north-supplies-south', subject: 'northland', predicate: 'supplies', object: 'southland' },
      { id: 'north-supports-east', subject: 'northland', predicate: 'supports', object: 'eastland' },
    ],
    claims: [
      claim('c1', 'north-supplies-south', 'ana-minister', 'asserts', '2024-10-18'),
      claim('c2', 'north-supplies-south', 'ben-spokes', 'cannot-verify', '2024-10-19'),
      claim('c3', 'north-supplies-south', 'ana-minister', 'confirms', '2024-10-28'),
      claim('c4', 'north-supplies-south', 'ben-spokes', 'denies', '2024-10-29'),
      claim('c5', 'north-supports-east', 'ben-spokes', 'reports', '2024-11'),
    ],
  };
}
