// `claimscape ingest` as a user runs it: the --dry-run --json shape, standard input, and bad
// input refused with one clear line and nothing written.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
const db = join(dir, 'ingest.db');
const fixture = 'test/fixtures/ingest/dev/en-deployment.txt';

describe('claimscape ingest', () => {
  it('prints proposals in the documented JSON shape with --dry-run --json', () => {
    expect(runCli(['init', '--db', db]).code).toBe(0);
    const r = runCli(['ingest', fixture, '--dry-run', '--json', '--date', '2024-10-25', '--db', db]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ language: 'en', published: '2024-10-25' });
    expect(out.mentions[0]).toEqual(
      expect.objectContaining({
        text: expect.any(String),
        start: expect.any(Number),
        end: expect.any(Number),
        entity: expect.anything(),
        label: expect.any(String),
        confidence: expect.any(Number),
      }),
    );
    expect(out.entities.map((e: { label: string }) => e.label)).toContain('John Kirby');
    expect(out.entities[0]).toEqual(
      expect.objectContaining({
        label: expect.any(String),
        kind: expect.any(String),
        aliases: expect.any(Array),
        confidence: expect.any(Number),
      }),
    );
    const claim = out.claims.find((c: { subject: { entity: string } }) => c.subject.entity === 'mark-rutte');
    expect(claim).toEqual(
      expect.objectContaining({
        predicate: expect.any(String),
        stance: expect.any(String),
        stated: '2024-10-25',
        excerpt: expect.stringContaining('Rutte'),
        confidence: expect.any(Number),
      }),
    );
    expect(claim.object).toEqual({ entity: 'nato', label: 'NATO' });
  });

  it('reads standard input and honours --lang and --title', () => {
    const r = runCli(
      ['ingest', '-', '--lang', 'id', '--title', 'Uji', '--json', '--db', db],
      'Kremlin membantah bahwa Korea Utara mengirim tentara ke Rusia.',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ title: 'Uji', language: 'id', languageFrom: 'flag' });
    expect(out.claims).toContainEqual(
      expect.objectContaining({ stance: 'denies', subject: { entity: 'north-korea', label: 'North Korea' } }),
    );
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/],
    ['binary.bin', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9, 0, 0, 0]), /binary|UTF-8|UTF-16/],
    ['nothing.txt', 'it rained all day and then it stopped and nobody came.', /names no entities/],
    [
      'mixed.txt',
      `${'The ministry said that the troops were sent to the border and that more of them would follow in the weeks after the talks. '.repeat(2)}\n${'Kementerian mengatakan bahwa pasukan itu telah dikirim ke perbatasan dan akan ada lebih banyak lagi yang menyusul setelah perundingan. '.repeat(2)}`,
      /mixes languages/,
    ],
  ];
  for (const [name, content, message] of bad) {
    it(`refuses ${name} with a clear message and writes nothing`, () => {
      const before = runCli(['stats', '--json', '--db', db]).stdout;
      const r = runCli(['ingest', writeTmp(dir, name, content), '--accept-all', '--db', db]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(runCli(['stats', '--json', '--db', db]).stdout).toBe(before);
    });
  }

  it('--accept-all commits the proposals and prints what it wrote', () => {
    const file = join(dir, 'accept.db');
    expect(runCli(['init', '--db', file]).code).toBe(0);
    const r = runCli([
      'ingest',
      'test/fixtures/ingest/dev/id-penempatan.txt',
      '--accept-all',
      '--publisher',
      'Kabar Contoh',
      '--db',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote source .*: \d+ new entities, \d+ aliases, \d+ claims/);
    expect(runCli(['show', 'Dmitry Peskov', '--db', file]).code).toBe(0);
  });

  it('refuses bad flags naming the flag', () => {
    const r = runCli(['ingest', fixture, '--min-confidence', '1.5', '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--min-confidence/);
    expect(runCli(['ingest', fixture, '--lang', 'fr', '--db', db]).stderr).toMatch(/no lexicon for language "fr"/);
  });
});
