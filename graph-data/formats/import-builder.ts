// Turns foreign nodes and edges (GraphML, GEXF, CSV) into a GraphDocument of stated relations: one
// Source for the file, one dataset entity as claimant, one Claim per edge, one Relation per triple.
import { ClaimscapeError } from '../model/errors.ts';
import type { Claim, Entity, GraphDocument, Relation, Source } from '../model/types.ts';
import type { ImportWarning, ParseContext, ParseResult } from './format.ts';
import type { Bag } from './attribute-roles.ts';
import { createDeadline, type Deadline } from './deadline.ts';
import { IdAllocator, shortFileHash } from './ids.ts';
import { createVocabCollector } from './import-vocab.ts';
import {
  mergeAttributes,
  toAliases,
  toClaim,
  toRecord,
  type ForeignEdge,
  type ForeignNode,
  type Where,
} from './import-records.ts';
import { checkEdgeFields, checkNodeFields } from './import-limits.ts';
import { TEXT_LIMITS, clampText } from '../model/limits.ts';

export type { ForeignEdge, ForeignNode, Where } from './import-records.ts';

export interface BuilderOptions {
  /** Endpoints are the only node declarations (an edge-list CSV): create them without a warning. */
  implicitNodes?: boolean;
}

export interface ImportBuilder {
  warn(message: string, where?: Where): void;
  /** Warns once per key, so a repeated oddity does not flood the list. */
  warnOnce(key: string, message: string, where?: Where): void;
  /** Records which attribute or column of the file filled a role (the first one wins), for the preview. */
  note(role: string, key: string): void;
  addNode(node: ForeignNode): void;
  addEdge(edge: ForeignEdge): void;
  finish(): ParseResult;
}

export function createImportBuilder(formatId: string, ctx: ParseContext, opts: BuilderOptions = {}): ImportBuilder {
  return new Builder(formatId, ctx, opts);
}

class Builder implements ImportBuilder {
  private readonly file: string;
  private readonly source: Source;
  private readonly dataset: Entity;
  private readonly entityIds = new IdAllocator();
  private readonly entities: Entity[];
  private readonly byOriginal = new Map<string, Entity>();
  private readonly edges: ForeignEdge[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly warned = new Set<string>();
  private readonly mapping = new Map<string, string>();
  private readonly vocab = createVocabCollector();
  private readonly deadline: Deadline;
  private readonly ctx: ParseContext;
  private readonly opts: BuilderOptions;
  private count = 1;

  constructor(formatId: string, ctx: ParseContext, opts: BuilderOptions) {
    this.ctx = ctx;
    this.opts = opts;
    this.file = ctx.fileName;
    const hex = shortFileHash(ctx.sha256, this.file);
    this.source = {
      id: `file-${hex}`,
      title: clampText(this.file, TEXT_LIMITS.label),
      publisher: null,
      url: null,
      language: null,
      published: null,
      retrieved: ctx.importedAt,
      sha256: ctx.sha256,
      format: formatId,
    };
    this.dataset = {
      id: `dataset-${hex}`,
      kind: 'dataset',
      label: clampText(`Dataset: ${this.file}`, TEXT_LIMITS.label),
      aliases: [],
    };
    this.entityIds.reserve(this.dataset.id);
    this.entities = [this.dataset];
    this.deadline = createDeadline(this.file, ctx.limits);
  }

  warn(message: string, where: Where = {}): void {
    const w: ImportWarning = { message };
    if (where.line !== undefined) w.line = where.line;
    if (where.path) w.path = where.path;
    this.warnings.push(w);
  }

  readonly note = (role: string, key: string): void => {
    if (role && !this.mapping.has(role)) this.mapping.set(role, key);
  };

  warnOnce(key: string, message: string, where?: Where): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warn(message, where);
  }

  addNode(node: ForeignNode): void {
    checkNodeFields(node.fields.label ?? node.id, node.fields, this.limitWhere(node.where, `node "${node.id}"`));
    const prev = this.byOriginal.get(node.id);
    if (prev) {
      this.warn(`node "${node.id}" is declared more than once; its attributes were merged`, node.where);
      mergeAttributes(prev, node.fields.attributes);
      return;
    }
    this.bump(1, node.where);
    const { fields } = node;
    const kind = this.vocab.kind(fields.kind);
    if (fields.kind !== null && fields.kind !== kind) fields.attributes.set('original_kind', fields.kind);
    const entity = this.createEntity(node.id, kind, fields.label ?? node.id, fields.attributes);
    if (fields.description !== null) entity.description = fields.description;
    entity.aliases = toAliases(fields.aliases);
  }

  addEdge(edge: ForeignEdge): void {
    const name = edge.where.path ?? (edge.id !== null ? `edge "${edge.id}"` : 'edge');
    checkEdgeFields(edge.fields, this.limitWhere(edge.where, name));
    this.bump(2, edge.where);
    this.edges.push(edge);
  }

  finish(): ParseResult {
    const relations = new Map<string, Relation>();
    const relationIds = new IdAllocator();
    const claimIds = new IdAllocator();
    const claims: Claim[] = [];
    this.edges.forEach((edge, i) => {
      if ((i & 1023) === 0) this.deadline.check(edge.where);
      const subject = this.endpoint(edge.source, edge, i, 'source');
      const object = this.endpoint(edge.target, edge, i, 'target');
      const predicate = this.vocab.predicate(edge.fields.predicate, edge.fields.predicateLabel);
      const key = `${subject}\u0000${predicate}\u0000${object}`;
      let relation = relations.get(key);
      if (!relation) {
        relation = {
          id: relationIds.take(`${subject}--${predicate}--${object}`, 'r', key),
          subject,
          predicate,
          object,
        };
        relations.set(key, relation);
      }
      const sid = this.source.id;
      const claimId = claimIds.take(
        [edge.id !== null ? `${sid}-${edge.id}` : null, `${sid}-e${i}`],
        `${sid}-c`,
        `${i}`,
      );
      claims.push(toClaim(claimId, relation.id, this.dataset.id, sid, edge));
    });
    const doc: GraphDocument = {
      format: 'claimscape',
      version: 1,
      vocabulary: this.vocab.vocabulary(),
      sources: [this.source],
      entities: this.entities,
      relations: [...relations.values()],
      claims,
    };
    return { doc, warnings: this.warnings, mapping: [...this.mapping].map(([role, from]) => ({ role, from })) };
  }

  private limitWhere(where: Where, record: string) {
    return { file: where.file ?? this.file, ...lineOf(where), record };
  }

  private bump(n: number, where: Where): void {
    this.count += n;
    if (this.count > this.ctx.limits.maxElements) {
      throw new ClaimscapeError('too-large', `more than ${this.ctx.limits.maxElements} nodes, edges and claims`, {
        file: where.file ?? this.file,
        ...lineOf(where),
      });
    }
    if ((this.count & 255) < n) this.deadline.check(lineOf(where));
  }

  private createEntity(original: string, kind: string, label: string, attributes: Bag): Entity {
    const id = this.entityIds.take(original, 'n', original);
    if (id !== original) attributes.set('original_id', original);
    const entity: Entity = { id, kind, label, aliases: [] };
    const record = toRecord(attributes);
    if (record) entity.attributes = record;
    this.entities.push(entity);
    this.byOriginal.set(original, entity);
    return entity;
  }

  private endpoint(original: string, edge: ForeignEdge, index: number, role: 'source' | 'target'): string {
    const found = this.byOriginal.get(original);
    if (found) return found.id;
    const name = edge.id !== null ? `"${edge.id}"` : `#${index + 1}`;
    if (!this.opts.implicitNodes && !this.ctx.options.createMissingNodes) {
      throw new ClaimscapeError(
        'validation-error',
        `the edge's ${role} node "${original}" is not declared in the file`,
        {
          file: edge.where.file ?? this.file,
          ...lineOf(edge.where),
          path: edge.where.path ?? `edge ${name}`,
          value: original,
        },
      );
    }
    if (!this.opts.implicitNodes)
      this.warn(`edge ${name} refers to the undeclared node "${original}"; created it as "other"`, edge.where);
    this.bump(1, edge.where);
    return this.createEntity(original, this.vocab.kind(null), original, new Map()).id;
  }
}

function lineOf(where: Where): { line?: number; column?: number } {
  const out: { line?: number; column?: number } = {};
  if (where.line !== undefined) out.line = where.line;
  if (where.column !== undefined) out.column = where.column;
  return out;
}
