import { useSyncExternalStore } from 'react';
import type { DocumentSession, SessionSnapshot } from '../article/documentSession';

export function useSessionSnapshot(session: DocumentSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
