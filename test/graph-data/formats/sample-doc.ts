// A small stated-relations graph for export tests: base and custom kinds and predicates, parallel
// claims with different stances, a context-only claimant, attributes of every type.
import type { GraphDocument } from '../../../graph-data/model/types.ts';

export function sampleDoc(): GraphDocument {
  return {
    format: 'claimscape',
    version: 1,
    vocabulary: {
      kinds: [
        { id: 'alliance', label: { en: 'alliance', id: 'aliansi' }, shape: 'hexagon', color: '#336699', glyph: '⬡' },
      ],
      predicates: [
        {
          id: 'hosts-training-for',
          label: { en: 'hosts training for' },
          inverse: { en: 'trains at' },
          symmetric: false,
          subjectKinds: [],
          objectKinds: [],
        },
      ],
    },
    sources: [
      {
        id: 'src-1',
        title: 'Seed article, 18 Oct',
        publisher: null,
        url: 'https://news.example/a',
        language: 'id',
        published: '2024-10-18',
        retrieved: null,
      },
      {
        id: 'src-2',
        title: 'Follow-up | "quoted"',
        publisher: null,
        url: null,
        language: 'en',
        published: '2024-10',
        retrieved: null,
      },
    ],
    entities: [
      {
        id: 'north-korea',
        kind: 'country',
        label: 'Korea Utara',
        aliases: [{ text: 'DPRK', lang: 'en', form: 'abbreviation' }],
        attributes: { x: 10.5, y: -3, viz_color: '#aa3300' },
      },
      { id: 'russia', kind: 'country', label: 'Rusia', description: 'Russian Federation', aliases: [] },
      {
        id: 'nato',
        kind: 'alliance',
        label: 'NATO',
        aliases: [],
        attributes: { members: 32, founded: '1949', active: true },
      },
      { id: 'kn-23', kind: 'weapon-system', label: 'KN-23 "Hwasong-11"', aliases: [] },
      { id: 'nis', kind: 'government-agency', label: 'Badan Intelijen Nasional (NIS), Korea Selatan', aliases: [] },
      { id: 'nsc-spokesperson', kind: 'person', label: 'NSC spokesperson', aliases: [], context: true },
    ],
    relations: [
      {
        id: 'north-korea--deploys-forces-to--russia',
        subject: 'north-korea',
        predicate: 'deploys-forces-to',
        object: 'russia',
      },
      { id: 'north-korea--supplies--russia', subject: 'north-korea', predicate: 'supplies', object: 'russia' },
      {
        id: 'russia--hosts-training-for--north-korea',
        subject: 'russia',
        predicate: 'hosts-training-for',
        object: 'north-korea',
      },
      { id: 'nato--related-to--nato', subject: 'nato', predicate: 'related-to', object: 'nato' },
      { id: 'north-korea--operates--kn-23', subject: 'north-korea', predicate: 'operates', object: 'kn-23' },
      { id: 'kn-23--located-in--russia', subject: 'kn-23', predicate: 'located-in', object: 'russia' },
    ],
    claims: [
      {
        id: 'c1',
        relation: 'north-korea--deploys-forces-to--russia',
        claimant: 'nis',
        stance: 'asserts',
        source: 'src-1',
        stated: '2024-10-18',
        summary: 'NIS says troops were sent.',
      },
      {
        id: 'c2',
        relation: 'north-korea--deploys-forces-to--russia',
        claimant: 'nsc-spokesperson',
        stance: 'cannot-verify',
        source: 'src-2',
        stated: '2024-10',
      },
      {
        id: 'c3',
        relation: 'north-korea--supplies--russia',
        claimant: 'nis',
        stance: 'reports',
        source: 'src-1',
        stated: null,
      },
      {
        id: 'c4',
        relation: 'russia--hosts-training-for--north-korea',
        claimant: 'nis',
        stance: 'asserts',
        source: 'src-1',
        stated: '2024',
      },
      {
        id: 'c5',
        relation: 'nato--related-to--nato',
        claimant: 'nis',
        stance: 'denies',
        source: 'src-2',
        stated: null,
      },
      {
        id: 'c6',
        relation: 'north-korea--operates--kn-23',
        claimant: 'nis',
        stance: 'confirms',
        source: 'src-1',
        stated: '2024-10-18',
      },
      {
        id: 'c7',
        relation: 'kn-23--located-in--russia',
        claimant: 'nis',
        stance: 'reports',
        source: 'src-2',
        stated: null,
      },
    ],
  };
}
