/**
 * The searched pages `astro build` hands to `npm run build` (scripts/build.ts), which writes the
 * search index once `astro build` has exited: while Pagefind writes an index it holds more memory
 * than at any other time, and `astro build` holds its most until it exits, so the two must not
 * overlap (docs/adr/0004-search-index-written-after-astro-build.md).
 *
 * `npm run build` starts `astro build` with one more pipe, at file descriptor `searchPagesFd`, and
 * says so in the build data (src/build/build-data.ts). The indexer's thread cuts out of each page
 * what is indexed (src/lib/search/index-html.ts) and writes it to the pipe, one JSON line a page;
 * the build gives each to Pagefind as it comes, so Pagefind still indexes while pages render.
 *
 * A plain module, loaded by Node as it is from a worker thread and from scripts/build.ts.
 */
import { fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** The descriptor of the pipe in `astro build`'s process (0–2 are its standard streams). */
export const searchPagesFd = 3;

/**
 * Throws, saying what to do, unless `fd` is a pipe this process was started with: the variable
 * naming it is for `npm run build` alone, and without its pipe the pages would go nowhere (found
 * only once every page had rendered).
 */
export function assertSearchPagesPipe(fd: number, variable: string): void {
  let pipe = false;
  try {
    const stats = fstatSync(fd);
    pipe = stats.isSocket() || stats.isFIFO();
  } catch {
    // Not open at all: not a pipe.
  }
  if (!pipe) {
    throw new Error(
      `${variable}=${fd} names no pipe to hand the searched pages over on. Only npm run build sets it, with the pipe it opens; unset it to have astro build write the search index itself.`,
    );
  }
}

/** A page's path in the output folder and what of it is indexed. */
export interface SearchPage {
  path: string;
  copy: string;
}

/**
 * One page as it goes down the pipe: a line of JSON. JSON escapes `\n` and `\r` but not the line and
 * paragraph separators (U+2028, U+2029), at which Node's line reader also ends a line.
 */
export function searchPageLine(page: SearchPage): string {
  return `${JSON.stringify(page).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

/** Reads one line of the pipe; throws naming what is wrong with it. */
export function parseSearchPageLine(line: string, lineNumber: number): SearchPage {
  let page: unknown;
  try {
    page = JSON.parse(line);
  } catch {
    throw new Error(`searched page ${lineNumber} from astro build is not JSON: ${line.slice(0, 80)}`);
  }
  const { path, copy } = (page ?? {}) as Partial<SearchPage>;
  if (typeof path !== 'string' || typeof copy !== 'string') throw new Error(`searched page ${lineNumber} from astro build has no path or copy: ${line.slice(0, 80)}`);
  return { path, copy };
}

/** The writing end, in `astro build`'s process: pages are queued in order and `end` flushes them. */
export interface SearchPagesWriter {
  write(page: SearchPage): void;
  /** Resolves once every page written has left for the build. */
  end(): Promise<void>;
}

export function searchPagesWriter(fd: number): SearchPagesWriter {
  const pipe = new Socket({ fd, readable: false, writable: true });
  let failure: Error | undefined;
  pipe.on('error', (error) => (failure ??= error));
  return {
    write(page) {
      if (!failure) pipe.write(searchPageLine(page));
    },
    end() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pipe.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}

/** The reading end, in the build's process: each page as it comes; resolves with their number when the pipe closes. */
export async function readSearchPages(pipe: Readable, page: (page: SearchPage) => void): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: pipe, crlfDelay: Infinity })) {
    if (line === '') continue;
    page(parseSearchPageLine(line, ++count));
  }
  return count;
}
