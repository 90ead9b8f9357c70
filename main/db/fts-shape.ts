// The shape of the search indexes after a big build. FTS5 keeps its index as segments on levels and
// merges a level's segments once 16 pile up there (a "crisis merge", all at once, inside whatever
// transaction adds the 16th). A bulk import writes its whole index as a few huge segments on level 0,
// where every later edit adds a small one: the 16th edit then rewrote the whole entity index
// (~130 MB of WAL at 1M, 2-4 s) inside a merge or a claim edit. 'optimize' merges the big segments
// into one a level up, which small edits reach only after hundreds of crisis merges of their own.

export const OPTIMIZE_SEARCH_INDEXES_SQL = `
  INSERT INTO entity_fts (entity_fts) VALUES ('optimize');
  INSERT INTO claim_fts (claim_fts) VALUES ('optimize');
`;
