import { describe, expect, it, vi } from 'vitest';
import { DomainError, errorResponse, isDatabaseUnavailable, toFormState } from '@/lib/errors';

describe('error mapping', () => {
  it('maps domain errors to their HTTP status with field errors', async () => {
    const response = errorResponse(new DomainError('invalid_input', 'Check the form.', { email: ['Enter an email address.'] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_input', message: 'Check the form.', fields: { email: ['Enter an email address.'] } } });
  });

  it('answers 503 with Retry-After when the database cannot be reached, even wrapped', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('Failed query: insert into "sign_ons" …', { cause: refused });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    for (const error of [refused, wrapped, shutdown]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('5');
      expect((await response.json()).error.message).toMatch(/try again in a moment/);
    }
    expect(toFormState(wrapped, { email: 'a@example.test' })).toMatchObject({ status: 'error', values: { email: 'a@example.test' }, message: expect.stringMatching(/sending it twice is safe/) });
  });

  it('keeps a bug a bare 500 without details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = Object.assign(new Error('duplicate key value violates unique constraint "secret_idx"'), { code: '23505' });
    expect(isDatabaseUnavailable(bug)).toBe(false);
    const response = errorResponse(bug);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret_idx');
  });
});
