/**
 * Escaping user text for each output format, so a note like <img src=x onerror=alert(1)> or a
 * CSV cell starting with "=" stays inert text wherever it is written.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/**
 * Text for Markdown: the characters that can start inline markup (emphasis, code, links, raw HTML,
 * tables, strikethrough, entities) are backslash-escaped, as CommonMark allows for any ASCII
 * punctuation. Characters that only matter at the start of a line are handled by
 * escapeMarkdownLineStarts, so ordinary prose keeps its hyphens and full stops.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`).replace(/!(?=\\\[)/g, '\\!');
}

/**
 * Escapes what would make a line of Markdown text a block of its own: a heading (#), a
 * blockquote (>), a list item ("- ", "+ ", "* ", "1. ", "1) ") or a setext underline / rule.
 */
export function escapeMarkdownLineStarts(text: string): string {
  return text
    .replace(/^(\s*)(#{1,6})(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)([-+*])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/gm, '$1$2\\$3')
    .replace(/^(\s*)([=-])(?=[=-]*\s*$)/gm, '$1\\$2');
}

/** Markdown table cells: escaped, on one line. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * One RFC 4180 CSV field. Cells that a spreadsheet would read as a formula (starting with =, +,
 * -, @, tab or carriage return) get a leading apostrophe, as OWASP recommends, so they show as text.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
