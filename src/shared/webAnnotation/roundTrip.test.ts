/**
 * Export, then import: every field Pressmark writes comes back, for every kind.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/annotation';
import { toWebAnnotationCollection } from './toWebAnnotation';
import { parseWebAnnotations } from './parseWebAnnotations';
import { codePointRangeToUtf16 } from './textPosition';
import { ALL_ANNOTATIONS, DOCUMENT, GENERATED_AT, GENERATOR, IDS, SOURCE, STATUSES } from './webAnnotationFixtures';
import type { ParsedWebAnnotation } from './webAnnotationTypes';

/** What a parsed annotation should say about the Pressmark annotation it was exported from. */
function expectedFrom(a: Annotation): Partial<ParsedWebAnnotation> {
  const kindFields =
    a.kind === 'quote'
      ? { ...(a.speaker ? { speaker: a.speaker } : {}), ...attribution(a.attributedTo) }
      : a.kind === 'source'
        ? { ...(a.sourceName ? { sourceName: a.sourceName } : {}), sourceType: a.sourceType }
        : {
            status: a.status,
            ...(a.verdict ? { verdict: a.verdict } : {}),
            ...attribution(a.attributedTo),
            ...Object.fromEntries(
              (['conclusion', 'claimantName', 'checker', 'replyContactedAt', 'replyResponse', 'replyRespondedAt'] as const)
                .filter((field) => a[field] !== '')
                .map((field) => [field, a[field]]),
            ),
          };
  return {
    sourceId: `urn:uuid:${a.id}`,
    pressmarkId: a.id,
    kind: a.kind,
    quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    targetSource: DOCUMENT.sourceUrl,
    note: a.note,
    evidence: a.kind === 'claim' ? a.evidence : [],
    ...(a.author ? { author: a.author } : {}),
    created: a.createdAt,
    modified: a.updatedAt,
    ...kindFields,
    ...(STATUSES.has(a.id) ? { pressmarkStatus: STATUSES.get(a.id) } : {}),
  };
}

function attribution(attributedTo: string | null) {
  return attributedTo === SOURCE.id ? { attributedToId: SOURCE.id, attributedToName: 'Ana Ruiz, City Treasurer' } : {};
}

describe('export then import', () => {
  const exported = toWebAnnotationCollection({
    document: DOCUMENT,
    annotations: ALL_ANNOTATIONS,
    generatedAt: GENERATED_AT,
    generator: GENERATOR,
    statuses: STATUSES,
  });
  const result = parseWebAnnotations(JSON.stringify(exported, null, 2));

  it('reads every annotation back and ignores none', () => {
    expect(result.ignored).toEqual([]);
    expect(result.notices).toBeUndefined();
    expect(result.annotations.map((a) => a.pressmarkId).sort()).toEqual(ALL_ANNOTATIONS.map((a) => a.id).sort());
  });

  for (const original of ALL_ANNOTATIONS) {
    it(`gives back every field of the ${original.kind} ${original.id}`, () => {
      const parsed = result.annotations.find((a) => a.pressmarkId === original.id);
      const { position, ...rest } = parsed!;
      expect(rest).toEqual(expectedFrom(original));
      if (original.id === IDS.orphaned) {
        expect(position).toBeUndefined();
      } else {
        // Positions travel in code points; against the article they are Pressmark's offsets again.
        expect(codePointRangeToUtf16(DOCUMENT.plainText, position!)).toEqual({ start: original.start, end: original.end });
      }
    });
  }

  it('also reads an AnnotationPage, a plain list, or a single annotation', () => {
    const page = exported.first!;
    const items = page.items;
    expect(parseWebAnnotations(page).annotations).toHaveLength(items.length);
    expect(parseWebAnnotations(items).annotations).toHaveLength(items.length);
    expect(parseWebAnnotations(items[0]).annotations).toEqual([result.annotations[0]]);
  });
});
