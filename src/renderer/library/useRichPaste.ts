/**
 * A text box that also accepts rich text: what is pasted from a browser or Word keeps its
 * formatting (reduced to our schema) as long as the pasted text is not edited in the box.
 */
import { useState, type ClipboardEvent } from 'react';
import type { Node } from 'prosemirror-model';
import { plainTextToDoc } from '../../shared/editor/fromPlainText';
import { pastedHtmlToDoc } from '../editor/pastedHtml';

export interface RichPaste {
  text: string;
  setText(text: string): void;
  onPaste(event: ClipboardEvent<HTMLTextAreaElement>): void;
  /** The document for `body` (the box's text, or part of it): the pasted rich text if unedited. */
  toDoc(body: string): Node;
  isRich: boolean;
}

export function useRichPaste(onText?: (text: string) => void): RichPaste {
  const [text, setTextState] = useState('');
  const [rich, setRich] = useState<{ html: string; text: string } | null>(null);
  const setText = (value: string) => {
    setTextState(value);
    if (rich && value !== rich.text) setRich(null);
    onText?.(value);
  };
  return {
    text,
    setText,
    isRich: rich !== null,
    onPaste(event) {
      const html = event.clipboardData.getData('text/html');
      const plain = event.clipboardData.getData('text/plain');
      if (!html || text.trim() !== '') return;
      event.preventDefault();
      setRich({ html, text: plain });
      setTextState(plain);
      onText?.(plain);
    },
    toDoc(body) {
      return rich ? pastedHtmlToDoc(rich.html) : plainTextToDoc(body);
    },
  };
}
