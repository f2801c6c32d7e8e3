import { DomainError } from '../errors';

/** Larger than any valid sign-on (the longest is about 4 KB), far below a denial of service. */
export const MAX_FORM_BYTES = 64 * 1024;

const tooLarge = () => new DomainError('invalid_input', 'The form is too large.');

/**
 * Reads a form-encoded or multipart body, refusing more than `limit` bytes before parsing;
 * the string fields come back as a plain object for a zod schema.
 */
export async function readFormBody(request: Request, limit = MAX_FORM_BYTES): Promise<Record<string, string>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge();
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    throw new DomainError('invalid_input', 'Send the form as application/x-www-form-urlencoded or multipart/form-data.');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  let data: FormData;
  try {
    data = await new Request('http://form.invalid/', { method: 'POST', headers: { 'content-type': type }, body: Buffer.concat(chunks) }).formData();
  } catch {
    throw new DomainError('invalid_input', 'The form could not be read.');
  }
  const out: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === 'string') out[key] = value;
  return out;
}
