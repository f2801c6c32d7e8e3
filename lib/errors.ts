export const domainErrorCodes = [
  'not_found',
  'forbidden',
  'invalid_transition',
  'conflict',
  'rate_limited',
  'invalid_input',
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export type FieldErrors = Record<string, string[] | undefined>;

/** The one error type of the domain; mapped to HTTP and to form state below, nowhere else. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: DomainErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

const httpStatus: Record<DomainErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  invalid_transition: 409,
  conflict: 409,
  rate_limited: 429,
  invalid_input: 400,
};

export function toHttpStatus(error: DomainError): number {
  return httpStatus[error.code];
}

// Connection-level failures (postgres.js codes, SQLSTATE classes 08 and 57P): the database is
// restarting or unreachable, which is worth a retry, unlike a bug.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'CONNECTION_ENDED',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Whether an error (or one it wraps, as drizzle does) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  }
  return false;
}

const unavailableMessage = 'We could not reach our database just now, so this may not have been saved. Please try again in a moment: sending it twice is safe.';

/** A JSON response for route handlers; unknown errors are logged and become a bare 500. */
export function errorResponse(error: unknown): Response {
  if (isDomainError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.fieldErrors } },
      { status: toHttpStatus(error) },
    );
  }
  if (isDatabaseUnavailable(error)) {
    console.error(error);
    return Response.json({ error: { code: 'unavailable', message: unavailableMessage } }, { status: 503, headers: { 'Retry-After': '5' } });
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, { status: 500 });
}

export type FormState<T = undefined> =
  | { status: 'idle' }
  | { status: 'success'; message?: string; data?: T }
  | {
      status: 'error';
      code: DomainErrorCode | 'internal';
      message: string;
      fieldErrors?: FieldErrors;
      /** What the user typed, so a failed submission loses nothing. */
      values?: Record<string, string>;
    };

export const idle: FormState<never> = { status: 'idle' };

export function toFormState(error: unknown, values?: Record<string, string>): FormState<never> {
  if (isDomainError(error)) {
    return { status: 'error', code: error.code, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error(error);
  if (isDatabaseUnavailable(error)) return { status: 'error', code: 'internal', message: unavailableMessage, values };
  return { status: 'error', code: 'internal', message: 'Something went wrong on our side. Please try again.', values };
}
