// Small deterministic Claimscape documents of any size, for atomicity and volume tests, and the
// bench's seeded graph as one document.
import { generateGraph } from '../../bench/gen/generate.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';

export function syntheticDocument(
  entities: number,
  relationsPerEntity: number,
  claimsPerRelation: number,
  prefix = 'syn',
): GraphDocument {
  const doc: GraphDocument = { format: 'claimscape', version: 1, sources: [], entities: [], relations: [], claims: [] };
  doc.entities.push({ id: `${prefix}-outlet`, kind: 'media-outlet', label: 'Synthetic Wire', aliases: [] });
  doc.sources.push({
    id: `${prefix}-source`,
    title: 'Synthetic report',
    publisher: `${prefix}-outlet`,
    url: null,
    language: 'en',
    published: '2024-10',
    retrieved: null,
  });
  for (let i = 0; i < entities; i++) {
    doc.entities.push({
      id: `${prefix}-e${i}`,
      kind: i % 3 ? 'person' : 'organisation',
      label: `Entity ${i}`,
      aliases: [{ text: `Entitas ${i}`, lang: 'id', form: 'translation' }],
    });
  }
  let rel = 0;
  for (let i = 0; i < entities; i++) {
    for (let k = 1; k <= relationsPerEntity; k++) {
      const j = (i * 7 + k * 13) % entities;
      if (j === i) continue;
      const id = `${prefix}-r${rel++}`;
      if (
        doc.relations.some((r) => r.subject === `${prefix}-e${i}` && r.object === `${prefix}-e${j}`) &&
        entities < 2000
      )
        continue;
      doc.relations.push({
        id,
        subject: `${prefix}-e${i}`,
        predicate: k % 2 ? 'supports' : 'cooperates-with',
        object: `${prefix}-e${j}`,
      });
      for (let c = 0; c < claimsPerRelation; c++) {
        doc.claims.push({
          id: `${id}-c${c}`,
          relation: id,
          claimant: `${prefix}-e${(i + c) % entities}`,
          stance: c % 4 === 3 ? 'reports' : 'asserts',
          source: `${prefix}-source`,
          stated: '2024-10-18',
          summary: `Claim ${c} on relation ${id}`,
        });
      }
    }
  }
  return doc;
}

/** The bench generator's graph (bench/gen) gathered into one document. */
export function generatedDoc(entities: number, seed = 7): GraphDocument {
  const doc: GraphDocument = { format: 'claimscape', version: 1, sources: [], entities: [], relations: [], claims: [] };
  for (const r of generateGraph({ entities, seed })) {
    if (r.type === 'vocabulary') doc.vocabulary = r.value;
    else if (r.type === 'entity') doc.entities.push(r.value);
    else if (r.type === 'source') doc.sources.push(r.value);
    else if (r.type === 'relation') doc.relations.push(r.value);
    else if (r.type === 'claim') doc.claims.push(r.value);
  }
  return doc;
}
