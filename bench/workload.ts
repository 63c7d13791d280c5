/**
 * The newsroom-scale workload every benchmark shares, built from the wire-story fixture and a seed, so every run and
 * every machine measures the same thing: the fixture's paragraphs repeated with numbered prefixes ("[12.3] …") to
 * about 1 MB of text, and 10,000 annotations of all three kinds, 3–40 words long, inside one paragraph each, most of
 * them overlapping another (clustered the way real tagging clusters on quotes and claims).
 *
 * Pure: no Node, no DOM, so the browser benchmark page builds the identical workload.
 */
import type { AnnotationKind } from '../src/shared/domain/annotation';

export interface WorkloadAnnotation {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

export interface Workload {
  title: string;
  paragraphs: string[];
  /** The paragraphs joined by "\n\n": the plain text Pressmark stores for such a document. */
  text: string;
  annotations: WorkloadAnnotation[];
  /** Share of annotations that overlap at least one other. */
  overlapping: number;
}

export interface WorkloadOptions {
  targetChars?: number;
  annotations?: number;
  seed?: number;
}

const KINDS: readonly AnnotationKind[] = ['quote', 'source', 'claim'];

/** mulberry32: a small, fast, seeded generator (the same numbers everywhere). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID from the generator (the contract only accepts UUIDs). */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function buildWorkload(fixture: string, options: WorkloadOptions = {}): Workload {
  const { targetChars = 1_000_000, annotations: count = 10_000, seed = 1 } = options;
  const random = seededRandom(seed);
  const [title = 'Workload', ...body] = fixture
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  let chars = 0;
  for (let round = 1; chars < targetChars; round++) {
    body.forEach((paragraph, i) => {
      const numbered = `[${round}.${i + 1}] ${paragraph}`;
      paragraphs.push(numbered);
      chars += numbered.length + 2;
    });
  }
  const text = paragraphs.join('\n\n');

  // Word boundaries per paragraph, in text offsets.
  const words: Array<Array<[number, number]>> = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const spans: Array<[number, number]> = [];
    for (const match of paragraph.matchAll(/\S+/g)) spans.push([offset + match.index, offset + match.index + match[0].length]);
    words.push(spans);
    offset += paragraph.length + 2;
  }

  const annotations: WorkloadAnnotation[] = [];
  for (let n = 0; n < count; n++) {
    // Seven in ten start on or near an earlier annotation's paragraph and words: tagging clusters.
    const near = annotations.length > 0 && random() < 0.7 ? annotations[Math.floor(random() * annotations.length)]! : null;
    const p = near ? paragraphOf(words, near.start) : Math.floor(random() * paragraphs.length);
    const spans = words[p]!;
    const length = Math.min(spans.length, 3 + Math.floor(random() * 38));
    const firstNear = near ? spans.findIndex(([s]) => s >= near.start) : -1;
    const first =
      firstNear >= 0
        ? Math.max(0, Math.min(spans.length - length, firstNear + Math.floor(random() * 7) - 3))
        : Math.floor(random() * (spans.length - length + 1));
    annotations.push({
      id: seededUuid(random),
      kind: KINDS[Math.floor(random() * KINDS.length)]!,
      start: spans[first]![0],
      end: spans[first + length - 1]![1],
    });
  }
  return { title, paragraphs, text, annotations, overlapping: overlapShare(annotations) };
}

function paragraphOf(words: Array<Array<[number, number]>>, start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (words[mid]![0]![0] <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function overlapShare(annotations: readonly WorkloadAnnotation[]): number {
  const sorted = [...annotations].sort((a, b) => a.start - b.start);
  const overlapping = new Set<number>();
  let reach = -1;
  let reacher = -1;
  sorted.forEach((a, i) => {
    if (a.start < reach) {
      overlapping.add(i);
      overlapping.add(reacher);
    }
    if (a.end > reach) {
      reach = a.end;
      reacher = i;
    }
  });
  return annotations.length ? overlapping.size / annotations.length : 0;
}
