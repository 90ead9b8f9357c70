// Numbered schema migrations; PRAGMA user_version records how many have run.
// Append only: a released migration is never edited. Most are SQL; one that must inspect the file
// first is a function, run inside the same transaction.
import { HISTORY_MIGRATION } from './history-schema.ts';
import { HISTORY_ARGS_MIGRATION } from './history-triggers.ts';
import { DOUBTS_MIGRATION } from './relation-doubts.ts';
import { OPTIMIZE_SEARCH_INDEXES_SQL } from './fts-shape.ts';
import { nameUniqueKeys } from './unique-indexes.ts';
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly (string | ((db: Database.Database) => void))[] = [
  /* 1: the stated-relations store */ `
  CREATE TABLE kinds (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, shape TEXT NOT NULL, color TEXT NOT NULL, glyph TEXT NOT NULL
  ) STRICT;
  CREATE TABLE predicates (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, inverse TEXT NOT NULL, symmetric INTEGER NOT NULL,
    subject_kinds TEXT NOT NULL, object_kinds TEXT NOT NULL
  ) STRICT;
  CREATE TABLE entities (
    eid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL REFERENCES kinds(id),
    label TEXT NOT NULL,
    description TEXT,
    attributes TEXT,
    external_ids TEXT,
    degree INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX entities_kind ON entities(kind);
  CREATE INDEX entities_degree ON entities(degree DESC);
  CREATE TABLE aliases (
    eid INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    text TEXT NOT NULL, lang TEXT NOT NULL, form TEXT NOT NULL,
    PRIMARY KEY (eid, text, lang)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX aliases_text ON aliases(text COLLATE NOCASE);
  CREATE TABLE sources (
    sid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    publisher INTEGER REFERENCES entities(eid),
    url TEXT, language TEXT, published TEXT, retrieved TEXT, text TEXT, sha256 TEXT,
    copy_of INTEGER REFERENCES sources(sid),
    format TEXT
  ) STRICT;
  CREATE TABLE relations (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    subject INTEGER NOT NULL REFERENCES entities(eid),
    predicate TEXT NOT NULL REFERENCES predicates(id),
    object INTEGER NOT NULL REFERENCES entities(eid),
    status TEXT NOT NULL DEFAULT 'unverified',
    claim_count INTEGER NOT NULL DEFAULT 0,
    source_count INTEGER NOT NULL DEFAULT 0,
    first_stated TEXT, last_stated TEXT,
    UNIQUE (subject, predicate, object)
  ) STRICT;
  CREATE INDEX relations_out ON relations(subject, object, rid, status, predicate);
  CREATE INDEX relations_in ON relations(object, subject, rid, status, predicate);
  CREATE TABLE claims (
    cid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    rid INTEGER NOT NULL REFERENCES relations(rid),
    claimant INTEGER NOT NULL REFERENCES entities(eid),
    stance TEXT NOT NULL CHECK (stance IN ('asserts','reports','cannot-verify','denies','confirms')),
    sid INTEGER NOT NULL REFERENCES sources(sid),
    stated TEXT, holds_from TEXT, holds_until TEXT,
    summary TEXT, excerpt TEXT, loc_start INTEGER, loc_end INTEGER,
    reported_via INTEGER REFERENCES entities(eid),
    confidence REAL,
    attributes TEXT
  ) STRICT;
  CREATE INDEX claims_rid ON claims(rid, stated);
  CREATE INDEX claims_claimant ON claims(claimant);
  CREATE INDEX claims_sid ON claims(sid);
  CREATE INDEX claims_via ON claims(reported_via) WHERE reported_via IS NOT NULL;
  CREATE VIRTUAL TABLE entity_fts USING fts5(
    label, aliases, description,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
  );
  INSERT INTO entity_fts(entity_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 1.0)');
  CREATE VIRTUAL TABLE claim_fts USING fts5(
    summary, excerpt,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );
  `,
  /* 2: a claimant's claims in date order straight from the index (entity detail of hubs) */ `
  DROP INDEX claims_claimant;
  CREATE INDEX claims_claimant ON claims(claimant, stated);
  `,
  /* 3: edit history (entries, trigger-filled undo log) and entity redirects left by merges */ HISTORY_MIGRATION,
  /* 4: a relation's claims as of a date read from one covering index (as-of, claimant and date
     filters), and the few syndicated sources from a small partial index */ `
  CREATE INDEX claims_rid_digest ON claims(rid, stated, stance, sid, claimant);
  CREATE INDEX sources_copies ON sources(sid, copy_of) WHERE copy_of IS NOT NULL;
  `,
  /* 5: ingestion drafts: an article's review queue not yet committed (not part of the graph or its history) */ `
  CREATE TABLE ingest_drafts (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, state TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL
  ) STRICT;
  CREATE INDEX ingest_drafts_updated ON ingest_drafts(updated DESC);
  `,
  /* 6: imports resolve nodes by Wikidata id (--merge-by auto) */ `
  CREATE INDEX entities_wikidata ON entities(json_extract(external_ids, '$.wikidata')) WHERE external_ids IS NOT NULL;
  `,
  /* 7: edits at 1M: the undo log's statements parameterised (prepared once per replay) and restoring
     only changed columns; indexes on the foreign keys sources.publisher and sources.copy_of */ HISTORY_ARGS_MIGRATION,
  /* 8: claims_rid (rid, stated) is a prefix of claims_rid_digest, which serves every lookup it did: one
     index less to build in a bulk import and to keep up on every claim write */ `
  DROP INDEX IF EXISTS claims_rid;
  `,
  /* 9: likely duplicates found in SQL: labels and aliases by their folded form (case, accents and
     punctuation ignored; fold_name is registered on every connection by open.ts) */ `
  CREATE INDEX entities_folded ON entities(fold_name(label));
  CREATE INDEX aliases_folded ON aliases(fold_name(text));
  `,
  /* 10: each relation's doubts (cannot-verify/denies claims) stored on its row, kept by triggers on
     claims, so slices read evidence marks without reading claims */ DOUBTS_MIGRATION,
  /* 11: degrees by entity key from a small index: broad search prefixes order their candidates
     by degree without reading a table page per candidate */ `
  CREATE INDEX entities_degree_of ON entities(eid, degree);
  `,
  /* 12: search indexes built by a bulk import lifted off level 0, so an edit no longer pays for
     rewriting them (fts-shape.ts) */ OPTIMIZE_SEARCH_INDEXES_SQL,
  /* 13: entity ids, relation ids and relation triples kept unique by named indexes instead of table
     constraints, so an import into an empty store builds them once at the end (unique-indexes.ts) */ nameUniqueKeys,
  /* 14: case-insensitive alias lookups go through the folded-name index (lookup-repo.ts), which finds
     every alias equal but for case, so the NOCASE alias index goes: 5 % of a large store, and 1.7 s
     of a 1M-entity import */ `
  DROP INDEX IF EXISTS aliases_text;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
