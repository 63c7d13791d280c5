/**
 * The worker pool's mechanics, with a tiny CommonJS worker written to a temporary folder (no build
 * needed): results, typed errors, a crash, a hang past the time limit, replacement, close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { tempDir } from '../../test/testServices';
import { WorkerPool, WorkerStoppedError, WorkerTimeoutError } from './workerPool';

type Job =
  { op: 'echo'; value: unknown } | { op: 'fail' } | { op: 'apiFail' } | { op: 'crash' } | { op: 'exit' } | { op: 'hang' } | { op: 'pid' };

const WORKER_SOURCE = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  switch (job.op) {
    case 'echo': return parentPort.postMessage({ id, ok: true, value: job.value });
    case 'pid': return parentPort.postMessage({ id, ok: true, value: threadId });
    case 'fail': return parentPort.postMessage({ id, ok: false, error: { kind: 'error', message: 'plain failure' } });
    case 'apiFail': return parentPort.postMessage({ id, ok: false, error: { kind: 'api', data: { code: 'invalid_input', message: '"x.html" is not a web page.' } } });
    case 'crash': setImmediate(() => { throw new Error('boom'); }); return;
    case 'exit': return process.exit(3);
    case 'hang': return setInterval(() => {}, 1000);
  }
});
`;

let pools: WorkerPool<Job, unknown>[] = [];

function pool(options: { size?: number; timeoutMs?: number } = {}): WorkerPool<Job, unknown> {
  const dir = tempDir('pressmark-pool-');
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(script, WORKER_SOURCE);
  const created = new WorkerPool<Job, unknown>({ script, ...options });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

describe('WorkerPool', () => {
  it('runs jobs on a worker started on demand and kept for the next job', async () => {
    const p = pool();
    expect(p.workerCount).toBe(0);
    expect(await p.run({ op: 'echo', value: { a: [1, 2] } })).toEqual({ a: [1, 2] });
    const first = await p.run({ op: 'pid' });
    expect(await p.run({ op: 'pid' })).toBe(first);
    expect(p.workerCount).toBe(1);
  });

  it('queues jobs beyond its size and answers each with its own result', async () => {
    const p = pool({ size: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((value) => p.run({ op: 'echo', value })));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(p.workerCount).toBeLessThanOrEqual(2);
  });

  it('turns an ApiError from the worker into the same ApiError, and any other error into an Error', async () => {
    const p = pool();
    const api = await p.run({ op: 'apiFail' }).catch((error: unknown) => error);
    expect(api).toBeInstanceOf(ApiError);
    expect((api as ApiError).toData()).toEqual({ code: 'invalid_input', message: '"x.html" is not a web page.' });
    await expect(p.run({ op: 'fail' })).rejects.toThrow('plain failure');
    expect(await p.run({ op: 'echo', value: 'still working' })).toBe('still working');
  });

  it('rejects the job of a worker that crashes or exits, and replaces the worker', async () => {
    const p = pool();
    const before = await p.run({ op: 'pid' });
    const crash = await p.run({ op: 'crash' }).catch((error: unknown) => error);
    expect(crash).toBeInstanceOf(WorkerStoppedError);
    expect((crash as Error).message).toContain('boom');
    const exit = await p.run({ op: 'exit' }).catch((error: unknown) => error);
    expect(exit).toBeInstanceOf(WorkerStoppedError);
    expect((exit as Error).message).toContain('exit code 3');
    const after = await p.run({ op: 'pid' });
    expect(after).not.toBe(before);
  });

  it('stops a job past the time limit, terminates its worker and runs the next job on a new one', async () => {
    const p = pool({ timeoutMs: 300 });
    const queued = p.run({ op: 'echo', value: 'after the hang' });
    const hang = p.run({ op: 'hang' }).catch((error: unknown) => error);
    expect(await queued).toBe('after the hang');
    const error = await hang;
    expect(error).toBeInstanceOf(WorkerTimeoutError);
    expect((error as Error).message).toContain('took longer than');
    expect(await p.run({ op: 'echo', value: 'fresh' })).toBe('fresh');
  });

  it('rejects running and waiting jobs on close, and refuses new ones', async () => {
    const p = pool();
    const running = p.run({ op: 'hang' }).catch((error: unknown) => error);
    const waiting = p.run({ op: 'echo', value: 1 }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await p.close();
    expect(await running).toBeInstanceOf(WorkerStoppedError);
    expect(await waiting).toBeInstanceOf(WorkerStoppedError);
    await expect(p.run({ op: 'echo', value: 2 })).rejects.toBeInstanceOf(WorkerStoppedError);
    expect(p.workerCount).toBe(0);
  });
});
