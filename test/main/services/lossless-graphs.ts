// Generated graphs for the lossless property test: awkward and limit-sized texts (labels of exactly
// 2,000 characters and one more, descriptions of 20,000), attributes of every type, new kinds and predicates with
// long labels, claims with every stance, so every importer meets what the schema allows.
import fc from 'fast-check';
import { BASE_KINDS, BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { isValidId } from '../../../graph-data/model/errors.ts';
import { TEXT_LIMITS } from '../../../graph-data/model/limits.ts';
import { STANCES, type AttributeValue, type GraphDocument } from '../../../graph-data/model/types.ts';

/** Characters XML 1.0 cannot carry, and U+FFFD, which the importers read as a broken decode. */
const UNCARRIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFFFE\uFFFF]/;

const long = (n: number) => `Menteri luar negeri menyatakan ${'dukungan penuh '.repeat(n)}`.slice(0, n);
const text = fc.oneof(
  fc.constantFrom('"quoted" | piped', '=SUM(A1)', 'baris satu\nbaris dua', '🚀 roket', 'مرحبا', long(201)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !UNCARRIABLE.test(s) && s.trim() !== ''),
);
/** Mostly ordinary, sometimes exactly at the limit, sometimes one over (an import must then refuse the file). */
const label = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.constant(long(TEXT_LIMITS.label)) },
  { weight: 1, arbitrary: fc.constant(long(TEXT_LIMITS.label + 1)) },
);
const description = fc.option(fc.oneof(text, fc.constant(long(TEXT_LIMITS.longText))), { nil: undefined });
const attrValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
);
const attributes = fc.option(
  fc.dictionary(fc.constantFrom('population', 'founded', 'note', 'verified', 'x', 'y'), attrValue, { maxKeys: 3 }),
  { nil: undefined },
);
const id = fc
  .tuple(fc.constantFrom(...'aZ9éß北'.split('')), fc.stringMatching(/^[a-z0-9_-]{0,12}$/))
  .map(([h, t]) => h + t)
  .filter((s) => isValidId(s) && !s.startsWith('dataset-') && !s.startsWith('file-'));

const CUSTOM_PREDICATE = { id: 'menuduh', label: { en: long(300) }, inverse: { en: long(310) } };
const predicates = [...BASE_PREDICATES.map((p) => p.id), CUSTOM_PREDICATE.id];
const kinds = [...BASE_KINDS.map((k) => k.id).filter((k) => k !== 'dataset'), 'aliansi'];

const node = fc.record({ label, kind: fc.constantFrom(...kinds), description, attributes });
const edge = (n: number) =>
  fc.record({
    s: fc.nat(n - 1),
    p: fc.constantFrom(...predicates),
    o: fc.nat(n - 1),
    stance: fc.constantFrom(...STANCES),
    stated: fc.option(fc.constantFrom('2024', '2024-10', '2024-10-18'), { nil: null }),
  });

export const lossyGraph = fc
  .uniqueArray(id, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      nodes: fc.array(node, { minLength: ids.length, maxLength: ids.length }),
      edges: fc.uniqueArray(edge(ids.length), { maxLength: 8, selector: (e) => `${e.s} ${e.p} ${e.o}` }),
    }),
  )
  .map(({ ids, nodes, edges }): GraphDocument => {
    const entities = ids.map((eid, i) => {
      const n = nodes[i]!;
      return {
        id: eid,
        kind: n.kind,
        label: n.label,
        aliases: [],
        ...(n.description !== undefined ? { description: n.description } : {}),
        ...(n.attributes && Object.keys(n.attributes).length ? { attributes: n.attributes } : {}),
      };
    });
    const relations = edges.map((e) => {
      const [subject, object] = [ids[e.s]!, ids[e.o]!];
      return { id: `${subject}--${e.p}--${object}`, subject, predicate: e.p, object };
    });
    const claims = edges.map((e, i) => ({
      id: `klaim-${i}`,
      relation: relations[i]!.id,
      claimant: ids[0]!,
      stance: e.stance,
      source: 'sumber-1',
      stated: e.stated,
    }));
    return {
      format: 'claimscape',
      version: 1,
      vocabulary: {
        kinds: [{ id: 'aliansi', label: { en: long(250) }, shape: 'hexagon', color: '#336699', glyph: '⬡' }],
        predicates: [{ ...CUSTOM_PREDICATE, symmetric: false, subjectKinds: [], objectKinds: [] }],
      },
      sources: [
        {
          id: 'sumber-1',
          title: long(1500),
          publisher: null,
          url: null,
          language: 'id',
          published: null,
          retrieved: null,
        },
      ],
      entities,
      relations,
      claims,
    };
  });
