/**
 * The names of the contract's methods, without their schemas: all the Electron preload needs
 * to expose one function per method, so the sandboxed preload bundle stays tiny.
 * api.ts holds the schemas and is checked against this list at compile time.
 */
export const API_METHOD_NAMES = [
  'documents.list',
  'documents.get',
  'documents.create',
  'documents.update',
  'documents.delete',
  'documents.restore',
  'documents.import',
  'documents.export',
  'documents.revise',
  'documents.versions',
  'documents.diff',
  'annotations.list',
  'annotations.get',
  'annotations.create',
  'annotations.createMany',
  'annotations.update',
  'annotations.delete',
  'annotations.restore',
  'annotations.import',
  'annotations.reattach',
  'annotations.acceptAnchor',
  'settings.get',
  'settings.update',
  'settings.editVerdictScale',
  'annotations.history',
  'sessions.list',
  'sessions.start',
  'sessions.update',
  'sessions.setState',
  'sessions.export',
  'suggestions.rejected',
  'suggestions.reject',
  'suggestions.unreject',
  'backups.list',
  'backups.create',
  'backups.restore',
  'app.notices',
] as const;

export type ApiMethodName = (typeof API_METHOD_NAMES)[number];

/** The IPC channel a method travels on in Electron. */
export function ipcChannel(method: ApiMethodName): string {
  return `pressmark:${method}`;
}

/** The property of window under which the preload exposes the contract. */
export const BRIDGE_GLOBAL = 'pressmarkBridge';
