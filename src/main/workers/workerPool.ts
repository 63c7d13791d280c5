/**
 * A small pool of worker threads running one script: workers are started when a job needs one, kept
 * for the next job, and each runs one job at a time (the rest wait in order). An idle pool does not
 * keep the process alive (workers are unref'd between jobs). A worker that crashes or exits rejects
 * its job with WorkerStoppedError and is replaced by the next job; a job over the time limit has its
 * worker terminated and is rejected with WorkerTimeoutError.
 */
import { Worker, type Transferable } from 'node:worker_threads';
import { deserializeError, isJobReply, type JobReply, type JobRequest } from './workerProtocol';

export interface WorkerPoolOptions {
  /** The worker script (CommonJS JavaScript). */
  script: string;
  /** At most this many workers at once (default 1). */
  size?: number;
  /** Handed to every worker as `workerData`. */
  workerData?: unknown;
  /** A job running longer than this is stopped (default 60 s). */
  timeoutMs?: number;
}

/** The worker died (crashed, exited or was closed) before it answered. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
  /** What happened, for a message: "exit code 1", "Cannot find module …", "the worker pool was closed". */
  constructor(readonly reason: string) {
    super(`the worker stopped: ${reason}`);
  }
}

/** The job ran past the pool's time limit; its worker was terminated. */
export class WorkerTimeoutError extends Error {
  override name = 'WorkerTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the job took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
  }
}

interface Task<J> {
  id: number;
  job: J;
  transfer: readonly Transferable[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot<J> {
  worker: Worker;
  task: Task<J> | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Why the worker died, when it said so before exiting (an uncaught error). */
  failure: Error | undefined;
}

export const DEFAULT_JOB_TIMEOUT_MS = 60_000;

export class WorkerPool<J, R> {
  private readonly slots: Slot<J>[] = [];
  private readonly queue: Task<J>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs a job on a free worker (starting one if the pool has room); `transfer` lists buffers to move rather than copy. */
  run(job: J, transfer: readonly Transferable[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new WorkerStoppedError('the worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Workers alive now (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.length;
  }

  /** Rejects waiting jobs, stops every worker (running jobs are rejected) and refuses new jobs. */
  async close(): Promise<void> {
    this.closed = true;
    const closing = new WorkerStoppedError('the worker pool was closed');
    for (const task of this.queue.splice(0)) task.reject(closing);
    const slots = this.slots.splice(0);
    for (const slot of slots) this.finish(slot)?.reject(closing);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.task === undefined) ?? this.startWorker();
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private startWorker(): Slot<J> | undefined {
    if (this.slots.length >= Math.max(1, this.options.size ?? 1)) return undefined;
    const worker = new Worker(this.options.script, { workerData: this.options.workerData });
    const slot: Slot<J> = { worker, task: undefined, timer: undefined, failure: undefined };
    worker.unref();
    worker.on('message', (message: unknown) => this.onReply(slot, message));
    worker.on('error', (error: Error) => {
      slot.failure = error;
    });
    worker.on('exit', (code: number) => this.onExit(slot, code));
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot<J>, task: Task<J>): void {
    slot.task = task;
    slot.failure = undefined;
    // A job in flight keeps the process alive (a command line awaiting its export must not exit).
    slot.worker.ref();
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    slot.timer = setTimeout(() => {
      this.finish(slot)?.reject(new WorkerTimeoutError(timeoutMs));
      this.retire(slot);
      void slot.worker.terminate();
      this.pump();
    }, timeoutMs);
    const request: JobRequest<J> = { id: task.id, job: task.job };
    try {
      slot.worker.postMessage(request, task.transfer);
    } catch (error) {
      this.finish(slot)?.reject(error instanceof Error ? error : new Error(String(error)));
      this.pump();
    }
  }

  private onReply(slot: Slot<J>, message: unknown): void {
    if (!isJobReply(message) || slot.task?.id !== message.id) return;
    const task = this.finish(slot)!;
    const reply = message as JobReply<R>;
    if (reply.ok) task.resolve(reply.value);
    else task.reject(deserializeError(reply.error));
    this.pump();
  }

  private onExit(slot: Slot<J>, code: number): void {
    this.retire(slot);
    const task = this.finish(slot);
    if (task) {
      task.reject(new WorkerStoppedError(slot.failure ? slot.failure.message : `exit code ${code}`));
    }
    this.pump();
  }

  /** Detaches the slot's task (if any), stops its timer and lets the process exit while the worker idles. */
  private finish(slot: Slot<J>): Task<J> | undefined {
    const task = slot.task;
    slot.task = undefined;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.worker.unref();
    return task;
  }

  /** Removes the slot from the pool, so the next job starts a fresh worker. */
  private retire(slot: Slot<J>): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}
