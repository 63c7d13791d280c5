/**
 * Mounts the ProseMirror view for a document session. The session owns the state; the view
 * only renders it and hands every transaction back.
 */
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import { useSettingsHandle } from '../settings/SettingsContext';
import type { DocumentSession } from '../article/documentSession';
import { cleanPastedHtml } from './pastedHtml';

/** The editor element's attributes; spell-checking only when the settings name languages for it. */
function attributes(spellcheck: boolean): Record<string, string> {
  return {
    class: 'article-text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Article text',
    spellcheck: spellcheck ? 'true' : 'false',
  };
}

export function ArticleEditor({ session, language }: { session: DocumentSession; language: string }) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const spellcheck = (useSettingsHandle()?.settings.spellcheckLanguages.length ?? 0) > 0;
  const spellcheckAtStart = useRef(spellcheck);

  useEffect(() => {
    const created = new EditorView(mount.current as HTMLDivElement, {
      state: session.editorState,
      dispatchTransaction: (tr) => session.dispatchTransaction(tr),
      transformPastedHTML: cleanPastedHtml,
      attributes: attributes(spellcheckAtStart.current),
    });
    view.current = created;
    session.attachView(created);
    return () => {
      session.detachView(created);
      created.destroy();
      view.current = null;
    };
  }, [session]);

  useEffect(() => {
    view.current?.setProps({ attributes: attributes(spellcheck) });
  }, [spellcheck]);

  return <div ref={mount} className="article-editor" lang={language || undefined} />;
}
