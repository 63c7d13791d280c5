/**
 * The background worker's entry (built to out/main/worker.js): answers each job the pool sends with
 * its result or its error (see workerProtocol.ts). Started by backgroundJobs.ts, one job at a time.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError, type JobReply, type JobRequest } from './workerProtocol';
import { workerJobRunner, type WorkerJob, type WorkerSetup } from './workerJobs';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread, started by Pressmark.');

// Background work yields the CPU to the main thread: on Linux a nice value is per thread, so this
// lowers only this worker's priority (elsewhere it would lower the whole app's, so it is left alone).
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // Not permitted here: run at normal priority.
  }
}

const run = workerJobRunner((workerData ?? {}) as WorkerSetup);

const fail = (id: number, error: unknown) => port.postMessage({ id, ok: false, error: serializeError(error) } satisfies JobReply);

port.on('message', (request: JobRequest<WorkerJob>) => {
  void run(request.job).then(
    ({ value, transfer }) => {
      try {
        port.postMessage({ id: request.id, ok: true, value } satisfies JobReply, transfer);
      } catch (error) {
        fail(request.id, error);
      }
    },
    (error: unknown) => fail(request.id, error),
  );
});
