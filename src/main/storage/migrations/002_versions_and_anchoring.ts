/**
 * Schema version 2: article versions, and how sure Pressmark is of where each annotation sits.
 *
 * - document_versions keeps every text an article had when it was updated ("Update article"),
 *   with word-change counts, so any two can be compared.
 * - annotations gain anchor_status ('anchored' | 'review' | 'orphaned'), anchor_confidence
 *   (0..1) and anchor_method (what last placed them: the user's selection, the diff of a new
 *   version, a quote search, a fuzzy match, an import, a manual re-attachment). Existing
 *   annotations were placed by their authors: anchored, confidence 1, by selection.
 */
export const migration002 = {
  version: 2,
  name: 'versions and anchoring',
  sql: /* sql */ `
CREATE TABLE document_versions (
  id            TEXT PRIMARY KEY NOT NULL,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number        INTEGER NOT NULL CHECK (number >= 1),
  label         TEXT NOT NULL DEFAULT '',
  content_json  TEXT NOT NULL,
  plain_text    TEXT NOT NULL,
  words_added   INTEGER NOT NULL DEFAULT 0 CHECK (words_added >= 0),
  words_removed INTEGER NOT NULL DEFAULT 0 CHECK (words_removed >= 0),
  created_at    TEXT NOT NULL,
  UNIQUE (document_id, number)
) STRICT;

ALTER TABLE annotations ADD COLUMN anchor_status TEXT NOT NULL DEFAULT 'anchored'
  CHECK (anchor_status IN ('anchored', 'review', 'orphaned'));
ALTER TABLE annotations ADD COLUMN anchor_confidence REAL NOT NULL DEFAULT 1
  CHECK (anchor_confidence >= 0 AND anchor_confidence <= 1);
ALTER TABLE annotations ADD COLUMN anchor_method TEXT NOT NULL DEFAULT 'selection';
`,
};
