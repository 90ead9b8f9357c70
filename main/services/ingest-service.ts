// Ingestion use cases: read an article (text or a saved web page), check it, and turn it into
// proposals against the store's own name index; keep review queues as drafts. Committing goes
// through the edit write path (ingest-commit.ts) as one history entry.
import { randomUUID } from 'node:crypto';
import { DEFAULT_LIMITS } from '../../graph-data/formats/format.ts';
import { guardText } from '../../graph-data/formats/text-guard.ts';
import { MAX_INGEST_CHARS, MAX_INGEST_FILE_BYTES } from '../../graph-data/contract/ingest-schemas.ts';
import type { IngestDraft, IngestDraftSummary, IngestProposalView } from '../../graph-data/contract/ingest-views.ts';
import { proposeIngest, type IngestOptions } from '../../graph-data/ingest/pipeline.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createIngestDraftsRepo } from '../db/ingest-drafts-repo.ts';
import { createIngestLookupRepo } from '../db/ingest-lookup-repo.ts';
import type { Db } from '../db/open.ts';
import { createReadRepo } from '../db/read-repo.ts';
import { extractHtmlArticle } from './html-article.ts';
import { repoOf } from '../db/repos.ts';

export interface ProposeInput extends IngestOptions {
  /** The article text, or a file's whole content. */
  text: string;
  /** File name (decides HTML by extension) for messages. */
  name?: string | undefined;
  format?: 'text' | 'html' | undefined;
}

const HTML_NAME = /\.(x?html?|xht)$/i;
const HTML_HEAD = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>])/i;

function formatOf(input: ProposeInput): 'text' | 'html' {
  if (input.format) return input.format;
  if (input.name && HTML_NAME.test(input.name)) return 'html';
  return HTML_HEAD.test(input.text.slice(0, 512)) ? 'html' : 'text';
}

/** The text to read and the metadata a page gives, with warnings about what was ignored. */
export function readArticle(input: ProposeInput): {
  text: string;
  format: 'text' | 'html';
  opts: IngestOptions;
  warnings: string[];
} {
  const file = input.name ?? 'the text';
  const body = guardText(input.text, file, { ...DEFAULT_LIMITS, maxBytes: MAX_INGEST_FILE_BYTES });
  const format = formatOf(input);
  const { name: _n, format: _f, text: _t, ...opts } = input;
  if (format === 'text') return { text: body, format, opts, warnings: [] };
  const page = extractHtmlArticle(body);
  const warnings: string[] = [];
  if (page.scripts) warnings.push(`${page.scripts} script element(s) in the page were removed, never run`);
  if (page.remote) warnings.push(`${page.remote} remote image(s) or frame(s) in the page were ignored, never fetched`);
  if (!page.text.trim()) throw new ClaimscapeError('invalid-format', 'the page holds no article text', { file });
  return {
    text: page.text,
    format,
    warnings,
    opts: {
      ...opts,
      title: opts.title ?? page.title ?? undefined,
      publisher: opts.publisher ?? page.publisher ?? undefined,
      url: opts.url ?? page.url ?? undefined,
      date: opts.date ?? page.published ?? undefined,
      languageFromFile: page.language ?? undefined,
    },
  };
}

export function createIngestService(db: Db) {
  const index = createIngestLookupRepo(db);
  const drafts = createIngestDraftsRepo(db);
  const read = repoOf(db, createReadRepo);
  return {
    propose(input: ProposeInput): IngestProposalView {
      const { text, format, opts, warnings } = readArticle(input);
      if (text.length > MAX_INGEST_CHARS)
        throw new ClaimscapeError(
          'too-large',
          `the article is ${text.length} characters, more than the limit of ${MAX_INGEST_CHARS}`,
          {
            ...(input.name ? { file: input.name } : {}),
          },
        );
      if (!text.trim()) throw new ClaimscapeError('invalid-format', 'the text is empty');
      const proposals = proposeIngest(text, opts, index, read.vocabulary().predicates);
      return { ...proposals, warnings: [...warnings, ...proposals.warnings], text, format };
    },
    saveDraft(d: { id?: string | undefined; title: string; text: string; state: string }): {
      id: string;
      updated: string;
    } {
      const id = d.id ?? `draft-${randomUUID()}`;
      const now = new Date().toISOString();
      drafts.save({ id, title: d.title, text: d.text, state: d.state }, now);
      return { id, updated: now };
    },
    listDrafts(limit = 100): IngestDraftSummary[] {
      return drafts.list(limit);
    },
    getDraft(id: string): IngestDraft {
      const d = drafts.get(id);
      if (!d) throw new ClaimscapeError('not-found', 'no such draft', { value: id });
      return d;
    },
    deleteDraft(id: string): boolean {
      return drafts.remove(id);
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
