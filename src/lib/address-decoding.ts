/**
 * Decoding what the browser scripts read from the page address (`location.hash`, `location.search`).
 * An address is whatever someone typed or pasted, so a malformed percent-escape (`%E0%A4%A`, a lone
 * `%`) must cost only the part it is in, never the script: `decodeURIComponent` throws a URIError.
 */

/** The text with its percent-escapes decoded, or undefined when an escape is malformed. */
export function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The element id a location hash (`#p7`, `#%C4%91`) names, decoded; undefined for no hash or a
 * malformed one, which then names no element rather than stopping the script that asked.
 */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return undefined;
  return decodedOrUndefined(raw);
}
