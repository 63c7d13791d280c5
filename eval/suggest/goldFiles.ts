/**
 * Reading the gold files (eval/suggest/gold/*.json) and their texts, with every check that keeps the evaluation
 * honest: the shape is right, offsets are in range, and each span still holds the words it was labelled on (`exact`,
 * or the first 16 hex digits of the SHA-256 of its UTF-8 text for a text that may not be copied into the project).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_TYPES } from '../../src/shared/domain/annotation';
import type { GoldClaim, GoldLabels, GoldQuote, GoldSource, Span } from './scoreSuggestions';

export interface GoldArticle extends GoldLabels {
  /** file name without .json */
  id: string;
  title: string;
  /** path relative to the project root */
  textPath: string;
  license: string;
  text: string;
}

/** The gold file is not shaped as the guideline says: the evaluation must stop. */
export class MalformedGoldError extends Error {
  override name = 'MalformedGoldError';
}

/** The text no longer holds the labelled words at the labelled offsets: labels or text changed. */
export class GoldDriftError extends Error {
  override name = 'GoldDriftError';
}

export interface LoadedGold {
  articles: GoldArticle[];
  /** gold files whose text is not on this machine (the shared fixture lives outside the project) */
  skipped: { id: string; textPath: string }[];
}

export function sha256Prefix(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function loadGold(root: string, goldDir = path.join(root, 'eval', 'suggest', 'gold')): LoadedGold {
  const files = fs
    .readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new MalformedGoldError(`No gold files in ${goldDir}.`);
  const articles: GoldArticle[] = [];
  const skipped: LoadedGold['skipped'] = [];
  for (const file of files) {
    const id = file.replace(/\.json$/u, '');
    const where = path.join(goldDir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(where, 'utf8'));
    } catch (error) {
      throw new MalformedGoldError(`${file}: not valid JSON (${(error as Error).message}).`);
    }
    const header = parseHeader(file, raw);
    const textFile = path.resolve(root, header.textPath);
    if (!fs.existsSync(textFile)) {
      skipped.push({ id, textPath: header.textPath });
      continue;
    }
    const text = fs.readFileSync(textFile, 'utf8');
    articles.push({ id, ...header, text, ...parseLabels(file, raw as Record<string, unknown>, text) });
  }
  return { articles, skipped };
}

function parseHeader(file: string, raw: unknown): { title: string; textPath: string; license: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new MalformedGoldError(`${file}: the top level must be an object.`);
  const record = raw as Record<string, unknown>;
  for (const key of ['title', 'text', 'license'] as const) {
    if (typeof record[key] !== 'string' || (record[key] as string).length === 0)
      throw new MalformedGoldError(`${file}: "${key}" must be a non-empty string.`);
  }
  for (const key of ['quotes', 'sources', 'claims'] as const) {
    if (!Array.isArray(record[key])) throw new MalformedGoldError(`${file}: "${key}" must be an array.`);
  }
  return { title: record.title as string, textPath: record.text as string, license: record.license as string };
}

/** Exported for tests: checks one file's labels against its text. */
export function parseLabels(file: string, record: Record<string, unknown>, text: string): GoldLabels {
  const quotes = (record.quotes as unknown[]).map((entry, i): GoldQuote => {
    const where = `${file}: quotes[${i}]`;
    const span = checkedSpan(where, entry, text);
    const speaker = (entry as Record<string, unknown>).speaker;
    if (speaker !== null && (typeof speaker !== 'string' || speaker.trim() === ''))
      throw new MalformedGoldError(`${where}: "speaker" must be a name or null.`);
    return { ...span, speaker: speaker as string | null };
  });
  const sources = (record.sources as unknown[]).map((entry, i): GoldSource => {
    const where = `${file}: sources[${i}]`;
    const span = checkedSpan(where, entry, text);
    const { source, sourceType } = entry as Record<string, unknown>;
    if (typeof source !== 'string' || source.trim() === '') throw new MalformedGoldError(`${where}: "source" must be a non-empty string.`);
    if (typeof sourceType !== 'string' || !(SOURCE_TYPES as readonly string[]).includes(sourceType)) {
      throw new MalformedGoldError(`${where}: "sourceType" must be one of ${SOURCE_TYPES.join(', ')}.`);
    }
    return { ...span, source, sourceType };
  });
  const claims = (record.claims as unknown[]).map((entry, i): GoldClaim => checkedSpan(`${file}: claims[${i}]`, entry, text));
  for (const [kind, spans] of [
    ['quotes', quotes],
    ['sources', sources],
    ['claims', claims],
  ] as const) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end)
        throw new MalformedGoldError(
          `${file}: two ${kind} overlap (${sorted[i - 1]!.start}–${sorted[i - 1]!.end} and ${sorted[i]!.start}–${sorted[i]!.end}).`,
        );
    }
  }
  return { quotes, sources, claims };
}

function checkedSpan(where: string, entry: unknown, text: string): Span {
  if (!entry || typeof entry !== 'object') throw new MalformedGoldError(`${where}: must be an object.`);
  const { start, end, exact, sha256 } = entry as Record<string, unknown>;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw new MalformedGoldError(`${where}: "start" and "end" must be integers with 0 ≤ start < end.`);
  }
  if (exact === undefined && sha256 === undefined) throw new MalformedGoldError(`${where}: needs "exact" or "sha256".`);
  if (exact !== undefined && typeof exact !== 'string') throw new MalformedGoldError(`${where}: "exact" must be a string.`);
  if (sha256 !== undefined && (typeof sha256 !== 'string' || !/^[0-9a-f]{16}$/u.test(sha256))) {
    throw new MalformedGoldError(`${where}: "sha256" must be 16 lower-case hex digits.`);
  }
  if ((end as number) > text.length)
    throw new GoldDriftError(`${where}: ends at ${end as number}, past the end of the text (${text.length}).`);
  const slice = text.slice(start as number, end as number);
  if (exact !== undefined && slice !== exact) {
    throw new GoldDriftError(
      `${where}: the text at ${start as number}–${end as number} is ${JSON.stringify(slice)}, not ${JSON.stringify(exact)}.`,
    );
  }
  if (sha256 !== undefined && sha256Prefix(slice) !== sha256) {
    throw new GoldDriftError(
      `${where}: the text at ${start as number}–${end as number} no longer has the labelled SHA-256 (${sha256 as string}).`,
    );
  }
  return { start: start as number, end: end as number };
}
