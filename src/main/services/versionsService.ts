/**
 * Article versions: "Update article" with a newer text of the same story keeps the current text
 * as a version, moves every annotation to its words in the new text (or marks it as having lost
 * them), and any two versions can be compared.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { AnchorCounts, ApiOutput, ApiParsedInput, DocumentVersion, VersionDiff } from '../../shared/contract/api';
import type { PmNodeJson } from '../../shared/domain/document';
import { annotationLabel, type Annotation } from '../../shared/domain/annotation';
import { reanchor, anchorQuote, needsReview, countOutcomes, type AnchorOutcome } from '../../shared/anchoring/reanchor';
import { textQuoteAt, type TextRange } from '../../shared/anchoring/textQuote';
import { findQuote } from '../../shared/anchoring/findQuote';
import { countChangedWords, wordDiff, type DiffPassage } from '../../shared/text/wordDiff';
import { ImportError } from '../../shared/import/articleFromFile';
import { importArticleFile } from '../import/importArticleFile';
import { prepareContent } from './documentContent';
import type { DocumentStore } from '../storage/documentStore';
import type { AnnotationStore } from '../storage/annotationStore';
import type { StoredVersion, VersionStore } from '../storage/versionStore';
import type { Clock } from './clock';

export class VersionsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentStore,
    private readonly annotations: AnnotationStore,
    private readonly versions: VersionStore,
    private readonly now: Clock,
  ) {}

  list({ id }: ApiParsedInput<'documents.versions'>): DocumentVersion[] {
    this.document(id);
    return this.versions.list(id).map(summary);
  }

  /** The contract form: the new text as content or as a file of any importable format. */
  async revise(input: ApiParsedInput<'documents.revise'>): Promise<ApiOutput<'documents.revise'>> {
    let content = input.content;
    if (input.file) {
      try {
        content = (await importArticleFile(input.file.fileName, Buffer.from(input.file.dataBase64, 'base64'))).content;
      } catch (error) {
        if (error instanceof ImportError) throw new ApiError('invalid_input', error.message);
        throw error;
      }
    }
    return this.reviseContent(input.id, content as PmNodeJson, input.label);
  }

  /** Makes `content` the article's new version and re-anchors every annotation, in one transaction. */
  reviseContent(id: string, content: PmNodeJson, label?: string): ApiOutput<'documents.revise'> {
    const current = this.document(id);
    const next = prepareContent(content);
    if (next.plainText === current.plainText) {
      throw new ApiError('invalid_input', 'The new text is the same as the current one: there is nothing to update.');
    }
    const annotations = this.annotations.listByDocument(id);
    const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned');
    const outcomes = new Map<string, AnchorOutcome>();
    reanchor(current.plainText, next.plainText, placed).forEach((outcome, i) => outcomes.set((placed[i] as Annotation).id, outcome));
    // Annotations that had already lost their words get a chance to find them in the new text.
    for (const annotation of annotations) {
      if (annotation.anchorStatus === 'orphaned') outcomes.set(annotation.id, anchorQuote(next.plainText, annotation));
    }

    const time = this.now();
    const version = this.db.transaction(() => {
      const before = this.keepCurrentText(id, current.plainText, JSON.stringify(current.content), current.createdAt, time);
      const words = countChangedWords(wordDiff(before?.plainText ?? current.plainText, next.plainText));
      const number = (before?.number ?? 0) + 1;
      this.versions.insert({
        id: randomUUID(),
        documentId: id,
        number,
        label: label?.trim() || 'Update',
        contentJson: next.contentJson,
        plainText: next.plainText,
        wordsAdded: words.added,
        wordsRemoved: words.removed,
        createdAt: time,
      });
      this.documents.setContent(id, next.contentJson, next.plainText, time);
      for (const annotation of annotations) this.applyOutcome(annotation, outcomes.get(annotation.id), next.plainText);
      return this.versions.get(id, number) as StoredVersion;
    })();
    return { version: summary(version), counts: countsFor(annotations, outcomes) };
  }

  /** Compares two versions (`to` null: the article as it is now), and names the annotations the changes touch. */
  diff({ id, from, to }: ApiParsedInput<'documents.diff'>): VersionDiff {
    const document = this.document(id);
    const before = this.version(id, from);
    const afterText = to === null ? document.plainText : this.version(id, to).plainText;
    const passages = wordDiff(before.plainText, afterText);
    const words = countChangedWords(passages);
    const changes = changedSpans(passages);
    const touched = this.annotations
      .listByDocument(id)
      .filter((annotation) => touches(annotation, before.plainText, afterText, changes))
      .map((a) => ({ id: a.id, kind: a.kind, exact: a.exact, label: annotationLabel(a), anchorStatus: a.anchorStatus }));
    return { from, to, passages, wordsAdded: words.added, wordsRemoved: words.removed, touched };
  }

  /**
   * Before the first update the article has no versions: its current text becomes version 1.
   * If it was edited in Pressmark since the last update, that text is kept as a version too.
   */
  private keepCurrentText(id: string, text: string, contentJson: string, createdAt: string, time: string): StoredVersion | undefined {
    const latest = this.versions.latest(id);
    if (latest && latest.plainText === text) return latest;
    const words = latest ? countChangedWords(wordDiff(latest.plainText, text)) : { added: 0, removed: 0 };
    const number = (latest?.number ?? 0) + 1;
    this.versions.insert({
      id: randomUUID(),
      documentId: id,
      number,
      label: latest ? 'Edited in Pressmark' : 'Original',
      contentJson,
      plainText: text,
      wordsAdded: words.added,
      wordsRemoved: words.removed,
      createdAt: latest ? time : createdAt,
    });
    return this.versions.get(id, number);
  }

  private applyOutcome(annotation: Annotation, outcome: AnchorOutcome | undefined, text: string): void {
    if (!outcome || outcome.range === null) {
      this.annotations.setAnchorState({ id: annotation.id, status: 'orphaned', confidence: 0, method: annotation.anchorMethod });
      return;
    }
    this.annotations.setAnchor({
      id: annotation.id,
      ...outcome.range,
      ...textQuoteAt(text, outcome.range),
      status: needsReview(outcome) ? 'review' : 'anchored',
      confidence: outcome.confidence,
      method: outcome.method,
    });
  }

  private document(id: string) {
    const document = this.documents.get(id);
    if (!document) throw new ApiError('not_found', 'That document does not exist (it may have been deleted).');
    return document;
  }

  private version(id: string, number: number): StoredVersion {
    const version = this.versions.get(id, number);
    if (!version) throw new ApiError('not_found', `This article has no version ${number}.`);
    return version;
  }
}

function summary({ plainText: _text, ...version }: StoredVersion): DocumentVersion {
  return version;
}

function countsFor(annotations: readonly Annotation[], outcomes: ReadonlyMap<string, AnchorOutcome>): AnchorCounts {
  return countOutcomes(annotations.map((a) => outcomes.get(a.id) ?? { status: 'orphaned', range: null, confidence: 0, method: null }));
}

interface ChangedSpans {
  /** Removed text, in the older text's offsets. */
  removed: TextRange[];
  /** Where text was added, as a point in the older text's offsets. */
  insertedAt: number[];
  /** Added text, in the newer text's offsets. */
  added: TextRange[];
}

function changedSpans(passages: readonly DiffPassage[]): ChangedSpans {
  const spans: ChangedSpans = { removed: [], insertedAt: [], added: [] };
  let before = 0;
  let after = 0;
  for (const { change, text } of passages) {
    if (change === 'removed') spans.removed.push({ start: before, end: (before += text.length) });
    else if (change === 'added') {
      spans.insertedAt.push(before);
      spans.added.push({ start: after, end: (after += text.length) });
    } else {
      before += text.length;
      after += text.length;
    }
  }
  return spans;
}

/** Does a change fall on the annotation's words, in the older text or (for words that are new) the newer? */
function touches(annotation: Annotation, before: string, after: string, changes: ChangedSpans): boolean {
  const overlaps = (range: TextRange, spans: readonly TextRange[]) =>
    spans.some((span) => span.start < range.end && span.end > range.start);
  const inOld = findQuote(before, { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix });
  if (inOld && (overlaps(inOld, changes.removed) || changes.insertedAt.some((at) => at > inOld.start && at < inOld.end))) return true;
  const inNew = findQuote(after, { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix });
  if (inNew && overlaps(inNew, changes.added)) return true;
  return !inOld && !inNew;
}
