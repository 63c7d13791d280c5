/**
 * Schema version 3: fact-checking.
 *
 * - Claims gain a conclusion, a claimant named in free text, a checker and a right of reply
 *   (empty for quotes and sources).
 * - Evidence links gain publisher, accessed date and excerpt.
 * - Verdicts become ids of the workspace's verdict scale; old free-text verdicts that name a
 *   verdict of the default scale are converted, the rest kept as written.
 * - claim_history records every change of a claim's status, verdict, conclusion, evidence and
 *   reply. It is append-only: a trigger refuses any UPDATE, so nothing there is edited in place.
 * - factcheck_sessions: a checker working through an article's claims, with active time.
 */
export const migration003 = {
  version: 3,
  name: 'fact checking',
  sql: /* sql */ `
ALTER TABLE annotations ADD COLUMN conclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN claimant_name TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN checker TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN reply_contacted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN reply_response TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN reply_responded_at TEXT NOT NULL DEFAULT '';

-- Verdicts were free text; those that name a verdict of the default scale become its id.
UPDATE annotations SET verdict = CASE lower(trim(verdict))
    WHEN 'true' THEN 'true' WHEN 'mostly true' THEN 'mostly-true' WHEN 'mixed' THEN 'mixed'
    WHEN 'mostly false' THEN 'mostly-false' WHEN 'false' THEN 'false' WHEN 'misleading' THEN 'misleading'
    WHEN 'unverifiable' THEN 'unverifiable' ELSE verdict END
  WHERE kind = 'claim' AND verdict IS NOT NULL AND verdict != '';

ALTER TABLE evidence_links ADD COLUMN publisher TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_links ADD COLUMN accessed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_links ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';


CREATE TABLE factcheck_sessions (
  id            TEXT PRIMARY KEY NOT NULL,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  checker       TEXT NOT NULL DEFAULT '',
  state         TEXT NOT NULL CHECK (state IN ('active', 'paused', 'closed')),
  notes         TEXT NOT NULL DEFAULT '',
  published_url TEXT NOT NULL DEFAULT '',
  started_at    TEXT NOT NULL,
  closed_at     TEXT,
  active_ms     INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0),
  resumed_at    TEXT,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX factcheck_sessions_by_document ON factcheck_sessions (document_id, started_at);

CREATE TABLE claim_history (
  id            TEXT PRIMARY KEY NOT NULL,
  annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  session_id    TEXT REFERENCES factcheck_sessions(id) ON DELETE SET NULL,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL DEFAULT '',
  field         TEXT NOT NULL CHECK (field IN ('status', 'verdict', 'conclusion', 'evidence', 'replyContactedAt', 'replyResponse', 'replyRespondedAt')),
  from_value    TEXT NOT NULL,
  to_value      TEXT NOT NULL
) STRICT;
CREATE INDEX claim_history_by_annotation ON claim_history (annotation_id, at);

CREATE TRIGGER claim_history_append_only BEFORE UPDATE ON claim_history
BEGIN
  SELECT RAISE(ABORT, 'The claim history is append-only: entries are never changed.');
END;
`,
};
