// Writes reviewed ingestion proposals (source, new entities, aliases, relations, claims) through
// the edit write path: one transaction, recorded as ONE history entry "Ingest: <title>" that undo
// reverses as a whole. Any failure rolls everything back. The source keeps the article's text and
// SHA-256, each claim its excerpt, the excerpt's offsets in that text and its confidence; a
// publisher typed by hand becomes (or finds) an entity of that name.
import { createHash } from 'node:crypto';
import type { ApiArgs } from '../../graph-data/contract/api.ts';
import type { IngestCommitResult } from '../../graph-data/contract/ingest-views.ts';
import { nameKey } from '../../graph-data/ingest/fold.ts';
import type { AliasIndex } from '../../graph-data/ingest/types.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createIngestExtrasRepo } from '../db/ingest-extras-repo.ts';
import { createIngestLookupRepo } from '../db/ingest-lookup-repo.ts';
import type { Db } from '../db/open.ts';
import { createEditService, type EditOps } from './edit-service.ts';

export type IngestCommitArgs = ApiArgs<'ingest:commit'>;
type Party = { entity?: string | null | undefined; key?: string | undefined; label: string };
type Extras = ReturnType<typeof createIngestExtrasRepo>;

/** A new entity's aliases once each, never its label again. */
function distinctAliases(label: string, texts: readonly string[], lang: string) {
  const seen = new Set([nameKey(label)]);
  const out: { text: string; lang: string; form: 'name' }[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    const k = nameKey(text);
    if (!text || seen.has(k)) continue;
    seen.add(k);
    out.push({ text, lang, form: 'name' });
  }
  return out;
}

function createEntities(ops: EditOps, a: IngestCommitArgs, ids: Map<string, string>) {
  const lang = a.source.language;
  return a.entities.map((e) => {
    const r = ops.entity.create({
      kind: e.kind,
      label: e.label,
      aliases: distinctAliases(e.label, e.aliases ?? [], lang),
    });
    ids.set(e.key, r.id);
    return { key: e.key, id: r.id, label: r.label };
  });
}

function addAliases(ops: EditOps, a: IngestCommitArgs, index: AliasIndex): number {
  let n = 0;
  for (const al of a.aliases ?? []) {
    if (
      index
        .exact([al.text])
        .get(al.text)
        ?.some((h) => h.entity === al.entity)
    )
      continue;
    ops.entity.update({
      id: al.entity,
      addAliases: [{ text: al.text, lang: a.source.language, form: al.form ?? 'abbreviation' }],
    });
    n++;
  }
  return n;
}

/** A name typed by hand: the known entity of that name (a media outlet first), else a new outlet. */
function namedEntity(ops: EditOps, index: AliasIndex, label: string, made: Map<string, string>): string {
  const k = nameKey(label);
  const known = made.get(k);
  if (known) return known;
  const hits = index.exact([label]).get(label) ?? [];
  const hit = hits.find((h) => h.kind === 'media-outlet') ?? hits[0];
  const id = hit ? hit.entity : ops.entity.create({ kind: 'media-outlet', label: label.trim(), aliases: [] }).id;
  made.set(k, id);
  return id;
}

/** The excerpt's offsets in the text (the claim's first span, when it lies inside the text). */
function locator(c: IngestCommitArgs['claims'][number], text: string) {
  const s = c.spans?.[0];
  return s && s.start < s.end && s.end <= text.length ? s : null;
}

function writeAll(ops: EditOps, a: IngestCommitArgs, index: AliasIndex, extras: Extras) {
  const ids = new Map<string, string>();
  const made = new Map<string, string>();
  const entities = createEntities(ops, a, ids);
  const idOf = (p: Party, where: string): string => {
    if (!p.entity && !p.key) return namedEntity(ops, index, p.label, made);
    const id = p.entity ?? (p.key ? ids.get(p.key) : undefined);
    if (!id)
      throw new ClaimscapeError('validation-error', `${where} refers to a proposal that was not accepted`, {
        value: p.key ?? p.label,
      });
    return id;
  };
  const aliases = addAliases(ops, a, index);
  const s = a.source;
  const publisher = s.publisher ? idOf(s.publisher, 'the source publisher') : null;
  const source = ops.source.create({
    title: s.title,
    publisher,
    url: s.url ?? null,
    published: s.published ?? null,
    language: s.language,
  }).id;
  extras.sourceText(source, {
    text: a.text,
    sha256: createHash('sha256').update(a.text).digest('hex'),
    format: s.format ?? 'text',
    retrieved: new Date().toISOString().slice(0, 10),
  });
  const claims: string[] = [];
  const relations = new Set<string>();
  a.claims.forEach((c, i) => {
    const at = `claims[${i}]`;
    const r = ops.claim.add({
      subject: idOf(c.subject, `${at}.subject`),
      predicate: c.predicate,
      object: idOf(c.object, `${at}.object`),
      claimant: idOf(c.claimant, `${at}.claimant`),
      stance: c.stance,
      source,
      stated: c.stated ?? null,
      excerpt: c.excerpt ?? null,
      reportedVia: c.reportedVia ? idOf(c.reportedVia, `${at}.reportedVia`) : null,
      force: true,
    });
    const loc = locator(c, a.text);
    extras.claimExtras(r.id, { start: loc?.start ?? null, end: loc?.end ?? null, confidence: c.confidence ?? null });
    claims.push(r.id);
    if (r.relationId) relations.add(r.relationId);
  });
  return { source, entities, aliases, claims, relations: [...relations] };
}

export function commitIngest(db: Db, a: IngestCommitArgs): IngestCommitResult {
  const historyLabel = `Ingest: ${a.source.title}`.slice(0, 300);
  const index = createIngestLookupRepo(db);
  const extras = createIngestExtrasRepo(db);
  const r = createEditService(db).batch(historyLabel, 'ingest', (ops) => writeAll(ops, a, index, extras));
  return { ...r.value, historyLabel };
}
