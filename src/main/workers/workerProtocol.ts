/**
 * The messages between the main side and a background worker: a numbered job goes in, its result
 * or its error comes back. Errors cross as plain data: an ApiError stays an ApiError (same code,
 * same message) on the main side; anything else becomes an Error with the worker's message.
 */
import { ApiError, isApiErrorData, type ApiErrorData } from '../../shared/contract/errors';

export interface JobRequest<J = unknown> {
  id: number;
  job: J;
}

export type SerializedError = { kind: 'api'; data: ApiErrorData } | { kind: 'error'; message: string; stack?: string };

export type JobReply<R = unknown> = { id: number; ok: true; value: R } | { id: number; ok: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ApiError) return { kind: 'api', data: error.toData() };
  if (error instanceof Error) return { kind: 'error', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'error', message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'api' && isApiErrorData(error.data)) return ApiError.fromData(error.data);
  const message = error.kind === 'error' ? error.message : 'unknown error';
  const revived = new Error(message);
  if (error.kind === 'error' && error.stack) revived.stack = error.stack;
  return revived;
}

export function isJobReply(value: unknown): value is JobReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  return typeof reply.id === 'number' && typeof reply.ok === 'boolean';
}
