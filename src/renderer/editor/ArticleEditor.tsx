/**
 * Mounts the ProseMirror view for a document session. The session owns the state; the view
 * only renders it and hands every transaction back.
 */
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import type { DocumentSession } from '../article/documentSession';
import { cleanPastedHtml } from './pastedHtml';

export function ArticleEditor({ session, language }: { session: DocumentSession; language: string }) {
  const mount = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const view = new EditorView(mount.current as HTMLDivElement, {
      state: session.editorState,
      dispatchTransaction: (tr) => session.dispatchTransaction(tr),
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        class: 'article-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Article text',
        spellcheck: 'false',
      },
    });
    session.attachView(view);
    return () => {
      session.detachView(view);
      view.destroy();
    };
  }, [session]);

  return <div ref={mount} className="article-editor" lang={language || undefined} />;
}
