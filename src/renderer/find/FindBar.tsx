/**
 * The find bar of an open article (Mod+F): a search field, "3 of 12", previous and next. Enter and
 * Shift+Enter (or Mod+G, Mod+Shift+G, F3, Shift+F3 anywhere) move between matches; Esc closes it and
 * puts the caret back in the article with the current match selected, ready to tag.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DocumentSession } from '../article/documentSession';
import { useCommand } from '../commands/CommandContext';
import { commandById } from '../../shared/commands/commands';
import { ariaKeyShortcuts, formatShortcut } from '../../shared/commands/shortcuts';
import { isMac } from '../app/platform';
import { findClose, findMove, findSearch, findState, subscribeFind, type FindState } from './findPlugin';
import './find.css';

/** What the count says: "3 of 12", "No matches", or nothing before anything is typed. */
export function describeMatches(value: FindState): string {
  if (value.query.trim() === '') return '';
  const total = value.matches.length;
  if (total === 0) return 'No matches';
  const of = `${total.toLocaleString('en')}${value.capped ? '+' : ''}`;
  return value.current >= 0 ? `${(value.current + 1).toLocaleString('en')} of ${of}` : `${of} matches`;
}

function shortcutTitle(id: 'edit.findNext' | 'edit.findPrevious'): { title: string; 'aria-keyshortcuts': string } {
  const { label, keys } = commandById(id);
  return { title: `${label} (${formatShortcut(keys!, isMac)})`, 'aria-keyshortcuts': ariaKeyShortcuts(keys!, isMac) };
}

export function FindBar({ session }: { session: DocumentSession }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [focusNonce, setFocusNonce] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const value = useSyncExternalStore(subscribeFind, () => findState(session.editorState));

  useEffect(() => {
    if (focusNonce === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusNonce]);

  const search = useCallback((text: string) => session.dispatchTransaction(findSearch(session.editorState, text)), [session]);
  const move = useCallback((step: 1 | -1) => session.dispatchTransaction(findMove(session.editorState, step)), [session]);

  const show = () => {
    // Words selected in one line of the article become the query, as in a browser.
    const { from, to, empty } = session.editorState.selection;
    const selected = empty ? '' : session.editorState.doc.textBetween(from, to, '\n');
    const text = selected && selected.length <= 200 && !selected.includes('\n') && !open ? selected : query;
    setQuery(text);
    setOpen(true);
    setFocusNonce((n) => n + 1);
    if (!open || text !== query) search(text);
  };

  const step = (direction: 1 | -1) => {
    if (!open) {
      setOpen(true);
      setFocusNonce((n) => n + 1);
    }
    move(direction);
  };

  const close = () => {
    session.dispatchTransaction(findClose(session.editorState));
    setOpen(false);
    session.focusEditor();
  };

  useCommand('edit.find', show);
  useCommand('edit.findNext', () => step(1));
  useCommand('edit.findPrevious', () => step(-1));

  if (!open) return null;
  const count = describeMatches(value);
  const none = value.matches.length === 0;
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        className="find-field"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={count === 'No matches' ? true : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          search(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            move(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="find-step"
        aria-label="Previous match"
        disabled={none}
        onClick={() => move(-1)}
        {...shortcutTitle('edit.findPrevious')}
      >
        ↑
      </button>
      <button
        type="button"
        className="find-step"
        aria-label="Next match"
        disabled={none}
        onClick={() => move(1)}
        {...shortcutTitle('edit.findNext')}
      >
        ↓
      </button>
      <button type="button" className="find-close" aria-label="Close find bar" title="Close (Esc)" onClick={close}>
        ×
      </button>
    </div>
  );
}
