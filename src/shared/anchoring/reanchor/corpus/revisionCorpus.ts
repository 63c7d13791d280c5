/**
 * The revision corpus: scenarios of edits to the fixture article, each with annotations and where
 * every one of them must land. revisions.json (written by scripts/make-revision-corpus.mjs) holds
 * only edit operations and anchor snippets, never the article; this module rebuilds each
 * scenario's old and new texts from the article's text, which the caller reads (tests and
 * benchmarks: ../shared/fixtures/000_16baf4ff779ed96d.txt from the project root).
 */
import { textQuoteAt, type TextRange } from '../../textQuote';
import type { AnchorStatus } from '../outcomes';
import type { AnchorTarget } from '../reanchor';
import revisions from './revisions.json';

/** A stretch of text: the occurrence-th `text`, or from the occurrence-th `from` to the end of the first `to` after it. */
export type Span = { text: string; occurrence: number } | { from: string; to: string; occurrence: number };

export type EditOp =
  | { op: 'replace'; find: string; occurrence?: number; with: string }
  | { op: 'replaceAll'; find: string; with: string }
  | { op: 'replaceSpan'; from: string; through: string; occurrence?: number; with: string }
  | { op: 'move' | 'copy'; from: string; through: string; occurrence?: number; before: string; join?: string }
  | { op: 'wrap'; width: number };

export type Expectation =
  | { kind: 'orphan' }
  /** Lands on `text` at one of `ranges` (more than one when either of two copies will do). */
  | { kind: 'lands'; text: string; ranges: TextRange[]; status?: AnchorStatus; review?: boolean };

export interface RevisionScenario {
  name: string;
  description: string;
  oldText: string;
  newText: string;
  targets: AnchorTarget[];
  /** One per target, same order. */
  expectations: Expectation[];
}

/** Builds every scenario of the corpus (by default the committed revisions.json) from the fixture article's text. */
export function loadRevisionCorpus(fixtureText: string, corpus: unknown = revisions): RevisionScenario[] {
  const scenarios = field(corpus, 'scenarios', 'corpus');
  if (!Array.isArray(scenarios)) throw new Error('Revision corpus: "scenarios" must be a list.');
  return scenarios.map((scenario: unknown, index) => buildScenario(fixtureText, scenario, `scenario ${index}`));
}

function buildScenario(fixtureText: string, raw: unknown, where: string): RevisionScenario {
  const name = text(field(raw, 'name', where), `${where}.name`);
  const base = field(raw, 'base', name);
  const oldText = applyEdits(fixtureText, base === undefined ? [] : list(base, `${name}.base`).map((op) => editOp(op, name)));
  const newText = applyEdits(
    oldText,
    list(field(raw, 'edits', name), `${name}.edits`).map((op) => editOp(op, name)),
  );
  const targets: AnchorTarget[] = [];
  const expectations: Expectation[] = [];
  for (const annotation of list(field(raw, 'annotations', name), `${name}.annotations`)) {
    const id = text(field(annotation, 'id', name), `${name}: annotation id`);
    const range = resolveSpan(oldText, span(field(annotation, 'quote', id), undefined));
    targets.push({ id, start: range.start, end: range.end, ...textQuoteAt(oldText, range) });
    expectations.push(expectation(newText, annotation, `${name}/${id}`));
  }
  return { name, description: text(field(raw, 'description', name), `${name}.description`), oldText, newText, targets, expectations };
}

function expectation(newText: string, annotation: unknown, where: string): Expectation {
  const expect = field(annotation, 'expect', where);
  if (expect === 'orphan') return { kind: 'orphan' };
  const occurrences = field(expect, 'occurrence', where);
  const ranges = (Array.isArray(occurrences) ? occurrences : [occurrences ?? 0]).map((occurrence: unknown) =>
    resolveSpan(newText, span(expect, count(occurrence, `${where}.expect.occurrence`))),
  );
  const first = ranges[0];
  if (!first) throw new Error(`Revision corpus: ${where} expects no occurrence.`);
  const result: Expectation = { kind: 'lands', text: newText.slice(first.start, first.end), ranges };
  const status = field(annotation, 'status', where);
  if (status !== undefined) result.status = anchorStatus(status, where);
  const review = field(annotation, 'review', where);
  if (review !== undefined) {
    if (typeof review !== 'boolean') throw new Error(`Revision corpus: ${where}.review must be true or false.`);
    result.review = review;
  }
  return result;
}

/** Applies edit operations in order. */
export function applyEdits(text: string, ops: readonly EditOp[]): string {
  let result = text;
  for (const op of ops) result = applyEdit(result, op);
  return result;
}

function applyEdit(text: string, op: EditOp): string {
  switch (op.op) {
    case 'replace': {
      const at = indexOfOccurrence(text, op.find, op.occurrence ?? 0);
      return text.slice(0, at) + op.with + text.slice(at + op.find.length);
    }
    case 'replaceAll':
      if (!text.includes(op.find)) throw new Error(`Revision corpus: nothing to replace: ${JSON.stringify(op.find)}`);
      return text.split(op.find).join(op.with);
    case 'replaceSpan': {
      const piece = pieceRange(text, op.from, op.through, op.occurrence ?? 0);
      return text.slice(0, piece.start) + op.with + text.slice(piece.end);
    }
    case 'copy':
    case 'move': {
      const piece = pieceRange(text, op.from, op.through, op.occurrence ?? 0);
      const moved = text.slice(piece.start, piece.end) + (op.join ?? '');
      const rest = op.op === 'move' ? text.slice(0, piece.start) + text.slice(piece.end) : text;
      const at = indexOfOccurrence(rest, op.before, 0);
      return rest.slice(0, at) + moved + rest.slice(at);
    }
    case 'wrap':
      return wrapLines(text, op.width);
  }
}

/** Breaks every line longer than `width` at its last space before the limit (the script's rule, exactly). */
function wrapLines(text: string, width: number): string {
  const breaks = new Set<number>();
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (char === ' ') {
      if (i - lineStart > width && lastSpace > lineStart) {
        breaks.add(lastSpace);
        lineStart = lastSpace + 1;
      }
      lastSpace = i;
    }
  }
  return text
    .split('')
    .map((char, i) => (breaks.has(i) ? '\n' : char))
    .join('');
}

export function resolveSpan(text: string, target: Span): TextRange {
  if ('text' in target) {
    const start = indexOfOccurrence(text, target.text, target.occurrence);
    return { start, end: start + target.text.length };
  }
  const start = indexOfOccurrence(text, target.from, target.occurrence);
  const to = indexOfOccurrence(text, target.to, 0, start + target.from.length);
  return { start, end: to + target.to.length };
}

function pieceRange(text: string, from: string, through: string, occurrence: number): TextRange {
  const start = indexOfOccurrence(text, from, occurrence);
  return { start, end: indexOfOccurrence(text, through, 0, start) + through.length };
}

function indexOfOccurrence(text: string, find: string, occurrence: number, from = 0): number {
  let at = find === '' ? -1 : text.indexOf(find, from);
  for (let i = 0; i < occurrence && at !== -1; i++) at = text.indexOf(find, at + 1);
  if (at === -1) throw new Error(`Revision corpus: not found (occurrence ${occurrence}): ${JSON.stringify(find)}`);
  return at;
}

// Checking the JSON's shape: it is data, so every field is checked before use.

function field(value: unknown, key: string, where: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`Revision corpus: ${where} must be an object.`);
  return (value as Record<string, unknown>)[key];
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Revision corpus: ${where} must be a list.`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`Revision corpus: ${where} must be a string.`);
  return value;
}

function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Error(`Revision corpus: ${where} must be a whole number ≥ 0.`);
  return value;
}

function optionalCount(value: unknown, where: string): number | undefined {
  return value === undefined ? undefined : count(value, where);
}

function span(value: unknown, occurrence: number | undefined): Span {
  const at = occurrence ?? optionalCount(field(value, 'occurrence', 'span'), 'span.occurrence') ?? 0;
  const words = field(value, 'text', 'span');
  if (words !== undefined) return { text: text(words, 'span.text'), occurrence: at };
  return { from: text(field(value, 'from', 'span'), 'span.from'), to: text(field(value, 'to', 'span'), 'span.to'), occurrence: at };
}

function anchorStatus(value: unknown, where: string): AnchorStatus {
  if (value === 'exact' || value === 'moved' || value === 'fuzzy' || value === 'orphaned') return value;
  throw new Error(`Revision corpus: ${where}.status must be exact, moved, fuzzy or orphaned.`);
}

function editOp(value: unknown, where: string): EditOp {
  const op = field(value, 'op', where);
  const str = (key: string): string => text(field(value, key, where), `${where}: ${String(op)}.${key}`);
  const occurrence = optionalCount(field(value, 'occurrence', where), `${where}: occurrence`);
  switch (op) {
    case 'replace':
      return { op, find: str('find'), with: str('with'), ...(occurrence === undefined ? {} : { occurrence }) };
    case 'replaceAll':
      return { op, find: str('find'), with: str('with') };
    case 'replaceSpan':
      return { op, from: str('from'), through: str('through'), with: str('with'), ...(occurrence === undefined ? {} : { occurrence }) };
    case 'move':
    case 'copy': {
      const join = field(value, 'join', where);
      return {
        op,
        from: str('from'),
        through: str('through'),
        before: str('before'),
        ...(occurrence === undefined ? {} : { occurrence }),
        ...(join === undefined ? {} : { join: text(join, `${where}: join`) }),
      };
    }
    case 'wrap':
      return { op, width: count(field(value, 'width', where), `${where}: wrap.width`) };
    default:
      throw new Error(`Revision corpus: ${where}: unknown edit ${JSON.stringify(op)}.`);
  }
}
