// The data columns of the store's main tables (every column but the integer key and the text id),
// named once for the row-by-row writer, the bulk importer and the edit history's triggers.
export const ENTITY_DATA_COLS = ['kind', 'label', 'description', 'attributes', 'external_ids'];
export const SOURCE_DATA_COLS = [
  'title',
  'publisher',
  'url',
  'language',
  'published',
  'retrieved',
  'text',
  'sha256',
  'copy_of',
  'format',
];
export const CLAIM_DATA_COLS = [
  'rid',
  'claimant',
  'stance',
  'sid',
  'stated',
  'holds_from',
  'holds_until',
  'summary',
  'excerpt',
  'loc_start',
  'loc_end',
  'reported_via',
  'confidence',
  'attributes',
];
