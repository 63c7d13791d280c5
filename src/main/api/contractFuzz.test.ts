/**
 * Contract fuzzing: for every method of the API contract, fast-check sends hostile payloads through
 * the dispatcher every host uses — valid requests with one part broken (wrong types, huge strings,
 * deep nesting, prototype-pollution keys, NaN and infinities, negative, fractional and out-of-range
 * offsets, ids of nothing, unknown keys) and arbitrary values of any shape. Each must come back as a
 * typed error (never "internal", which would mean an unplanned exception), and the database must be
 * byte-for-byte unchanged (a content hash of every table before and after each call).
 * FUZZ_RUNS multiplies the number of payloads (see src/test/fuzzRuns.ts).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, apiContract, type ApiMethod } from '../../shared/contract/api';
import { API_ERROR_CODES, type ApiResult } from '../../shared/contract/errors';
import { LIMITS } from '../../shared/domain/limits';
import { createTestApi, docJson, steppingClock, type TestApi } from '../../test/testServices';
import { databaseHash, tableCounts } from '../../test/databaseHash';
import { fuzzRuns, fuzzSeed } from '../../test/fuzzRuns';
import { validPayloads, type Seeded, seedDatabase } from './contractFuzzSeed';

fc.configureGlobal({ seed: fuzzSeed() });

type Json = unknown;
type Path = Array<string | number>;

/** Longer than any string field may be, and not base64 (so it cannot pass as a file's bytes). */
const HUGE = 'é'.repeat(LIMITS.documentChars + 1);
/** Fields where null is a valid value, so "null instead of the value" would not be hostile. */
const NULLABLE = new Set(['attributedTo', 'publishedAt', 'to', 'lastDocumentId', 'windowBounds']);
/** Offsets and version numbers: negative, fractional and out-of-range values are refused for these. */
const OFFSETS = new Set(['start', 'end', 'from', 'to']);
/** Ids that must name something that exists (a new id is fine for a create's own `id`). */
const REFERENCES = new Set(['id', 'documentId', 'annotationId', 'sessionId']);
const CREATES = new Set<ApiMethod>(['documents.create', 'annotations.create', 'annotations.createMany']);

const MUTATIONS = ['wrongType', 'huge', 'deep', 'pollute', 'extraKey', 'offset', 'unknownId', 'notFinite'] as const;
type Mutation = (typeof MUTATIONS)[number];

/** Every node of a JSON value with its path, the root included. */
function nodes(value: Json, path: Path = []): Array<{ path: Path; value: Json }> {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => nodes(item, [...path, i])));
  if (value && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k])));
  return here;
}

function setAt(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

function nested(value: Json, depth: number): Json {
  let result = value;
  for (let i = 0; i < depth; i++) result = i % 2 ? [result] : { a: result };
  return result;
}

/** A value of another type than `value` (null only where null is not allowed). */
function wrongType(value: Json, key: string | number | undefined, pick: number): Json {
  const nullable = typeof key === 'string' && NULLABLE.has(key);
  const byType: Record<string, Json[]> = {
    string: [12345, true, [], {}, ['x']],
    number: ['7', true, [], {}, [7]],
    boolean: ['true', 1, [], {}],
    object: Array.isArray(value) ? ['x', 1, {}, true] : ['x', 1, [], true],
  };
  if (value === null) return ['x', true, [], {}][pick % 4];
  const choices = [...(byType[typeof value] ?? ['x']), ...(nullable ? [] : [null])];
  return choices[pick % choices.length];
}

/** A broken copy of a valid payload, or null when the mutation does not apply to the chosen node. */
function mutate(method: ApiMethod, payload: Json, index: number, mutation: Mutation, pick: number, seeded: Seeded): Json | null {
  const all = nodes(payload);
  const { path, value } = all[index % all.length]!;
  const key = path[path.length - 1];
  switch (mutation) {
    case 'wrongType':
      return setAt(payload, path, wrongType(value, key, pick));
    case 'huge':
      return typeof value === 'string' ? setAt(payload, path, HUGE) : null;
    case 'deep':
      return setAt(payload, path, nested(value, 101 + (pick % 400)));
    case 'pollute': {
      const name = ['__proto__', 'constructor', 'prototype'][pick % 3]!;
      const target = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return setAt(payload, path, JSON.parse(`{"${name}": {"polluted": true}, ${JSON.stringify(target).slice(1)}`.replace(', }', '}')));
    }
    case 'extraKey':
      return value && typeof value === 'object' && !Array.isArray(value) && key !== 'attrs'
        ? setAt(payload, path, { ...value, [`unexpected${pick}`]: 1 })
        : null;
    case 'offset': {
      if (typeof key !== 'string' || !OFFSETS.has(key) || typeof value !== 'number') return null;
      const bad = [-1, -(2 ** 31), 0.5, 1e15, Number.MAX_SAFE_INTEGER + 2, seeded.textLength + 1 + (pick % 1000)][pick % 6];
      return setAt(payload, path, bad);
    }
    case 'unknownId':
      if (typeof key !== 'string' || !REFERENCES.has(key) || typeof value !== 'string') return null;
      if (key === 'id' && (CREATES.has(method) || path.length > 1)) return null;
      return setAt(payload, path, randomUUID());
    case 'notFinite':
      return typeof value === 'number' ? setAt(payload, path, [NaN, Infinity, -Infinity][pick % 3]) : null;
  }
}

describe('contract fuzzing: hostile payloads for every method', () => {
  let api: TestApi;
  let seeded: Seeded;
  let valid: Record<ApiMethod, Json>;

  beforeAll(async () => {
    api = createTestApi(steppingClock());
    seeded = await seedDatabase(api);
    valid = validPayloads(seeded);
  });

  /** Sends one hostile payload and checks the answer is a typed refusal that wrote nothing. */
  async function expectRefused(method: unknown, payload: Json): Promise<void> {
    const before = databaseHash(api.services.db);
    const counts = tableCounts(api.services.db);
    const result: ApiResult<unknown> = await api.dispatch(method, payload);
    if (result.ok) throw new Error(`${String(method)} accepted a hostile payload: ${preview(payload)}`);
    expect(API_ERROR_CODES).toContain(result.error.code);
    expect(result.error.code, `${result.error.message} for ${preview(payload)}`).not.toBe('internal');
    expect(typeof result.error.message === 'string' && result.error.message.length > 0).toBe(true);
    expect(tableCounts(api.services.db)).toEqual(counts);
    expect(databaseHash(api.services.db), `${String(method)} changed the database`).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  it('has a valid payload for every method, so each mutation breaks exactly one thing', () => {
    expect(Object.keys(valid).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(apiContract[method].input.safeParse(valid[method]).success, method).toBe(true);
  });

  it.each([...API_METHODS])('%s refuses broken payloads with a typed error and leaves the database unchanged', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...MUTATIONS), fc.nat(), async (index, mutation, pick) => {
        const payload = mutate(method, valid[method], index, mutation, pick, seeded);
        fc.pre(payload !== null);
        await expectRefused(method, payload);
      }),
      { numRuns: fuzzRuns(100) },
    );
  });

  it.each([...API_METHODS])('%s refuses arbitrary values of any shape', async (method) => {
    const hostile = fc.oneof(
      fc.anything({
        withNullPrototype: true,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'documentId', 'changes'), fc.jsonValue()),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        fc.pre(!apiContract[method].input.safeParse(payload).success);
        await expectRefused(method, payload);
      }),
      { numRuns: fuzzRuns(40) },
    );
  });

  it('refuses unknown method names, very deep nesting and very many values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'documents.list ', 'Documents.List'),
          fc.anything(),
        ),
        async (name) => {
          fc.pre(!(API_METHODS as readonly unknown[]).includes(name));
          const result = await api.dispatch(name, {});
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
        },
      ),
      { numRuns: fuzzRuns(200) },
    );
    await expectRefused('documents.create', { ...(valid['documents.create'] as object), content: nested(docJson('x'), 100_000) });
    await expectRefused('annotations.createMany', { documentId: seeded.documentId, annotations: new Array(2_000_001).fill(0) });
  });
});

function preview(payload: Json): string {
  let text: string;
  try {
    text = JSON.stringify(payload) ?? String(payload);
  } catch {
    text = String(payload);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
