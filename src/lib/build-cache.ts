/**
 * Every page asks for the same lists (all the glossary's terms for each speech paragraph, each
 * collection for every reference), so a production build makes each one once; the dev server makes
 * it afresh on every request, as content may change while it runs.
 */
export function oncePerBuild<Value>(cache: Map<string, Value>, key: string, make: () => Value): Value {
  if (!import.meta.env.PROD) return make();
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
