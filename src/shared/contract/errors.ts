/**
 * Typed failures of the API contract. Every failure crosses the process boundary as plain data
 * ({ code, message, details }) and becomes an ApiError again on the calling side. The message is
 * written for a person; the code is for code.
 */

export const API_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'limit_exceeded',
  'forbidden',
  'unknown_method',
  'internal',
  'unavailable',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  details?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly details: string[];

  constructor(code: ApiErrorCode, message: string, details: string[] = []) {
    super(message);
    this.code = code;
    this.details = details;
  }

  toData(): ApiErrorData {
    return this.details.length
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (API_ERROR_CODES as readonly unknown[]).includes(candidate.code) && typeof candidate.message === 'string';
}
