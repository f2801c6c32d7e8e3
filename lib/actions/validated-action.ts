import { z } from 'zod';
import { DomainError, toFormState, type FormState } from '../errors';

/** Form values as strings, echoed back on error so a failed submission loses nothing. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const { fieldErrors, formErrors } = z.flattenError(result.error);
    throw new DomainError(
      'invalid_input',
      formErrors[0] ?? 'Please correct the highlighted fields.',
      fieldErrors as Record<string, string[] | undefined>,
    );
  }
  return result.data;
}

type Handler<S extends z.ZodType, Ctx, R> = (input: z.infer<S>, ctx: Ctx, formData: FormData) => Promise<FormState<R>>;

/**
 * A server action for `useActionState`: authorizes (actions are public POST endpoints, so the
 * check runs on every call), parses the form with zod, runs the handler, and maps any
 * DomainError to form state with field errors and the submitted values.
 */
export function validatedAction<S extends z.ZodType, Ctx, R = undefined>(
  options: { schema: S; authorize: () => Promise<Ctx> },
  handler: Handler<S, Ctx, R>,
) {
  return async (_prev: FormState<R>, formData: FormData): Promise<FormState<R>> => {
    const values = formValues(formData);
    try {
      const ctx = await options.authorize();
      const input = parseOrThrow(options.schema, Object.fromEntries(formData.entries()));
      return await handler(input, ctx, formData);
    } catch (error) {
      rethrowNextControlFlow(error);
      return toFormState(error, values);
    }
  };
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
export function rethrowNextControlFlow(error: unknown): void {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK') || digest === 'NEXT_NOT_FOUND')) {
    throw error;
  }
}

export const publicAccess = async () => ({});
