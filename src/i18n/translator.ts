/**
 * Looking up a UI string and filling its placeholders, apart from the language files: the body
 * thread (src/build/body-thread-worker.ts) gets a language's strings handed over and translates with
 * them, without loading the site's JSON.
 */

export type TranslationParams = Record<string, string | number>;

/** Fills the `{{name}}` placeholders of `text`; unknown ones stay visible. */
export function fillPlaceholders(text: string, params?: TranslationParams): string {
  // Most strings have no placeholder, and every ¶ of every page asks for several.
  if (!params || !text.includes('{{')) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/** A translator over one language's strings. */
export function translatorOf<Key extends string>(strings: Readonly<Record<Key, string>>) {
  return (key: Key, params?: TranslationParams) => fillPlaceholders(strings[key], params);
}
