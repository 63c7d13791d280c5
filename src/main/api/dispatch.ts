/**
 * The one entry point for every contract call, whatever carried it (Electron IPC, the browser
 * host's WebSocket or HTTP): checks the method name, the payload's shape and its schema, runs
 * the service, and turns every failure into a typed error with a readable message.
 */
import { apiContract, isApiMethod, METHOD_PURPOSES, type ApiMethod } from '../../shared/contract/api';
import { ApiError, type ApiResult } from '../../shared/contract/errors';
import { formatIssues } from '../../shared/contract/formatIssues';
import { jsonShapeProblem } from '../../shared/contract/jsonShape';
import type { ApiHandlers } from '../services/services';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Where unexpected failures are reported (they reach the caller only as "internal"). */
  logError?: (error: unknown, method: ApiMethod) => void;
}

export function createDispatcher(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[pressmark] ${method} failed:`, error));
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return failure(new ApiError('unknown_method', `Pressmark has no operation called ${describeMethodName(method)}.`));
    }
    const purpose = METHOD_PURPOSES[method];
    const shapeProblem = jsonShapeProblem(input);
    if (shapeProblem) return failure(new ApiError('invalid_input', `Could not ${purpose}: ${shapeProblem}`));
    const parsed = apiContract[method].input.safeParse(input);
    if (!parsed.success) {
      const details = formatIssues(parsed.error);
      return failure(new ApiError('invalid_input', `Could not ${purpose}: ${details[0] ?? 'the request was not valid.'}`, details));
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      // Synchronous handlers (every write) run before this function first yields, so calls are
      // applied in the order they arrive; only read-only work (exports, imports' parsing) awaits.
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return failure(error);
      logError(error, method);
      return failure(
        new ApiError('internal', `Could not ${purpose}: something went wrong inside Pressmark (${describe(error)}). Nothing was changed.`),
      );
    }
  };
}

function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error: error.toData() };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A method name as received, for an error message: never calls anything on it (a hostile object may throw). */
function describeMethodName(method: unknown): string {
  return typeof method === 'string'
    ? `"${method.slice(0, 80)}"`
    : `of type ${method === null ? 'null' : Array.isArray(method) ? 'array' : typeof method}`;
}
