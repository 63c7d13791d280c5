/**
 * The editor's plugins: undo history, the keymaps (tagging shortcuts first, then formatting,
 * lists and the base editing keys), the annotation highlights (and typing inside them), the suggestion outlines
 * and find.
 */
import type { Plugin, Command } from 'prosemirror-state';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, toggleMark, chainCommands, exitCode } from 'prosemirror-commands';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { articleSchema } from '../../shared/editor/schema';
import { TAG_SHORTCUTS } from '../../shared/commands/shortcuts';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../shared/domain/annotation';
import { annotationPlugin, type AnnotationPluginOptions } from './annotationPlugin';
import { editInsideHighlightsPlugin } from './editInsideHighlights';
import { suggestionPlugin, type SuggestionPluginOptions } from './suggestionPlugin';
import { findPlugin } from '../find/findPlugin';

export interface EditorPluginOptions extends AnnotationPluginOptions, SuggestionPluginOptions {
  onTag(kind: AnnotationKind): void;
}

export function editorPlugins(options: EditorPluginOptions): Plugin[] {
  const tagKeys: Record<string, Command> = {};
  for (const kind of ANNOTATION_KINDS) {
    const command: Command = () => {
      options.onTag(kind);
      return true;
    };
    const keys = TAG_SHORTCUTS[kind].keys;
    tagKeys[keys] = command;
    // Some platforms report the shifted letter; bind both spellings.
    tagKeys[keys.replace(/-([a-z])$/, (_, letter: string) => `-${letter.toUpperCase()}`)] = command;
  }
  const { schema } = { schema: articleSchema };
  const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break!.create()).scrollIntoView());
    return true;
  });
  return [
    history(),
    keymap(tagKeys),
    keymap({
      'Mod-z': undo,
      'Mod-Shift-z': redo,
      'Mod-y': redo,
      'Mod-b': toggleMark(schema.marks.strong!),
      'Mod-i': toggleMark(schema.marks.em!),
      'Shift-Enter': hardBreak,
      Enter: splitListItem(schema.nodes.list_item!),
      'Mod-[': liftListItem(schema.nodes.list_item!),
      'Mod-]': sinkListItem(schema.nodes.list_item!),
    }),
    keymap(baseKeymap),
    annotationPlugin(options),
    editInsideHighlightsPlugin(),
    suggestionPlugin(options),
    findPlugin(),
  ];
}
