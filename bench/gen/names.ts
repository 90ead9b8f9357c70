// Synthetic names for the benchmark graphs: pronounceable words built from syllables, and per-kind
// label templates with English and Indonesian aliases (the two languages of the seed source).
import type { Alias } from '../../graph-data/model/types.ts';
import type { Rng } from './rng.ts';

const ONSETS = [
  'b',
  'd',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'w',
  'y',
  'ch',
  'sh',
  'tr',
  'br',
  'kr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'au'];
const CODAS = ['', '', '', 'n', 'r', 's', 'ng', 'k'];
const SYLLABLES = ONSETS.flatMap((o) => VOWELS.flatMap((v) => CODAS.map((c) => o + v + c)));

/** A deterministic word for a number: the same index always spells the same word. */
export function word(i: number): string {
  let n = i;
  let w = '';
  for (let k = 0; k < 2 || n > 0; k++) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Skewed index in [0, max): small indexes are common, like surnames or city names. */
function skewed(rng: Rng, max: number): number {
  const u = rng.next();
  return Math.floor(max * u * u * u);
}

const TITLES: readonly [string, string][] = [
  ['General', 'Jenderal'],
  ['Minister', 'Menteri'],
  ['Ambassador', 'Duta Besar'],
  ['Colonel', 'Kolonel'],
  ['Spokesperson', 'Juru Bicara'],
  ['Director', 'Direktur'],
  ['Senator', 'Senator'],
];
const ORGS: readonly [string, string][] = [
  ['Institute', 'Institut'],
  ['Council', 'Dewan'],
  ['Front', 'Front'],
  ['Alliance', 'Aliansi'],
  ['Group', 'Kelompok'],
  ['Foundation', 'Yayasan'],
  ['Union', 'Serikat'],
];
const DEPTS: readonly [string, string][] = [
  ['Defence', 'Pertahanan'],
  ['Foreign Affairs', 'Luar Negeri'],
  ['Intelligence', 'Intelijen'],
  ['Interior', 'Dalam Negeri'],
  ['Trade', 'Perdagangan'],
  ['Energy', 'Energi'],
];
const UNITS: readonly [string, string][] = [
  ['Brigade', 'Brigade'],
  ['Division', 'Divisi'],
  ['Battalion', 'Batalyon'],
  ['Regiment', 'Resimen'],
  ['Fleet', 'Armada'],
];
const FACILITIES: readonly [string, string][] = [
  ['Air Base', 'Pangkalan Udara'],
  ['Naval Base', 'Pangkalan Laut'],
  ['Training Ground', 'Lapangan Latihan'],
  ['Depot', 'Gudang'],
  ['Port', 'Pelabuhan'],
];
const EVENTS: readonly [string, string][] = [
  ['Summit', 'KTT'],
  ['Offensive', 'Serangan'],
  ['Talks', 'Perundingan'],
  ['Exercise', 'Latihan'],
  ['Crisis', 'Krisis'],
];
const WEAPONS: readonly [string, string][] = [
  ['missile', 'rudal'],
  ['drone', 'pesawat nirawak'],
  ['howitzer', 'howitzer'],
  ['tank', 'tank'],
];

export interface Naming {
  label: string;
  aliases: Alias[];
}

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
const acronym = (s: string): string =>
  s
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();

/** A label and its aliases (one English, one Indonesian, sometimes an abbreviation) for a kind. */
export function nameFor(kind: string, i: number, rng: Rng, n: number): Naming {
  const name = word(skewed(rng, Math.max(1000, n)) + 5000);
  const en = (text: string, form: Alias['form'] = 'name'): Alias => ({ text, lang: 'en', form });
  const id = (text: string, form: Alias['form'] = 'translation'): Alias => ({ text, lang: 'id', form });
  switch (kind) {
    case 'person': {
      const given = word(skewed(rng, 3000));
      const family = word(skewed(rng, 40_000) + 3000);
      const [t, tId] = rng.pick(TITLES);
      return {
        label: `${given} ${family}`,
        aliases: [en(`${t} ${family}`, 'designator'), id(`${tId} ${given} ${family}`, 'designator')],
      };
    }
    case 'country':
      return {
        label: `Republic of ${name}`,
        aliases: [en(name), id(`Republik ${name}`), en(name.slice(0, 3).toUpperCase(), 'abbreviation')],
      };
    case 'organisation': {
      const [o, oId] = rng.pick(ORGS);
      return {
        label: `${name} ${o}`,
        aliases: [en(acronym(`${name} ${o}`) + (i % 97), 'abbreviation'), id(`${oId} ${name}`)],
      };
    }
    case 'government-agency': {
      const [d, dId] = rng.pick(DEPTS);
      return {
        label: `${name} Ministry of ${d}`,
        aliases: [en(`${name} ${d} Ministry`), id(`Kementerian ${dId} ${name}`)],
      };
    }
    case 'military-unit': {
      const [u, uId] = rng.pick(UNITS);
      const k = 1 + (i % 150);
      return {
        label: `${ordinal(k)} ${u} of ${name}`,
        aliases: [en(`${name} ${u} ${k}`), id(`${uId} ke-${k} ${name}`)],
      };
    }
    case 'weapon-system': {
      const [w, wId] = rng.pick(WEAPONS);
      const code = `${name.slice(0, 2).toUpperCase()}-${10 + (i % 90)}`;
      return { label: code, aliases: [en(`${code} ${w}`, 'designator'), id(`${wId} ${code}`, 'designator')] };
    }
    case 'facility': {
      const [f, fId] = rng.pick(FACILITIES);
      return { label: `${name} ${f}`, aliases: [en(`${name} ${f.split(' ')[0]}`), id(`${fId} ${name}`)] };
    }
    case 'event': {
      const [e, eId] = rng.pick(EVENTS);
      const year = 2015 + (i % 11);
      return { label: `${name} ${e} ${year}`, aliases: [en(`${year} ${name} ${e}`), id(`${eId} ${name} ${year}`)] };
    }
    case 'media-outlet':
      return { label: `${name} News`, aliases: [en(`${name} Daily`), id(`Berita ${name}`)] };
    default:
      return { label: name, aliases: [en(`${name} City`), id(`Kota ${name}`)] };
  }
}

export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
