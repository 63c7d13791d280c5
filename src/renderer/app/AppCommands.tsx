/**
 * The commands that work on any screen — new, open, settings, zoom, shortcuts, about — and the ways commands
 * arrive besides the keyboard: the browser host's menu bar, or the desktop app's native menu (through the
 * preload's checked menu events). A command nothing on screen can carry out says so instead of doing nothing.
 */
import { useEffect, useRef, useState } from 'react';
import type { RendererApi } from '../api/createApi';
import type { RecentDocument } from '../../shared/commands/menuModel';
import { commandById } from '../../shared/commands/commands';
import { ARTICLE_EXTENSIONS } from '../../shared/import/fileTypes';
import { plainTextToDoc, splitHeadline } from '../../shared/editor/fromPlainText';
import type { PmNodeJson } from '../../shared/domain/document';
import { useCommand, useCommands } from '../commands/CommandContext';
import { MenuBar } from '../commands/MenuBar';
import { ShortcutSheet } from '../commands/ShortcutSheet';
import { AboutDialog } from '../commands/AboutDialog';
import { BackupsDialog } from '../backups/BackupsDialog';
import { StartupNotices } from '../backups/StartupNotices';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useFilePicker } from '../files/ImportFilesButton';
import { useSettingsHandle } from '../settings/SettingsContext';
import type { ToastStore } from '../ui/toastStore';

/** After a restore every view holds stale data: start the page again on the restored library. */
const reloadAfterRestore = () => window.location.reload();

const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

export function AppCommands({
  api,
  toasts,
  onOpenDocument,
  onNewFromText,
}: {
  api: RendererApi;
  toasts: ToastStore;
  onOpenDocument: (id: string) => void;
  onNewFromText: () => void;
}) {
  const registry = useCommands();
  const handle = useSettingsHandle();
  const [dialog, setDialog] = useState<'settings' | 'shortcuts' | 'about' | 'backups' | null>(null);
  const [recent, setRecent] = useState<RecentDocument[]>([]);
  const picker = useFilePicker('Open articles', ARTICLE_EXTENSIONS);
  const zoom = handle?.settings.zoom ?? 1;
  const recentIds = handle?.settings.recentDocumentIds.join(',') ?? '';

  useCommand('file.newFromText', onNewFromText);
  useCommand('file.open', picker.open);
  useCommand('file.settings', () => setDialog('settings'));
  useCommand('help.shortcuts', () => setDialog('shortcuts'));
  useCommand('help.about', () => setDialog('about'));
  useCommand('file.backups', () => setDialog('backups'));
  useCommand('file.newFromClipboard', () => {
    void newFromClipboard(api, toasts).then((id) => id && onOpenDocument(id));
  });
  // Zoom steps apply at once (quick presses add up) and are saved behind.
  const shownZoom = useRef(zoom);
  const applyZoom = (next: number) => {
    shownZoom.current = next;
    // Through the CSSOM, which the style-src 'self' policy allows (unlike style attributes).
    document.documentElement.style.setProperty('zoom', String(next));
  };
  const setZoom = (step: (current: number) => number) => {
    const next = step(shownZoom.current);
    applyZoom(next);
    void handle?.update({ zoom: next }).catch((error: Error) => toasts.show(error.message));
  };
  useCommand('view.zoomIn', () => setZoom((z) => ZOOM_STEPS.find((step) => step > z + 0.001) ?? z));
  useCommand('view.zoomOut', () => setZoom((z) => [...ZOOM_STEPS].reverse().find((step) => step < z - 0.001) ?? z));
  useCommand('view.zoomReset', () => setZoom(() => 1));
  // From the browser host's menu bar (the native menu does these itself); the keys stay with the platform.
  useCommand('edit.copy', () => document.execCommand('copy'));
  useCommand('edit.cut', () => document.execCommand('cut'));

  useEffect(() => applyZoom(zoom), [zoom]);

  // Recent documents with their titles, for File → Recent Documents (deleted ones drop out).
  useEffect(() => {
    if (!recentIds) return setRecent([]);
    api.client.call('documents.list', {}).then(
      (documents) => {
        const titles = new Map(documents.map((d) => [d.id, d.title]));
        setRecent(recentIds.split(',').flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : [])));
      },
      () => setRecent([]),
    );
  }, [api, recentIds]);

  // The native menu (desktop app only).
  useEffect(
    () =>
      api.onMenuEvent?.((event) => {
        if (event.type === 'openDocument') return onOpenDocument(event.documentId);
        if (!registry.run(event.id)) toasts.show(`“${commandById(event.id).label.replace(/…$/, '')}” needs an open article.`);
      }),
    [api, registry, toasts, onOpenDocument],
  );

  return (
    <>
      {api.host === 'browser' && <MenuBar recent={recent} onOpenDocument={onOpenDocument} />}
      {picker.input}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutSheet onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'backups' && <BackupsDialog onClose={() => setDialog(null)} onRestored={reloadAfterRestore} />}
      <StartupNotices onRestored={reloadAfterRestore} />
    </>
  );
}

/** File → New from Clipboard: the clipboard's text becomes a new article (its first short line the title). */
async function newFromClipboard(api: RendererApi, toasts: ToastStore): Promise<string | null> {
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    toasts.show('Pressmark may not read the clipboard here. Use File → New from Pasted Text and paste with the keyboard.');
    return null;
  }
  if (!text.trim()) {
    toasts.show('The clipboard holds no text to make an article from.');
    return null;
  }
  const { title, body } = splitHeadline(text);
  try {
    const created = await api.client.call('documents.create', {
      title: title || 'Untitled article',
      content: plainTextToDoc(title ? body : text).toJSON() as PmNodeJson,
    });
    return created.id;
  } catch (error) {
    toasts.show(`Could not make an article from the clipboard: ${(error as Error).message}`);
    return null;
  }
}
