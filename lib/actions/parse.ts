import { z } from 'zod';
import { DomainError } from '../errors';

/** Parses with zod; a failure becomes the domain's invalid_input error with a message per field. */
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
