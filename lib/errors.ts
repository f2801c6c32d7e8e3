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

/** A JSON response for route handlers; unknown errors are logged and become a bare 500. */
export function errorResponse(error: unknown): Response {
  if (isDomainError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.fieldErrors } },
      { status: toHttpStatus(error) },
    );
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
  return { status: 'error', code: 'internal', message: 'Something went wrong on our side. Please try again.', values };
}
