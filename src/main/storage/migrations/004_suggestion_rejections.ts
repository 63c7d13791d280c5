/**
 * Schema version 4: suggestions the journalist rejected, one row per article, kind and
 * (whitespace-normalised) text, so a rejected suggestion does not come back for those words.
 */
export const migration004 = {
  version: 4,
  name: 'suggestion rejections',
  sql: /* sql */ `
CREATE TABLE suggestion_rejections (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('quote', 'source', 'claim')),
  exact       TEXT NOT NULL CHECK (length(exact) > 0),
  rejected_at TEXT NOT NULL,
  PRIMARY KEY (document_id, kind, exact)
) STRICT, WITHOUT ROWID;
`,
};
