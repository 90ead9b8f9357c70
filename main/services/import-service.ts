// Import use case: read a file, detect its format, parse, map ids, then write everything in one
// transaction, so a failed import leaves the database exactly as it was.
import type { ImportPreview, ImportReport } from '../../graph-data/contract/views.ts';
import type { NodeResolution } from '../../graph-data/contract/views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { GraphDocument, Source } from '../../graph-data/model/types.ts';
import { DEFAULT_LIMITS, type ImportLimits, type ParseOptions } from '../../graph-data/formats/format.ts';
import { detectFormat, findFormat, FORMATS } from '../../graph-data/formats/registry.ts';
import type { Db } from '../db/open.ts';
import { createWriteRepo } from '../db/write-repo.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { mapEntityIds, type MergeMode } from './id-mapping.ts';
import { followRedirects } from './redirect-import.ts';
import { createHistoryService } from './history-service.ts';
import { readInputFile, sha256Text, type InputFile } from './read-input.ts';
import { repoOf } from '../db/repos.ts';
import { looksLikeNdjsonRecords, ndjsonDocument } from './ndjson-records.ts';

export interface ImportOptions {
  format?: string;
  mergeBy?: MergeMode;
  limits?: Partial<ImportLimits>;
  parse?: ParseOptions;
  /** Per-node choices from the preview: file node id -> existing entity id, or null for new. */
  resolve?: Record<string, string | null>;
  /** Other files of the same import, by role (e.g. { nodes: 'people.csv' }). */
  companions?: Record<string, string>;
}

export interface ParsedImport {
  file: string;
  format: string;
  doc: GraphDocument;
  warnings: string[];
  merged: Set<string>;
  resolution: NodeResolution[];
  mapping: { role: string; from: string }[];
}

export function createImportService(db: Db) {
  const lookup = repoOf(db, createLookupRepo);
  function parseFile(path: string, opts: ImportOptions = {}): ParsedImport {
    const limits: ImportLimits = { ...DEFAULT_LIMITS, ...opts.limits };
    return parseInput(readInputFile(path, limits.maxBytes), opts);
  }

  /** Text that reached us already decoded (the renderer's file picker, an HTTP upload). */
  function parseText(name: string, text: string, opts: ImportOptions = {}): ParsedImport {
    const limits: ImportLimits = { ...DEFAULT_LIMITS, ...opts.limits };
    if (text.length > limits.maxBytes)
      throw new ClaimscapeError('too-large', `the file is larger than the import limit of ${limits.maxBytes} bytes`, {
        file: name,
      });
    return parseInput({ name, path: name, text, sha256: sha256Text(text), bytes: text.length }, opts);
  }

  function parseInput(input: InputFile, opts: ImportOptions): ParsedImport {
    const limits: ImportLimits = { ...DEFAULT_LIMITS, ...opts.limits };
    // NDJSON bulk records whole (the Import dialog's text): the same records as a Claimscape JSON
    // file, merged by id the same way. The CLI streams such files on the worker instead.
    if (!opts.format && looksLikeNdjsonRecords(input.text.slice(0, 1 << 16)))
      return claimscapeImport(input.name, ndjsonDocument(input.text, input.name), []);
    const format = opts.format ? findFormat(opts.format) : detectFormat(input.name, input.text);
    if (!format) {
      const known = FORMATS.map((f) => f.id).join(', ');
      throw new ClaimscapeError(
        'invalid-format',
        opts.format
          ? `unknown format "${opts.format}" (known: ${known})`
          : `cannot tell the file's format; name it with --format (${known})`,
        { file: input.name },
      );
    }
    const companions: Record<string, string> = {};
    for (const [role, p] of Object.entries(opts.companions ?? {}))
      companions[role] = readInputFile(p, limits.maxBytes).text;
    const {
      doc,
      warnings,
      mapping = [],
    } = format.parse(input.text, {
      fileName: input.name,
      sha256: input.sha256,
      importedAt: new Date().toISOString(),
      limits,
      options: opts.parse ?? {},
      companions,
    });
    if (format.id === 'claimscape') return claimscapeImport(input.name, doc, warnings.map(warningText), mapping);
    const mapped = mapEntityIds(db, doc, opts.mergeBy ?? 'auto', input.sha256.slice(0, 6), opts.resolve);
    return {
      file: input.name,
      format: format.id,
      doc: mapped.doc,
      warnings: warnings.map(warningText),
      merged: mapped.merged,
      resolution: mapped.resolution,
      mapping,
    };
  }

  /** Claimscape JSON carries our own ids: it merges by id (following redirects) and updates what it names. */
  function claimscapeImport(
    file: string,
    doc: GraphDocument,
    warnings: string[],
    mapping: ParsedImport['mapping'] = [],
  ): ParsedImport {
    const mapped = followRedirects(db, doc);
    return {
      file,
      format: 'claimscape',
      doc: mapped.doc,
      warnings,
      merged: mapped.merged,
      resolution: mapped.resolution,
      mapping,
    };
  }

  function preview(p: ParsedImport): ImportPreview {
    const labels = new Map(p.doc.entities.map((e) => [e.id, e.label]));
    // An end already in the store (a file that names it by id) shows its label too.
    const labelOf = (id: string) => labels.get(id) ?? lookup.entityBrief(id)?.label ?? id;
    return {
      format: p.format,
      file: p.file,
      counts: {
        entities: p.doc.entities.length,
        relations: p.doc.relations.length,
        claims: p.doc.claims.length,
        sources: p.doc.sources.length,
      },
      sampleNodes: p.doc.entities.slice(0, 10).map((e) => ({ id: e.id, label: e.label, kind: e.kind })),
      sampleEdges: p.doc.relations
        .slice(0, 10)
        .map((r) => ({ subject: labelOf(r.subject), predicate: r.predicate, object: labelOf(r.object) })),
      newKinds: [...new Set(p.doc.entities.map((e) => e.kind))].filter((k) => !lookup.hasKind(k)),
      newPredicates: [...new Set(p.doc.relations.map((r) => r.predicate))].filter((k) => !lookup.hasPredicate(k)),
      mapping: p.mapping,
      warnings: p.warnings,
      ...(p.resolution.length
        ? {
            resolution: {
              merge: p.resolution.filter((r) => r.into).length,
              new: p.resolution.filter((r) => !r.into).length,
              nodes: p.resolution.slice(0, 2000),
            },
          }
        : {}),
    };
  }

  function importFile(path: string, opts: ImportOptions = {}): ImportReport {
    const p = parseFile(path, opts);
    return writeDocument(db, p.doc, { file: p.file, format: p.format, warnings: p.warnings, merged: p.merged });
  }

  function importParsed(p: ParsedImport): ImportReport {
    return writeDocument(db, p.doc, { file: p.file, format: p.format, warnings: p.warnings, merged: p.merged });
  }

  return {
    parseFile,
    parseText,
    preview,
    importFile,
    importParsed,
    writeDocument: (doc: GraphDocument, file = 'document', format = 'claimscape') =>
      writeDocument(db, doc, { file, format, warnings: [], merged: new Set() }),
  };
}

export type ImportService = ReturnType<typeof createImportService>;

function warningText(w: { message: string; line?: number; path?: string }): string {
  const at = [w.line !== undefined ? `line ${w.line}` : '', w.path ?? ''].filter(Boolean).join(', ');
  return at ? `${at}: ${w.message}` : w.message;
}

interface WriteMeta {
  file: string;
  format: string;
  warnings: string[];
  merged: Set<string>;
  /** false: not an entry of the edit history (filling a new database with the seed). */
  history?: false;
}

/** Writes a whole document in one IMMEDIATE transaction; any error rolls all of it back. */
export function writeDocument(db: Db, doc: GraphDocument, meta: WriteMeta): ImportReport {
  const lookup = repoOf(db, createLookupRepo);
  const body = () => {
    const w = createWriteRepo(db);
    for (const k of doc.vocabulary?.kinds ?? []) w.kind(k);
    for (const p of doc.vocabulary?.predicates ?? []) w.predicate(p);
    doc.entities.forEach((e, i) => {
      const keepExisting = (e.context || meta.merged.has(e.id)) && lookup.hasEntity(e.id);
      const { context: _context, ...entity } = e;
      if (keepExisting) w.aliasesOnly(entity, `$.entities[${i}]`);
      else w.entity(entity, `$.entities[${i}]`);
    });
    for (const [s, i] of sourcesInOrder(doc.sources)) w.source(s, `$.sources[${i}]`);
    doc.relations.forEach((r, i) => w.relation(r, `$.relations[${i}]`));
    doc.claims.forEach((c, i) => w.claim(c, `$.claims[${i}]`));
    w.finish();
    doc.redirects?.forEach((r, i) => w.redirect(r, `$.redirects[${i}]`));
    return w.counts;
  };
  let counts;
  try {
    counts =
      meta.history === false
        ? db.transaction(body).immediate()
        : createHistoryService(db).record(`Import ${meta.file}`, 'import', body).value;
  } catch (e) {
    if (e instanceof ClaimscapeError)
      throw new ClaimscapeError(e.code, e.detail, { ...e.where, file: e.where.file ?? meta.file });
    throw e;
  }
  return {
    format: meta.format,
    file: meta.file,
    entities: doc.entities.length,
    relations: doc.relations.length,
    claims: doc.claims.length,
    sources: doc.sources.length,
    ...counts,
    warnings: meta.warnings,
  };
}

/** Orders sources so that one a copy refers to is written before the copy. */
function sourcesInOrder(sources: Source[]): [Source, number][] {
  const index = new Map(sources.map((s, i) => [s.id, i]));
  const done = new Set<string>();
  const out: [Source, number][] = [];
  const visit = (s: Source, depth: number) => {
    if (done.has(s.id) || depth > sources.length) return;
    const parent = s.copyOf ? index.get(s.copyOf) : undefined;
    if (parent !== undefined) visit(sources[parent] as Source, depth + 1);
    done.add(s.id);
    out.push([s, index.get(s.id) as number]);
  };
  for (const s of sources) visit(s, 0);
  return out;
}
