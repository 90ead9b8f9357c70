// The shipped vocabularies and seed graph: referential integrity, derived statuses, and the facts
// of the seed article that must come out right (who asserts, who cannot verify).
import { describe, it, expect } from 'vitest';
import seedJson from '../../graph-data/seed/seed-graph.json' with { type: 'json' };
import kindsJson from '../../graph-data/vocab/kinds.json' with { type: 'json' };
import predicatesJson from '../../graph-data/vocab/predicates.json' with { type: 'json' };
import { ID_PATTERN, isValidId } from '../../graph-data/model/errors.ts';
import { isPartialDate } from '../../graph-data/model/partial-date.ts';
import { deriveStatus } from '../../graph-data/model/status.ts';
import { ALIAS_FORMS, STANCES } from '../../graph-data/model/types.ts';
import { documentSchema, kindSchema, predicateSchema } from '../../graph-data/formats/claimscape-schema.ts';
import type { Claim, Entity, EntityKind, GraphDocument, Predicate, Relation } from '../../graph-data/model/types.ts';

const doc = seedJson as unknown as GraphDocument;
const kinds = kindsJson as unknown as EntityKind[];
const predicates = predicatesJson as unknown as Predicate[];

const kindById = new Map(kinds.map((k) => [k.id, k]));
const predicateById = new Map(predicates.map((p) => [p.id, p]));
const entityById = new Map(doc.entities.map((e) => [e.id, e]));
const sourceById = new Map(doc.sources.map((s) => [s.id, s]));
const relationById = new Map(doc.relations.map((r) => [r.id, r]));

function claimsOf(relationId: string): Claim[] {
  return doc.claims.filter((c) => c.relation === relationId);
}
function entity(id: string): Entity {
  const e = entityById.get(id);
  if (!e) throw new Error(`missing entity ${id}`);
  return e;
}
function relation(id: string): Relation {
  const r = relationById.get(id);
  if (!r) throw new Error(`missing relation ${id}`);
  return r;
}
function hasClaim(relationId: string, claimant: string, stance: string): boolean {
  return claimsOf(relationId).some((c) => c.claimant === claimant && c.stance === stance);
}
function expectUniqueIds(items: { id: string }[]): void {
  const ids = items.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(ID_PATTERN.test(id), id).toBe(true);
    expect(isValidId(id), id).toBe(true);
  }
}

const CYTOSCAPE_SHAPES = new Set([
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'right-rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
]);

describe('entity kinds vocabulary', () => {
  it('has the ten kinds of the data model, plus dataset and other for imports, with unique valid ids', () => {
    expectUniqueIds(kinds);
    expect(kinds.map((k) => k.id).sort()).toEqual(
      [
        'country',
        'person',
        'organisation',
        'government-agency',
        'military-unit',
        'weapon-system',
        'place',
        'facility',
        'event',
        'media-outlet',
        'dataset',
        'other',
      ].sort(),
    );
  });

  it('gives every kind English and Indonesian labels and a distinct style', () => {
    for (const k of kinds) {
      expect(k.label.en, k.id).toBeTruthy();
      expect(k.label.id, k.id).toBeTruthy();
      expect(CYTOSCAPE_SHAPES.has(k.shape), `${k.id}: ${k.shape}`).toBe(true);
      expect(k.color, k.id).toMatch(/^#[0-9a-fA-F]{6}$/);
      const glyph = [...k.glyph];
      expect(glyph.length, k.id).toBe(1);
      expect(glyph[0]!.codePointAt(0)!, k.id).toBeLessThanOrEqual(0xffff);
    }
    expect(new Set(kinds.map((k) => k.shape)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.color.toLowerCase())).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.glyph)).size).toBe(kinds.length);
  });
});

describe('predicates vocabulary', () => {
  it('has unique valid ids and the required predicates', () => {
    expectUniqueIds(predicates);
    for (const id of [
      'deploys-forces-to',
      'supplies',
      'operates',
      'stationed-at',
      'trains-at',
      'instructs',
      'spokesperson-of',
      'head-of',
      'part-of',
      'located-in',
      'member-of',
      'condemns',
      'supports',
      'cooperates-with',
      'publishes',
      'cites',
      'allied-with',
      'at-war-with',
    ]) {
      expect(predicateById.has(id), id).toBe(true);
    }
  });

  it('labels every predicate and its inverse in English and Indonesian, over known kinds', () => {
    for (const p of predicates) {
      expect(p.label.en, p.id).toBeTruthy();
      expect(p.label.id, p.id).toBeTruthy();
      expect(p.inverse.en, p.id).toBeTruthy();
      expect(p.inverse.id, p.id).toBeTruthy();
      expect(p.label.en, p.id).toBe(p.label.en.toLowerCase());
      // related-to is the catch-all for imported edges: it connects any kinds (empty lists).
      if (p.id !== 'related-to') expect(p.subjectKinds.length, p.id).toBeGreaterThan(0);
      if (p.id !== 'related-to') expect(p.objectKinds.length, p.id).toBeGreaterThan(0);
      for (const k of [...p.subjectKinds, ...p.objectKinds]) expect(kindById.has(k), `${p.id}: ${k}`).toBe(true);
      if (p.symmetric) {
        expect(p.inverse, p.id).toEqual(p.label);
        expect([...p.subjectKinds].sort(), p.id).toEqual([...p.objectKinds].sort());
      }
    }
    for (const id of ['cooperates-with', 'allied-with', 'at-war-with'])
      expect(predicateById.get(id)?.symmetric).toBe(true);
    expect(predicateById.get('deploys-forces-to')?.symmetric).toBe(false);
  });
});

describe('seed graph: shape and referential integrity', () => {
  it('is a Claimscape JSON v1 document without a vocabulary block', () => {
    expect(doc.format).toBe('claimscape');
    expect(doc.version).toBe(1);
    expect(doc.vocabulary).toBeUndefined();
  });

  it('passes the Claimscape JSON v1 schema, as do the vocabularies', () => {
    const parsed = documentSchema.safeParse(seedJson);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
    for (const k of kindsJson) expect(kindSchema.safeParse(k).success, k.id).toBe(true);
    for (const p of predicatesJson) expect(predicateSchema.safeParse(p).success, p.id).toBe(true);
  });

  it('meets the minimum counts', () => {
    expect(doc.entities.length).toBeGreaterThanOrEqual(20);
    expect(doc.relations.length).toBeGreaterThanOrEqual(25);
    expect(doc.claims.length).toBeGreaterThanOrEqual(35);
    expect(doc.sources.length).toBeGreaterThanOrEqual(1);
  });

  it('has unique ids matching ID_PATTERN in every collection', () => {
    expectUniqueIds(doc.sources);
    expectUniqueIds(doc.entities);
    expectUniqueIds(doc.relations);
    expectUniqueIds(doc.claims);
  });

  it('has sources with resolvable publishers and partial dates', () => {
    for (const s of doc.sources) {
      expect(s.title, s.id).toBeTruthy();
      if (s.publisher !== null) expect(entityById.has(s.publisher), `${s.id}: ${s.publisher}`).toBe(true);
      if (s.published !== null) expect(isPartialDate(s.published), s.id).toBe(true);
      if (s.copyOf) expect(sourceById.has(s.copyOf), s.id).toBe(true);
      expect(s.text ?? null, s.id).toBeNull();
    }
  });

  it('has entities of known kinds with English and Indonesian aliases', () => {
    for (const e of doc.entities) {
      expect(kindById.has(e.kind), `${e.id}: ${e.kind}`).toBe(true);
      expect(e.label, e.id).toBeTruthy();
      expect(e.description, e.id).toBeTruthy();
      expect(
        e.aliases.some((a) => a.lang === 'en'),
        `${e.id} has an en alias`,
      ).toBe(true);
      expect(
        e.aliases.some((a) => a.lang === 'id'),
        `${e.id} has an id alias`,
      ).toBe(true);
      for (const a of e.aliases) {
        expect(a.text, e.id).toBeTruthy();
        expect(a.lang, e.id).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
        expect((ALIAS_FORMS as readonly string[]).includes(a.form), `${e.id}: ${a.form}`).toBe(true);
      }
      const keys = e.aliases.map((a) => `${a.lang}\u0000${a.text}`);
      expect(new Set(keys).size, `${e.id} has no duplicate aliases`).toBe(keys.length);
      if (e.externalIds?.['wikidata'] !== undefined) expect(e.externalIds['wikidata'], e.id).toMatch(/^Q\d+$/);
    }
  });

  it('has relations over existing entities and predicates, unique per triple, within the predicate kinds', () => {
    const triples = new Set<string>();
    for (const r of doc.relations) {
      expect(r.id).toBe(`${r.subject}--${r.predicate}--${r.object}`);
      const p = predicateById.get(r.predicate);
      expect(p, `${r.id}: predicate`).toBeDefined();
      const s = entityById.get(r.subject);
      const o = entityById.get(r.object);
      expect(s, `${r.id}: subject`).toBeDefined();
      expect(o, `${r.id}: object`).toBeDefined();
      expect(r.subject, r.id).not.toBe(r.object);
      expect(p!.subjectKinds.includes(s!.kind), `${r.id}: subject kind ${s!.kind}`).toBe(true);
      expect(p!.objectKinds.includes(o!.kind), `${r.id}: object kind ${o!.kind}`).toBe(true);
      const key = `${r.subject}\u0000${r.predicate}\u0000${r.object}`;
      expect(triples.has(key), r.id).toBe(false);
      triples.add(key);
      if (p!.symmetric) expect(triples.has(`${r.object}\u0000${r.predicate}\u0000${r.subject}`), r.id).toBe(false);
    }
  });

  it('has claims whose references all resolve, with valid stances and partial dates', () => {
    for (const c of doc.claims) {
      expect(relationById.has(c.relation), `${c.id}: relation ${c.relation}`).toBe(true);
      expect(entityById.has(c.claimant), `${c.id}: claimant ${c.claimant}`).toBe(true);
      expect(sourceById.has(c.source), `${c.id}: source ${c.source}`).toBe(true);
      if (c.reportedVia != null) expect(entityById.has(c.reportedVia), `${c.id}: via ${c.reportedVia}`).toBe(true);
      expect((STANCES as readonly string[]).includes(c.stance), `${c.id}: ${c.stance}`).toBe(true);
      expect(c.stated !== null && isPartialDate(c.stated), `${c.id}: stated ${String(c.stated)}`).toBe(true);
      if (c.holdsFrom != null) expect(isPartialDate(c.holdsFrom), c.id).toBe(true);
      if (c.holdsUntil != null) expect(isPartialDate(c.holdsUntil), c.id).toBe(true);
      expect(c.summary, c.id).toBeTruthy();
      expect(c.excerpt ?? null, `${c.id} ships no excerpt`).toBeNull();
      expect(c.locator ?? null, c.id).toBeNull();
      expect(c.stated!.startsWith('2024-10'), c.id).toBe(true);
    }
  });

  it('backs every relation with at least one claim and stores the derived status', () => {
    for (const r of doc.relations) {
      const stances = claimsOf(r.id).map((c) => c.stance);
      expect(stances.length, `${r.id} has claims`).toBeGreaterThan(0);
      expect(r.status, r.id).toBe(deriveStatus(stances));
    }
  });

  it('never credits a media outlet relaying someone else with the claim itself', () => {
    for (const c of doc.claims) {
      if (c.reportedVia != null) expect(c.reportedVia, c.id).not.toBe(c.claimant);
    }
  });
});

describe('seed graph: the facts of the seed article', () => {
  const deploys = 'north-korea--deploys-forces-to--russia';

  it('has South Korean intelligence and Zelensky asserting the deployment, and the NSC spokesperson unable to verify it', () => {
    relation(deploys);
    const nis = claimsOf(deploys).find((c) => c.claimant === 'south-korea-nis' && c.stance === 'asserts');
    expect(nis?.stated).toBe('2024-10-18');
    expect(nis?.holdsFrom).toBe('2024-10');
    const zel = claimsOf(deploys).find((c) => c.claimant === 'volodymyr-zelensky' && c.stance === 'asserts');
    expect(zel?.stated).toBe('2024-10-16');
    expect(hasClaim(deploys, 'sean-savett', 'cannot-verify')).toBe(true);
    expect(relation(deploys).status).toBe('asserted');
  });

  it('relays the reports through RFE/RL with the article as source and the speaker as claimant', () => {
    const article = doc.sources.find((s) => s.publisher === 'parametermedia');
    expect(article?.language).toBe('id');
    expect(article?.published).toBe('2024-10');
    for (const c of claimsOf(deploys)) {
      expect(c.source).toBe(article?.id);
      expect(c.reportedVia).toBe('rferl');
    }
    expect(hasClaim(deploys, 'parametermedia', 'reports')).toBe(true);
    expect(relationById.has('parametermedia--cites--rferl')).toBe(true);
  });

  it('has Mark Rutte unable to confirm North Korean involvement in the war', () => {
    const rutte = doc.claims.filter((c) => c.claimant === 'mark-rutte' && c.stance === 'cannot-verify');
    expect(rutte.length).toBeGreaterThan(0);
    const r = relation(rutte[0]!.relation);
    expect(entity(r.subject).kind).toBe('military-unit');
    expect(r.status).toBe('unverified');
    expect(relationById.has('mark-rutte--head-of--nato')).toBe(true);
  });

  it('links the KN-23 to North Korea and to Russia', () => {
    expect(entity('kn-23').kind).toBe('weapon-system');
    expect(entity('kn-23').attributes?.['origin']).toBe('North Korea');
    const supplied = 'north-korea--supplies--kn-23';
    expect(hasClaim(supplied, 'south-korea-nis', 'asserts')).toBe(true);
    const operated = doc.relations.filter(
      (r) =>
        r.object === 'kn-23' && r.predicate === 'operates' && ['russia', 'russian-armed-forces'].includes(r.subject),
    );
    expect(operated.length).toBe(1);
    expect(hasClaim(operated[0]!.id, 'south-korea-nis', 'asserts')).toBe(true);
    const instructs = doc.relations.filter((r) => r.predicate === 'instructs' && r.object === 'russian-armed-forces');
    expect(instructs.some((r) => hasClaim(r.id, 'south-korea-nis', 'asserts'))).toBe(true);
  });

  it('stations the troop contingent at the four Far East bases and trains it at Sergeyevka', () => {
    const troops = 'north-korean-troops-in-russia';
    expect(entity(troops).kind).toBe('military-unit');
    for (const city of ['vladivostok', 'ussuriysk', 'khabarovsk', 'blagoveshchensk']) {
      expect(entity(city).kind).toBe('place');
      expect(relationById.has(`${city}--located-in--russia`), city).toBe(true);
      const stationed = doc.relations.filter((r) => r.subject === troops && r.predicate === 'stationed-at');
      const atCity = stationed.filter((r) => r.object === city || relationById.has(`${r.object}--located-in--${city}`));
      expect(atCity.length, city).toBeGreaterThan(0);
      expect(
        atCity.some((r) => hasClaim(r.id, 'south-korea-nis', 'asserts')),
        city,
      ).toBe(true);
    }
    const trains = `${troops}--trains-at--sergeyevka-training-ground`;
    expect(entity('sergeyevka-training-ground').kind).toBe('facility');
    const csc = claimsOf(trains).find((c) => c.claimant === 'ukraine-strategic-communications-center');
    expect(csc?.stance).toBe('asserts');
    expect(csc?.stated).toBe('2024-10-18');
    expect(entity('ukraine-strategic-communications-center').kind).toBe('government-agency');
  });

  it('has the office holders and institutional links', () => {
    for (const id of [
      'sean-savett--spokesperson-of--us-nsc',
      'volodymyr-zelensky--head-of--ukraine',
      'us-nsc--part-of--united-states',
      'south-korea-nis--part-of--south-korea',
      'russia--at-war-with--ukraine',
      'north-korea--supports--russia',
      'north-korea--cooperates-with--russia',
    ]) {
      expect(relationById.has(id), id).toBe(true);
    }
  });

  it('has the United States, Japan and South Korea each condemning the North Korea–Russia military cooperation', () => {
    for (const state of ['united-states', 'japan', 'south-korea']) {
      const condemns = doc.relations.filter((r) => r.subject === state && r.predicate === 'condemns');
      expect(
        condemns.some((r) => hasClaim(r.id, state, 'asserts')),
        state,
      ).toBe(true);
    }
  });

  it('carries the article’s own names as aliases', () => {
    const alias = (id: string, text: string, lang?: string) =>
      entity(id).aliases.some((a) => a.text === text && (lang === undefined || a.lang === lang));
    expect(alias('north-korea', 'Korea Utara', 'id')).toBe(true);
    expect(alias('north-korea', 'Pyongyang')).toBe(true);
    expect(entity('north-korea').aliases.find((a) => a.text === 'Pyongyang')?.form).toBe('metonym');
    expect(alias('russia', 'Kremlin')).toBe(true);
    expect(alias('russia', 'Rusia', 'id')).toBe(true);
    expect(alias('south-korea', 'Korea Selatan', 'id')).toBe(true);
    expect(alias('united-states', 'AS', 'id')).toBe(true);
    expect(alias('united-states', 'Amerika Serikat', 'id')).toBe(true);
    expect(alias('japan', 'Jepang', 'id')).toBe(true);
    expect(alias('us-nsc', 'Dewan Keamanan Nasional AS', 'id')).toBe(true);
    expect(alias('south-korea-nis', 'Intelijen Nasional Korea Selatan', 'id')).toBe(true);
    expect(alias('mark-rutte', 'Sekjen NATO', 'id')).toBe(true);
    expect(alias('russian-far-east', 'Timur Jauh', 'id')).toBe(true);
    expect(alias('rferl', 'Rferl')).toBe(true);
    expect(alias('north-korea', '북한', 'ko')).toBe(true);
    expect(alias('russia', 'Россия', 'ru')).toBe(true);
    expect(alias('ukraine', 'Україна', 'uk')).toBe(true);
  });

  it('uses the Wikidata ids it is sure of', () => {
    const expected: Record<string, string> = {
      'north-korea': 'Q423',
      russia: 'Q159',
      'south-korea': 'Q884',
      ukraine: 'Q212',
      'united-states': 'Q30',
      japan: 'Q17',
      nato: 'Q7184',
      'volodymyr-zelensky': 'Q3874799',
      'mark-rutte': 'Q57792',
    };
    for (const [id, q] of Object.entries(expected)) expect(entity(id).externalIds?.['wikidata'], id).toBe(q);
  });
});
