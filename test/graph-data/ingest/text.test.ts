// Sentence splitting, language detection, folding and dates: the database-free first steps.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../graph-data/ingest/detect-language.ts';
import { statedDate } from '../../../graph-data/ingest/dates.ts';
import { foldText, nameKey } from '../../../graph-data/ingest/fold.ts';
import { lexiconFor } from '../../../graph-data/ingest/lexicon.ts';
import { splitSentences } from '../../../graph-data/ingest/sentences.ts';
import { tokenize } from '../../../graph-data/ingest/tokens.ts';

const en = lexiconFor('en');
const id = lexiconFor('id');
const texts = (t: string, lex = en) => splitSentences(t, lex).map((s) => s.text);

describe('sentences', () => {
  it('keeps abbreviations and splits a missing space after a full stop', () => {
    expect(texts('The drills began on Oct. 8.In a statement, U.S. officials said little. Mr. Lee left.')).toEqual([
      'The drills began on Oct. 8.',
      'In a statement, U.S. officials said little.',
      'Mr. Lee left.',
    ]);
  });
  it('handles Indonesian titles and quotes that end a sentence', () => {
    expect(texts('Jend. Andika tiba di Jakarta. “Kami siap,” katanya. Ia pulang.', id)).toEqual([
      'Jend. Andika tiba di Jakarta.',
      '“Kami siap,” katanya.',
      'Ia pulang.',
    ]);
  });
  it('ends a sentence after U.S. when a new one starts, and at line breaks', () => {
    expect(texts('Troops left for the U.S. The plan changed\nA new line')).toEqual([
      'Troops left for the U.S.',
      'The plan changed',
      'A new line',
    ]);
  });
  it('does not split decimals, domains or initials', () => {
    expect(texts('It cost 3.5 billion, PARAMETERMEDIA.COM said, citing J. Smith.')).toHaveLength(1);
  });
});

describe('language', () => {
  it('tells English from Indonesian', () => {
    expect(detectLanguage('The ministry said that the troops were sent to the border on Monday.').lang).toBe('en');
    expect(
      detectLanguage('Kementerian mengatakan bahwa pasukan itu telah dikirim ke perbatasan pada Senin.').lang,
    ).toBe('id');
  });
  it('reports a text written in two languages as mixed', () => {
    const a =
      'The ministry said that the troops were sent to the border and that more of them would follow in the weeks after the talks.';
    const b =
      'Kementerian mengatakan bahwa pasukan itu telah dikirim ke perbatasan dan akan ada lebih banyak lagi yang menyusul setelah perundingan.';
    const g = detectLanguage(`${a} ${a}\n${b} ${b}`);
    expect(g.mixed).toBe(true);
    expect(g.languages.map((l) => l.lang).sort()).toEqual(['en', 'id']);
  });
});

describe('folding', () => {
  it('folds case, diacritics, hyphens and possessives', () => {
    expect(nameKey("Kim Jong-un's")).toBe(nameKey('KIM JONG UN'));
    expect(foldText('Zelenskýy')).toBe('zelenskyy');
    expect(tokenize("Russia's", 0)[0]?.key).toBe('russia');
  });
});

describe('stated dates', () => {
  const date = (t: string, lex = en, article = '2024-10-25') => statedDate(tokenize(t), lex, article);
  it('reads explicit dates in both styles and Indonesian (dd/mm)', () => {
    expect(date('on Oct. 18 the agency said')).toBe('2024-10-18');
    expect(date('pada 16 Oktober', id)).toBe('2024-10-16');
    expect(date('pada Senin (21/10)', id)).toBe('2024-10-21');
  });
  it('resolves a weekday against the article date, else uses the article date', () => {
    expect(date('said on Monday')).toBe('2024-10-21');
    expect(date('mengatakan pada Jumat', id)).toBe('2024-10-25');
    expect(date('said nothing new', en, '2024-10')).toBe('2024-10');
  });
});
