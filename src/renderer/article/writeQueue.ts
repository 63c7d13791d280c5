/**
 * Every write of an open document goes through one queue, strictly in order, so the main side
 * always sees a content save before an annotation created on the new text, and so on.
 *
 * When the storage cannot be reached (the browser host restarting, say), the queue keeps the
 * write and retries it with back-off: nothing is dropped. When storage refuses a write (a typed
 * error such as invalid_input), that write's onRefused runs and the queue moves on.
 */
import { ApiError } from '../../shared/contract/errors';

export type QueueState = { pending: number; retrying: boolean; lastError: string | null };

interface Job {
  run: () => Promise<void>;
  onRefused?: (error: ApiError) => void;
}

const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

export class WriteQueue {
  private readonly jobs: Job[] = [];
  private running = false;
  private state: QueueState = { pending: 0, retrying: false, lastError: null };
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly onStateChange: (state: QueueState) => void,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  enqueue(run: () => Promise<void>, onRefused?: (error: ApiError) => void): void {
    this.jobs.push(onRefused ? { run, onRefused } : { run });
    this.setState({ pending: this.jobs.length + (this.running ? 1 : 0) });
    if (!this.running) void this.drain();
  }

  /** Resolves once every write queued so far has been stored or refused. */
  idle(): Promise<void> {
    if (!this.running && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  getState(): QueueState {
    return this.state;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.jobs.length > 0) {
      const job = this.jobs.shift() as Job;
      await this.runWithRetry(job);
      this.setState({ pending: this.jobs.length });
    }
    this.running = false;
    this.setState({ pending: 0, retrying: false });
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private async runWithRetry(job: Job): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await job.run();
        this.setState({ retrying: false, lastError: null });
        return;
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
        if (apiError.code !== 'unavailable') {
          this.setState({ retrying: false, lastError: apiError.message });
          job.onRefused?.(apiError);
          return;
        }
        this.setState({ retrying: true, lastError: apiError.message });
        await this.sleep(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] as number);
      }
    }
  }

  private setState(changes: Partial<QueueState>): void {
    this.state = { ...this.state, ...changes };
    this.onStateChange(this.state);
  }
}
