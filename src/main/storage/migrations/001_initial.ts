/**
 * Schema version 1: documents, annotations (quote / source / claim), evidence links, settings.
 *
 * Kind-specific columns are NULL for the other kinds; CHECK constraints keep that honest.
 * Deletion is soft (deleted_at) so every delete can be undone; purging old deletions
 * cascades to annotations and evidence through foreign keys.
 */
export const migration001 = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
CREATE TABLE documents (
  id            TEXT PRIMARY KEY NOT NULL,
  title         TEXT NOT NULL,
  byline        TEXT NOT NULL DEFAULT '',
  source_url    TEXT NOT NULL DEFAULT '',
  published_at  TEXT,
  language      TEXT NOT NULL DEFAULT '',
  content_json  TEXT NOT NULL,
  plain_text    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

CREATE TABLE annotations (
  id            TEXT PRIMARY KEY NOT NULL,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('quote', 'source', 'claim')),
  start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset    INTEGER NOT NULL CHECK (end_offset > start_offset),
  exact         TEXT NOT NULL,
  prefix        TEXT NOT NULL,
  suffix        TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  author        TEXT NOT NULL DEFAULT '',
  speaker       TEXT CHECK ((speaker IS NOT NULL) = (kind = 'quote')),
  source_name   TEXT CHECK ((source_name IS NOT NULL) = (kind = 'source')),
  source_type   TEXT CHECK ((source_type IS NOT NULL) = (kind = 'source')
                       AND (source_type IS NULL OR source_type IN ('person', 'organisation', 'document', 'media', 'other'))),
  claim_status  TEXT CHECK ((claim_status IS NOT NULL) = (kind = 'claim')
                       AND (claim_status IS NULL OR claim_status IN ('to_check', 'in_progress', 'checked'))),
  verdict       TEXT CHECK ((verdict IS NOT NULL) = (kind = 'claim')),
  attributed_to TEXT REFERENCES annotations(id) ON DELETE SET NULL
                     CHECK (attributed_to IS NULL OR kind IN ('quote', 'claim')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

CREATE INDEX annotations_by_document ON annotations (document_id, start_offset);
CREATE INDEX annotations_by_attribution ON annotations (attributed_to);

CREATE TABLE evidence_links (
  annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  url           TEXT NOT NULL,
  title         TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (annotation_id, position)
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
`,
};
