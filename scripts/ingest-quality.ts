// Prints the ingestion quality figures (dev and held-out texts, per language) and the misses.
// Run: node scripts/ingest-quality.ts [--misses] [--split dev|heldout]
import { report, scoreSplit, SPLITS } from '../test/helpers/ingest-figures.ts';

const args = process.argv.slice(2);
const only = args[args.indexOf('--split') + 1];
const scores = SPLITS.filter((s) => !args.includes('--split') || s === only).flatMap((s) => scoreSplit(s));
console.log(report(scores));
if (args.includes('--misses'))
  for (const s of scores) if (s.misses.length) console.log(`\n${s.split}/${s.file}\n  ${s.misses.join('\n  ')}`);
