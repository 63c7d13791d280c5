/**
 * Every command a person can give Pressmark, defined once: its menu, its label and its keys.
 * The Electron menu, the browser host's menu bar, toolbar tooltips, aria-keyshortcuts, the
 * keyboard-shortcut sheet and the renderer's key handling all read this table.
 *
 * Keys use ProseMirror's notation ("Alt-Shift-q", "Mod-z"; Mod is Cmd on macOS, Ctrl elsewhere).
 * Commands with a `role` are carried out by the platform (Electron menu roles, the browser's own
 * editing) rather than by Pressmark's code.
 */
export const MENUS = ['file', 'edit', 'annotate', 'check', 'view', 'help'] as const;
export type MenuId = (typeof MENUS)[number];

export const MENU_LABELS: Record<MenuId, string> = {
  file: 'File',
  edit: 'Edit',
  annotate: 'Annotate',
  check: 'Check',
  view: 'View',
  help: 'Help',
};

/** Where a command makes sense: anywhere, or only with an article open. */
export type CommandScope = 'app' | 'article';

/** Platform-performed editing and window commands (Electron menu roles). */
export type CommandRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit';

export interface CommandDefinition {
  id: string;
  menu: MenuId;
  label: string;
  keys?: string;
  /** More keys that do the same (shown in the shortcut sheet, not in menus). */
  altKeys?: readonly string[];
  scope: CommandScope;
  role?: CommandRole;
  /** Starts a new group in its menu (a separator before it). */
  group?: boolean;
}

const command = <const C extends CommandDefinition>(definition: C): C => definition;

/** "Verdict n" gives the n-th verdict of the workspace's scale to the current claim. */
const verdict = <const N extends 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9>(n: N) =>
  command({
    id: `check.verdict.${n}` as `check.verdict.${N}`,
    menu: 'check',
    label: `Verdict ${n}`,
    keys: `Alt-${n}`,
    scope: 'article',
    group: n === 1,
  });

export const COMMANDS = [
  // File
  command({ id: 'file.newFromClipboard', menu: 'file', label: 'New from Clipboard', keys: 'Mod-Shift-n', scope: 'app' }),
  command({ id: 'file.newFromText', menu: 'file', label: 'New from Pasted Text…', keys: 'Mod-n', scope: 'app' }),
  command({ id: 'file.open', menu: 'file', label: 'Open…', keys: 'Mod-o', scope: 'app' }),
  command({ id: 'file.importAnnotations', menu: 'file', label: 'Import Annotations…', keys: 'Mod-Shift-i', scope: 'article' }),
  command({ id: 'file.export.html', menu: 'file', label: 'Export Report (HTML)…', keys: 'Mod-e', scope: 'article', group: true }),
  command({ id: 'file.export.pdf', menu: 'file', label: 'Export Report (PDF)…', scope: 'article' }),
  command({ id: 'file.export.docx', menu: 'file', label: 'Export Report (Word)…', scope: 'article' }),
  command({ id: 'file.export.md', menu: 'file', label: 'Export Report (Markdown)…', scope: 'article' }),
  command({ id: 'file.export.csv', menu: 'file', label: 'Export Annotations (CSV)…', scope: 'article' }),
  command({ id: 'file.export.jsonld', menu: 'file', label: 'Export Annotations (W3C JSON-LD)…', scope: 'article' }),
  command({ id: 'file.export.claimreview', menu: 'file', label: 'Export ClaimReview (JSON-LD)…', scope: 'article' }),
  command({ id: 'file.close', menu: 'file', label: 'Close Article', keys: 'Mod-w', scope: 'article', group: true }),
  command({ id: 'file.backups', menu: 'file', label: 'Restore from Backup…', scope: 'app', group: true }),
  command({ id: 'file.settings', menu: 'file', label: 'Settings…', keys: 'Mod-,', scope: 'app' }),
  command({ id: 'file.quit', menu: 'file', label: 'Exit', keys: 'Mod-q', scope: 'app', role: 'quit', group: true }),
  // Edit
  command({ id: 'edit.undo', menu: 'edit', label: 'Undo', keys: 'Mod-z', scope: 'app', role: 'undo' }),
  command({ id: 'edit.redo', menu: 'edit', label: 'Redo', keys: 'Mod-Shift-z', altKeys: ['Mod-y'], scope: 'app', role: 'redo' }),
  command({ id: 'edit.cut', menu: 'edit', label: 'Cut', keys: 'Mod-x', scope: 'app', role: 'cut', group: true }),
  command({ id: 'edit.copy', menu: 'edit', label: 'Copy', keys: 'Mod-c', scope: 'app', role: 'copy' }),
  command({ id: 'edit.paste', menu: 'edit', label: 'Paste', keys: 'Mod-v', scope: 'app', role: 'paste' }),
  command({ id: 'edit.selectAll', menu: 'edit', label: 'Select All', keys: 'Mod-a', scope: 'app', role: 'selectAll' }),
  command({ id: 'edit.find', menu: 'edit', label: 'Find in Article…', keys: 'Mod-f', scope: 'article', group: true }),
  command({ id: 'edit.findNext', menu: 'edit', label: 'Find Next', keys: 'Mod-g', altKeys: ['F3'], scope: 'article' }),
  command({ id: 'edit.findPrevious', menu: 'edit', label: 'Find Previous', keys: 'Mod-Shift-g', altKeys: ['Shift-F3'], scope: 'article' }),
  // Annotate
  command({ id: 'tag.quote', menu: 'annotate', label: 'Tag as Quote', keys: 'Alt-Shift-q', scope: 'article' }),
  command({ id: 'tag.source', menu: 'annotate', label: 'Tag as Source', keys: 'Alt-Shift-s', scope: 'article' }),
  command({ id: 'tag.claim', menu: 'annotate', label: 'Tag as Claim', keys: 'Alt-Shift-c', scope: 'article' }),
  command({
    id: 'suggest.toggle',
    menu: 'annotate',
    label: 'Suggest Quotes, Sources and Claims',
    keys: 'Alt-Shift-g',
    scope: 'article',
    group: true,
  }),
  command({
    id: 'annotation.delete',
    menu: 'annotate',
    label: 'Delete Annotation',
    keys: 'Alt-Shift-Backspace',
    scope: 'article',
    group: true,
  }),
  // Check
  command({ id: 'check.session', menu: 'check', label: 'Fact-check Session', keys: 'Alt-Shift-f', scope: 'article' }),
  command({ id: 'check.nextClaim', menu: 'check', label: 'Next Claim', keys: 'Alt-Shift-j', scope: 'article', group: true }),
  command({ id: 'check.previousClaim', menu: 'check', label: 'Previous Claim', keys: 'Alt-Shift-k', scope: 'article' }),
  verdict(1),
  verdict(2),
  verdict(3),
  verdict(4),
  verdict(5),
  verdict(6),
  verdict(7),
  verdict(8),
  verdict(9),
  // View
  command({ id: 'view.sidebar', menu: 'view', label: 'Show or Hide the Side Panel', keys: 'Mod-\\', scope: 'article' }),
  command({ id: 'view.zoomIn', menu: 'view', label: 'Zoom In', keys: 'Mod-=', altKeys: ['Mod-+'], scope: 'app', group: true }),
  command({ id: 'view.zoomOut', menu: 'view', label: 'Zoom Out', keys: 'Mod--', scope: 'app' }),
  command({ id: 'view.zoomReset', menu: 'view', label: 'Actual Size', keys: 'Mod-0', scope: 'app' }),
  command({ id: 'view.theme', menu: 'view', label: 'Dark Mode', keys: 'Alt-Shift-d', scope: 'app', group: true }),
  // Help
  command({ id: 'help.shortcuts', menu: 'help', label: 'Keyboard Shortcuts', keys: 'F1', altKeys: ['?'], scope: 'app' }),
  command({ id: 'help.about', menu: 'help', label: 'About Pressmark', scope: 'app' }),
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** A command with its id typed: the table read as a list, optional fields included. */
export type Command = CommandDefinition & { id: CommandId };
export const COMMAND_LIST: readonly Command[] = COMMANDS;

const BY_ID: ReadonlyMap<string, Command> = new Map(COMMAND_LIST.map((c) => [c.id, c]));

export function commandById(id: CommandId): Command {
  return BY_ID.get(id)!;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The commands of one menu, in order. */
export function commandsOf(menu: MenuId): Command[] {
  return COMMAND_LIST.filter((c) => c.menu === menu);
}
