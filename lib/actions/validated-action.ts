import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { toFormState, type FormState } from '../errors';
import { parseOrThrow } from './parse';

export { parseOrThrow };

/** Form values as strings, echoed back on error so a failed submission loses nothing. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
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

/** redirect(), notFound() and Next.js's other control-flow errors must pass through untouched. */
export function rethrowNextControlFlow(error: unknown): void {
  unstable_rethrow(error);
}

export const publicAccess = async () => ({});
