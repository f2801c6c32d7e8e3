// Module resolution hook for the stand-alone worker: `server-only` guards modules against
// client bundles and throws outside the react-server condition, which this process cannot
// use (React Email renders with react-dom/server). Here it resolves to an empty module.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return nextResolve(specifier, context);
}
