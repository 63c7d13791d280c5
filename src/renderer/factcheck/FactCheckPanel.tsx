/**
 * A fact-check session on the open article: the article's claims in document order with
 * progress, the checker and time, the session notes, and the claim being checked. Focus mode
 * works it from the keyboard; every key has a button too.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimAnnotation, SourceAnnotation } from '../../shared/domain/annotation';
import type { ClaimHistoryEntry, FactCheckSession } from '../../shared/domain/factCheck';
import { readableElapsed, SESSION_STATE_LABELS } from '../../shared/factcheck/sessionReport';
import { verdictById, verdictForKey } from '../../shared/factcheck/verdictScales';
import { useApi } from '../app/ApiContext';
import { useSettings } from '../settings/SettingsContext';
import { saveFile } from '../files/saveFile';
import type { DocumentSession, SessionSnapshot } from '../article/documentSession';
import type { ToastStore } from '../ui/toastStore';
import { ClaimDetail, useClaimHistoryVersion } from './ClaimDetail';
import { useFocusKeys } from './useFocusKeys';
import { useCommand } from '../commands/CommandContext';

export function FactCheckPanel({
  session: article,
  snapshot,
  toasts,
}: {
  session: DocumentSession;
  snapshot: SessionSnapshot;
  toasts: ToastStore;
}) {
  const api = useApi();
  const { settings } = useSettings();
  const scale = settings.verdictScale;
  const [sessions, setSessions] = useState<FactCheckSession[] | null>(null);
  const [current, setCurrent] = useState<{ session: FactCheckSession; loadedAt: number } | null>(null);
  const [claimId, setClaimId] = useState<string | null>(null);
  const [focusMode, setFocusMode] = useState(false);
  const [evidenceRequest, setEvidenceRequest] = useState(0);
  const [history, setHistory] = useState<ClaimHistoryEntry[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const panel = useRef<HTMLElement>(null);
  const conclusion = useRef<HTMLTextAreaElement>(null);

  const claims = useMemo(() => snapshot.annotations.filter((a): a is ClaimAnnotation => a.kind === 'claim'), [snapshot.annotations]);
  const sources = useMemo(() => snapshot.annotations.filter((a): a is SourceAnnotation => a.kind === 'source'), [snapshot.annotations]);
  const claim = claims.find((c) => c.id === claimId) ?? claims[0];
  const withVerdict = claims.filter((c) => c.verdict !== '').length;
  const readOnly = current?.session.state === 'closed';

  const show = useCallback((session: FactCheckSession) => setCurrent({ session, loadedAt: Date.now() }), []);

  useEffect(() => {
    api.call('sessions.list', { documentId: article.documentId }).then(
      (list) => {
        setSessions(list);
        const latest = [...list].reverse().find((s) => s.state !== 'closed') ?? list.at(-1);
        if (latest) show(latest);
      },
      (e: Error) => toasts.show(e.message),
    );
  }, [api, article.documentId, show, toasts]);

  useEffect(() => {
    if (current?.session.state !== 'active') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [current?.session.state]);

  const historyVersion = useClaimHistoryVersion(claim, snapshot.saveState === 'saved');
  useEffect(() => {
    if (!claim) return;
    api.call('annotations.history', { annotationId: claim.id }).then(setHistory, () => setHistory([]));
  }, [api, claim?.id, historyVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const select = useCallback(
    (id: string) => {
      // What was typed for the claim being left is saved before moving on.
      void article.flush();
      setClaimId(id);
      article.activate(id, { scroll: true });
    },
    [article],
  );

  const change = useCallback(
    (changes: Partial<ClaimAnnotation>) => {
      if (!claim || !current) return;
      if (readOnly) return toasts.show('This session is closed: reopen it to change its claims.');
      const checker = changes.verdict && !claim.checker ? { checker: current.session.checker } : {};
      article.updateAnnotation(claim.id, { ...changes, ...checker }, { sessionId: current.session.id });
    },
    [article, claim, current, readOnly, toasts],
  );

  const move = useCallback(
    (step: number) => {
      if (claims.length === 0) return;
      const index = Math.max(
        0,
        claims.findIndex((c) => c.id === claim?.id),
      );
      const next = claims[Math.min(claims.length - 1, Math.max(0, index + step))];
      if (next) select(next.id);
    },
    [claims, claim, select],
  );

  const keyActions = useMemo(
    () => ({
      next: () => move(1),
      previous: () => move(-1),
      verdict: (n: number) => {
        const verdict = verdictForKey(scale, n);
        if (verdict) change({ verdict: verdict.id });
      },
      addEvidence: () =>
        readOnly ? toasts.show('This session is closed: reopen it to change its claims.') : setEvidenceRequest((n) => n + 1),
      editConclusion: () => conclusion.current?.focus(),
      leaveField: (target: HTMLElement) => {
        target.blur();
        panel.current?.focus();
      },
      leave: () => setFocusMode(false),
    }),
    [move, scale, change, readOnly, toasts],
  );
  useFocusKeys(focusMode, keyActions);
  // Check → Next / Previous Claim and Verdict 1–9, from the menu or Alt+J / Alt+K / Alt+digit anywhere.
  const hasClaim = claim !== undefined;
  useCommand('check.nextClaim', keyActions.next, hasClaim);
  useCommand('check.previousClaim', keyActions.previous, hasClaim);
  useCommand('check.verdict.1', () => keyActions.verdict(1), hasClaim);
  useCommand('check.verdict.2', () => keyActions.verdict(2), hasClaim);
  useCommand('check.verdict.3', () => keyActions.verdict(3), hasClaim);
  useCommand('check.verdict.4', () => keyActions.verdict(4), hasClaim);
  useCommand('check.verdict.5', () => keyActions.verdict(5), hasClaim);
  useCommand('check.verdict.6', () => keyActions.verdict(6), hasClaim);
  useCommand('check.verdict.7', () => keyActions.verdict(7), hasClaim);
  useCommand('check.verdict.8', () => keyActions.verdict(8), hasClaim);
  useCommand('check.verdict.9', () => keyActions.verdict(9), hasClaim);

  async function setState(state: FactCheckSession['state']) {
    if (!current) return;
    try {
      await article.flush();
      show(await api.call('sessions.setState', { id: current.session.id, state }));
    } catch (e) {
      toasts.show((e as Error).message);
    }
  }

  async function start() {
    try {
      const session = await api.call('sessions.start', { documentId: article.documentId });
      setSessions((list) => [...(list ?? []), session]);
      show(session);
      if (claims[0]) select(claims[0].id);
    } catch (e) {
      toasts.show((e as Error).message);
    }
  }

  async function exportAs(kind: 'html' | 'md' | 'claimreview') {
    if (!current) return;
    try {
      await article.flush();
      const file =
        kind === 'claimreview'
          ? await api.call('documents.export', { id: article.documentId, format: 'claimreview' })
          : await api.call('sessions.export', { id: current.session.id, format: kind });
      saveFile(file.fileName, file.mimeType, file.dataBase64);
      toasts.show(`Exported “${file.fileName}”.${file.notes.length ? ` ${file.notes.join(' ')}` : ''}`);
    } catch (e) {
      toasts.show(`Could not export: ${(e as Error).message}`);
    }
  }

  if (sessions === null) return <aside className="sidebar factcheck-panel" aria-label="Fact-check session" aria-busy="true" />;
  const elapsed = current ? current.session.elapsedMs + (current.session.state === 'active' ? Math.max(0, now - current.loadedAt) : 0) : 0;

  return (
    <aside ref={panel} tabIndex={-1} className={`sidebar factcheck-panel${focusMode ? ' focus-mode' : ''}`} aria-label="Fact-check session">
      <div className="session-picker">
        {sessions.length > 0 && (
          <label>
            Session
            <select
              value={current?.session.id ?? ''}
              onChange={(event) => {
                const picked = sessions.find((s) => s.id === event.target.value);
                if (picked) show(picked);
              }}
            >
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {new Date(s.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                  {SESSION_STATE_LABELS[s.state]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className={sessions.length === 0 ? 'primary' : 'small'} onClick={() => void start()}>
          {sessions.length === 0 ? 'Start fact-check session' : 'New session'}
        </button>
      </div>
      {!current ? (
        <p className="sidebar-empty">
          A session walks this article’s {claims.length} {claims.length === 1 ? 'claim' : 'claims'} to verdicts, with evidence, right of
          reply and a history of every change. Tag claims first, then start a session.
        </p>
      ) : (
        <>
          <section className="session-header" aria-label="Session">
            <p>
              <strong>{current.session.checker || 'Checker not named (set your name in Settings)'}</strong> · started{' '}
              {new Date(current.session.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
              {readableElapsed(elapsed)} ·{' '}
              <span className={`session-state session-state-${current.session.state}`}>{SESSION_STATE_LABELS[current.session.state]}</span>
            </p>
            <label className="session-progress">
              {withVerdict} of {claims.length} claims with a verdict
              <progress max={Math.max(1, claims.length)} value={withVerdict} />
            </label>
            <div className="session-actions">
              {current.session.state === 'active' && (
                <button type="button" className="small" onClick={() => void setState('paused')}>
                  Pause
                </button>
              )}
              {current.session.state === 'paused' && (
                <button type="button" className="small" onClick={() => void setState('active')}>
                  Resume
                </button>
              )}
              {current.session.state !== 'closed' ? (
                <button type="button" className="small" onClick={() => void setState('closed')}>
                  Close session
                </button>
              ) : (
                <button type="button" className="small" onClick={() => void setState('active')}>
                  Reopen session
                </button>
              )}
              <button
                type="button"
                className="small"
                aria-pressed={focusMode}
                onClick={() => (setFocusMode(!focusMode), panel.current?.focus())}
              >
                Focus mode
              </button>
            </div>
            <SessionNotes key={current.session.id} session={current.session} readOnly={readOnly} onSaved={show} onError={toasts.show} />
            <div className="session-exports">
              <button type="button" className="small" onClick={() => void exportAs('html')}>
                Session report (HTML)
              </button>
              <button type="button" className="small" onClick={() => void exportAs('md')}>
                Session report (Markdown)
              </button>
              <button type="button" className="small" onClick={() => void exportAs('claimreview')}>
                ClaimReview JSON-LD
              </button>
            </div>
          </section>
          {focusMode && (
            <p className="focus-help" role="note">
              Focus mode: <kbd>J</kbd>/<kbd>K</kbd> next/previous claim · <kbd>1</kbd>–<kbd>9</kbd> verdict · <kbd>E</kbd> add evidence ·{' '}
              <kbd>Enter</kbd> conclusion · <kbd>Esc</kbd> leave
            </p>
          )}
          <nav className="claim-nav" aria-label="Claims">
            <button type="button" className="small" onClick={() => move(-1)} aria-keyshortcuts="K">
              Previous claim <kbd aria-hidden="true">K</kbd>
            </button>
            <button type="button" className="small" onClick={() => move(1)} aria-keyshortcuts="J">
              Next claim <kbd aria-hidden="true">J</kbd>
            </button>
            {!readOnly && (
              <button type="button" className="small" onClick={keyActions.addEvidence} aria-keyshortcuts="E">
                Add evidence <kbd aria-hidden="true">E</kbd>
              </button>
            )}
          </nav>
          <ol className="claim-list" aria-label="Claims to check">
            {claims.map((c, index) => {
              const verdict = verdictById(scale, c.verdict);
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    className="claim-row"
                    aria-current={c.id === claim?.id ? 'true' : undefined}
                    onClick={() => select(c.id)}
                  >
                    <span className="claim-number">{index + 1}</span>
                    <span className="claim-excerpt" dir="auto">
                      {c.exact.length > 90 ? `${c.exact.slice(0, 90)}…` : c.exact}
                    </span>
                    <span className="claim-verdict">
                      {verdict && <span className="verdict-swatch" style={{ background: verdict.color }} aria-hidden="true" />}
                      {verdict?.label ?? (c.verdict || 'No verdict')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          {claim && (
            <ClaimDetail
              claim={claim}
              sources={sources}
              scale={scale}
              readOnly={readOnly}
              history={history}
              conclusionRef={conclusion}
              evidenceRequest={evidenceRequest}
              onChange={change}
            />
          )}
        </>
      )}
    </aside>
  );
}

function SessionNotes({
  session,
  readOnly,
  onSaved,
  onError,
}: {
  session: FactCheckSession;
  readOnly: boolean;
  onSaved: (session: FactCheckSession) => void;
  onError: (message: string) => void;
}) {
  const api = useApi();
  const [notes, setNotes] = useState(session.notes);
  const [publishedUrl, setPublishedUrl] = useState(session.publishedUrl);
  const saved = useRef({ notes: session.notes, publishedUrl: session.publishedUrl });

  // Saved shortly after typing stops, like everything else.
  useEffect(() => {
    if (notes === saved.current.notes && publishedUrl === saved.current.publishedUrl) return;
    const timer = setTimeout(() => {
      saved.current = { notes, publishedUrl };
      api.call('sessions.update', { id: session.id, changes: { notes, publishedUrl } }).then(onSaved, (e: Error) => onError(e.message));
    }, 600);
    return () => clearTimeout(timer);
  }, [api, session.id, notes, publishedUrl, onSaved, onError]);
  return (
    <fieldset className="session-notes" disabled={readOnly}>
      <label>
        Session notes
        <textarea rows={2} dir="auto" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label>
        Published at (URL of the fact-check, for ClaimReview)
        <input type="url" value={publishedUrl} onChange={(e) => setPublishedUrl(e.target.value)} />
      </label>
    </fieldset>
  );
}
