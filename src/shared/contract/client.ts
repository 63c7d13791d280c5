/**
 * The calling side of the contract, independent of transport. Electron's IPC bridge and the
 * browser host's WebSocket both deliver result envelopes; this turns them back into values or
 * thrown ApiErrors.
 */
import { ApiError, isApiErrorData, type ApiResult } from './errors';
import type { ApiInput, ApiMethod, ApiOutput } from './api';

export type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      let result: ApiResult<unknown>;
      try {
        result = await transport(method, input);
      } catch (error) {
        throw new ApiError(
          'unavailable',
          `Pressmark could not reach its storage: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (result && result.ok === true) return result.value as never;
      if (result && result.ok === false && isApiErrorData(result.error)) throw ApiError.fromData(result.error);
      throw new ApiError('internal', `Unexpected answer to ${method}.`);
    },
  };
}
