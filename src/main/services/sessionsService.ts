/**
 * Fact-check sessions: a checker works through an article's claims. A session is active, paused
 * or closed; only active time counts as elapsed; a closed session is read-only until reopened.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/contract/errors';
import type { ApiParsedInput } from '../../shared/contract/api';
import type { FactCheckSession } from '../../shared/domain/factCheck';
import type { DocumentStore } from '../storage/documentStore';
import type { SessionStore, StoredSession } from '../storage/sessionStore';
import type { Clock } from './clock';
import { definedOnly } from '../../shared/util/definedOnly';

export class SessionsService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly sessions: SessionStore,
    private readonly now: Clock,
    private readonly checkerName: () => string,
  ) {}

  list({ documentId }: ApiParsedInput<'sessions.list'>): FactCheckSession[] {
    if (!this.documents.summary(documentId)) throw new ApiError('not_found', 'That document does not exist (it may have been deleted).');
    const time = this.now();
    return this.sessions.list(documentId).map((stored) => withElapsed(stored, time));
  }

  get(id: string): FactCheckSession {
    return withElapsed(this.stored(id), this.now());
  }

  start({ documentId }: ApiParsedInput<'sessions.start'>): FactCheckSession {
    if (!this.documents.summary(documentId)) throw new ApiError('not_found', 'That document does not exist (it may have been deleted).');
    const time = this.now();
    const stored: StoredSession = {
      session: {
        id: randomUUID(),
        documentId,
        checker: this.checkerName(),
        state: 'active',
        notes: '',
        publishedUrl: '',
        startedAt: time,
        closedAt: null,
        updatedAt: time,
      },
      activeMs: 0,
      resumedAt: time,
    };
    this.sessions.insert(stored);
    return withElapsed(stored, time);
  }

  update({ id, changes }: ApiParsedInput<'sessions.update'>): FactCheckSession {
    const stored = this.stored(id);
    if (stored.session.state === 'closed') throw new ApiError('conflict', 'This session is closed: reopen it to change it.');
    const time = this.now();
    const next = { ...stored, session: { ...stored.session, ...definedOnly(changes), updatedAt: time } };
    this.sessions.save(next);
    return withElapsed(next, time);
  }

  /** Pause, resume, close, or reopen (closed → active). */
  setState({ id, state }: ApiParsedInput<'sessions.setState'>): FactCheckSession {
    const stored = this.stored(id);
    const time = this.now();
    const banked = stored.activeMs + activeSince(stored, time);
    const running = state === 'active';
    const next: StoredSession = {
      session: {
        ...stored.session,
        state,
        closedAt: state === 'closed' ? (stored.session.state === 'closed' ? stored.session.closedAt : time) : null,
        updatedAt: time,
      },
      activeMs: banked,
      resumedAt: running ? time : null,
    };
    this.sessions.save(next);
    return withElapsed(next, time);
  }

  private stored(id: string): StoredSession {
    const stored = this.sessions.get(id);
    if (!stored || !this.documents.summary(stored.session.documentId))
      throw new ApiError('not_found', 'That fact-check session does not exist.');
    return stored;
  }
}

function activeSince(stored: StoredSession, time: string): number {
  if (stored.session.state !== 'active' || stored.resumedAt === null) return 0;
  return Math.max(0, Date.parse(time) - Date.parse(stored.resumedAt));
}

function withElapsed(stored: StoredSession, time: string): FactCheckSession {
  return { ...stored.session, elapsedMs: Math.round(stored.activeMs + activeSince(stored, time)) };
}
