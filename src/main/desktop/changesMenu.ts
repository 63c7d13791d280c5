/** When the desktop app rebuilds its native menu after a call from the page. */

/**
 * Whether a successful call changed what the menu shows (recent documents and their titles). Autosave sends
 * `documents.update` every few hundred milliseconds while someone types, so only a title change counts there,
 * and of the settings only the document opened.
 */
export function changesMenu(method: unknown, input: unknown): boolean {
  const has = (key: string, value: unknown) => typeof value === 'object' && value !== null && key in value;
  switch (method) {
    case 'documents.create':
    case 'documents.import':
    case 'documents.delete':
    case 'documents.restore':
      return true;
    case 'documents.update':
      return has('changes', input) && has('title', (input as { changes: unknown }).changes);
    case 'settings.update':
      return has('changes', input) && has('lastDocumentId', (input as { changes: unknown }).changes);
    default:
      return false;
  }
}
