// Mentions of known entities (any alias, folded, possessives, near spellings, acronyms) and
// proposals of new ones, against the seed graph held in memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';

const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;
const index = createMemoryIndex(seed.entities);
const run = (text: string, lang = 'en') => proposeIngest(text, { lang, date: '2024-10-25' }, index, BASE_PREDICATES);
const found = (text: string, lang = 'en') => run(text, lang).mentions.map((m) => [m.text, m.entity]);

describe('known entities', () => {
  it('resolves aliases in any case, with possessives and in Indonesian', () => {
    expect(found("RUSSIA's army met Korea Utara officials in Moskow.")).toEqual([
      ['RUSSIA', 'russia'],
      ['Korea Utara', 'north-korea'],
      ['Moskow', 'russia'],
    ]);
  });
  it('matches hyphen and diacritic variants and near spellings with less confidence', () => {
    const r = run('Volodymyr Zelenskyj spoke about Usurijsk and about the KN 23 launch.');
    const byText = new Map(r.mentions.map((m) => [m.text, m]));
    expect(byText.get('Volodymyr Zelenskyj')?.entity).toBe('volodymyr-zelensky');
    expect(byText.get('Volodymyr Zelenskyj')?.confidence).toBeLessThan(0.9);
    expect(byText.get('KN 23')?.entity).toBe('kn-23');
  });
  it('ties a bracketed acronym to its long form, here and later', () => {
    const r = run('The Center for Strategic Communications (CSC) released a video. The CSC said more would follow.');
    expect(r.mentions.filter((m) => m.text === 'CSC').map((m) => m.entity)).toEqual([
      'ukraine-strategic-communications-center',
      'ukraine-strategic-communications-center',
    ]);
    expect(r.aliases).toEqual([
      expect.objectContaining({ entity: 'ukraine-strategic-communications-center', text: 'CSC' }),
    ]);
  });
  it('proposes a descriptive phrase with a lower confidence', () => {
    const m = run("South Korea's spy agency said the troops had arrived.").mentions[0];
    expect(m).toMatchObject({ entity: 'south-korea-nis' });
    expect(m?.confidence).toBeLessThan(0.8);
  });
  it('gives mention offsets into the text as read', () => {
    const text = 'Yesterday NATO said so.';
    const m = run(text).mentions[0];
    expect(text.slice(m?.start, m?.end)).toBe('NATO');
  });
});

describe('new entities', () => {
  it('proposes names, designations and acronyms with kinds from cues in both languages', () => {
    const en = run(
      'Defence Minister Andrei Belousov said an AN-124 landed in the city of Tambov. Belousov added nothing.',
    );
    expect(en.entities.map((e) => [e.label, e.kind])).toEqual([
      ['Andrei Belousov', 'person'],
      ['AN-124', 'weapon-system'],
      ['Tambov', 'place'],
    ]);
    expect(en.entities[0]?.aliases).toContain('Belousov');
    const id = run(
      'Menteri Pertahanan Andrei Belousov tiba di kota Tambov bersama Kementerian Pertahanan Belarus.',
      'id',
    );
    expect(id.entities.map((e) => [e.label, e.kind])).toContainEqual(['Tambov', 'place']);
    expect(id.entities.map((e) => e.kind)).toContain('government-agency');
  });
  it('refuses a text that names nothing', () => {
    expect(() => run('it rained all day and then it stopped.')).toThrow(/names no entities/);
  });
});
