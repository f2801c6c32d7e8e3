/** True when a database error (possibly wrapped by drizzle) is a unique violation. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error as { code?: unknown; cause?: unknown; constraint_name?: unknown; constraint?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') {
      if (!constraint) return true;
      const name = e.constraint_name ?? e.constraint;
      return typeof name !== 'string' || name === constraint;
    }
  }
  return false;
}
