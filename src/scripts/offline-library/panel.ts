/**
 * The home page's library panel (components/OfflineLibrary.astro): saves the whole library of the
 * page's language into the browser's caches, where the service worker serves it from. What to fetch
 * is decided by planSave (src/lib/offline-library/library.ts); this module fetches, reports and
 * keeps the caches whole:
 *
 * - a library is written into a cache named for its build; the record that makes it whole is put
 *   last, only once every file of every language being saved is in, so an interrupted download
 *   (a cancel, a lost connection, a closed tab) leaves the previous library served and this one
 *   resumable;
 * - every saved language is brought to the same build: saving a second language, or an update,
 *   fetches the new build for all of them, copying unchanged files from the old caches instead of
 *   downloading them again; the old caches go only when the new ones are whole.
 */
import {
  formatBytes,
  libraryCacheName,
  libraryManifestPath,
  librarySaveHeader,
  parseLibraryCacheName,
  planSave,
  type LibraryManifest,
  type PlannedFile,
  type SavedRecord,
} from '../../lib/offline-library/library';

interface PanelStrings {
  lang: string;
  locale: string;
  labels: Record<string, string>;
  size: string;
  progress: string;
  paused: string;
  saved: string;
  removed: string;
  update: string;
  error: string;
  changed: string;
  unsupported: string;
}

type Action = 'show' | 'check' | 'download' | 'resume' | 'update' | 'cancel' | 'remove';

const base = import.meta.env.BASE_URL;

/**
 * `{{name}}` placeholders, as src/i18n/translator.ts fills them. Not imported from there: sharing
 * that module with this one made the bundler split it into a chunk of its own, one request more on
 * every speech page (tests/e2e/quality-load.spec.ts).
 */
const fillPlaceholders = (text: string, params: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (all, name: string) => params[name] ?? all);
/** Files fetched at once: enough to fill a slow link, few enough to cancel quickly. */
const parallelFetches = 4;

const recordUrl = (lang: string) => `${base}${libraryManifestPath(lang)}`;

async function fetchManifest(lang: string): Promise<LibraryManifest> {
  const response = await fetch(recordUrl(lang), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${recordUrl(lang)}: HTTP ${response.status}`);
  return (await response.json()) as LibraryManifest;
}

/** The whole libraries kept, each with its record. */
async function savedLibraries(): Promise<{ cacheName: string; record: SavedRecord }[]> {
  const saved: { cacheName: string; record: SavedRecord }[] = [];
  for (const cacheName of await caches.keys()) {
    const parsed = parseLibraryCacheName(cacheName);
    if (!parsed) continue;
    const record = await (await caches.open(cacheName)).match(recordUrl(parsed.lang));
    if (record) saved.push({ cacheName, record: (await record.json()) as SavedRecord });
  }
  return saved;
}

/** The addresses a cache already holds, as paths (planSave's `url`s). */
async function pathsIn(cache: Cache): Promise<Set<string>> {
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
}

/** One language's part of a save: its list, its cache, and what is left to put in it. */
interface LanguagePlan {
  manifest: LibraryManifest;
  cache: Cache;
  files: PlannedFile[];
  downloadBytes: number;
  /** Bytes already in its cache from an earlier, interrupted download. */
  keptBytes: number;
}

/** What saving `langs` at the server's current build needs. */
async function planFor(langs: readonly string[]): Promise<LanguagePlan[]> {
  const manifests = await Promise.all(langs.map(fetchManifest));
  const saved = await savedLibraries();
  return Promise.all(
    manifests.map(async (manifest) => {
      const cache = await caches.open(libraryCacheName(manifest.lang, manifest.version));
      const present = await pathsIn(cache);
      const keptBytes = manifest.files.filter((file) => present.has(file.url)).reduce((sum, file) => sum + file.size, 0);
      return { manifest, cache, keptBytes, ...planSave(manifest, present, saved) };
    }),
  );
}

/** Runs `work` on every item, `limit` at a time; stops at the first failure. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Wires the panel once and returns what runs each of its actions. */
export function libraryPanel(section: HTMLElement): (action: string) => Promise<void> {
  const strings = JSON.parse(section.dataset['strings'] ?? '{}') as PanelStrings;
  const status = section.querySelector<HTMLElement>('[data-library-status]')!;
  const progress = section.querySelector<HTMLProgressElement>('[data-library-progress]')!;
  const buttons = new Map([...section.querySelectorAll<HTMLButtonElement>('button[data-library-action]')].map((button) => [button.dataset['libraryAction'] as Action, button]));
  const size = (bytes: number) => formatBytes(bytes, strings.locale);
  let running: AbortController | undefined;
  /** The languages the next download covers, as the last check found them. */
  let pending: string[] = [strings.lang];

  const offer = (...shown: Action[]) => {
    for (const [action, button] of buttons) button.hidden = !shown.includes(action);
  };
  const say = (text: string) => {
    status.textContent = text;
  };

  /** The languages to fetch now: this page's, and any saved one of another build (all move together). */
  const languagesToSave = async (version: string, includeOwn: boolean) => {
    const saved = await savedLibraries();
    const outdated = saved.filter(({ record }) => record.version !== version).map(({ record }) => record.lang);
    return [...new Set([...(includeOwn ? [strings.lang] : []), ...outdated])];
  };

  /** How much is kept, whether an update is ready, or how far an interrupted download got. */
  const show = async () => {
    progress.hidden = true;
    const saved = await savedLibraries();
    // With no connection there is nothing to compare with: say what is kept, ask nothing.
    const current = navigator.onLine ? await fetchManifest(strings.lang).catch(() => undefined) : undefined;
    if (saved.length > 0) {
      const kept = [...new Set(saved.map(({ record }) => record.lang))];
      const bytes = saved.reduce((sum, { record }) => sum + record.bytes, 0);
      const line = fillPlaceholders(strings.saved, { languages: kept.map((code) => strings.labels[code] ?? code).join(', '), size: size(bytes) });
      const ownSaved = kept.includes(strings.lang);
      if (current) {
        const langs = await languagesToSave(current.version, !ownSaved);
        if (langs.length > 0) {
          pending = langs;
          const plans = await planFor(langs);
          const outdated = saved.some(({ record }) => record.version !== current.version);
          const bytesToFetch = plans.reduce((sum, plan) => sum + plan.downloadBytes, 0);
          say(`${line} ${fillPlaceholders(outdated ? strings.update : strings.size, { size: size(bytesToFetch) })}`);
          offer(outdated ? 'update' : 'download', 'remove');
          return;
        }
      }
      say(line);
      offer('remove');
      return;
    }
    if (current) {
      const plans = await planFor([strings.lang]);
      const kept = plans.reduce((sum, plan) => sum + plan.keptBytes, 0);
      if (kept > 0) {
        const total = kept + plans.reduce((sum, plan) => sum + plan.downloadBytes, 0);
        say(fillPlaceholders(strings.paused, { done: size(kept), total: size(total) }));
        offer('resume', 'remove');
        return;
      }
    }
    say('');
    offer('check');
  };

  /** The size first: what a download of this language (and of saved ones of another build) costs. */
  const check = async () => {
    const current = await fetchManifest(strings.lang);
    pending = await languagesToSave(current.version, true);
    const plans = await planFor(pending);
    say(fillPlaceholders(strings.size, { size: size(plans.reduce((sum, plan) => sum + plan.downloadBytes, 0)) }));
    offer('download');
  };

  const download = async () => {
    running = new AbortController();
    const { signal } = running;
    offer('cancel');
    const plans = await planFor(pending);
    const version = plans[0]!.manifest.version;
    const total = plans.reduce((sum, plan) => sum + plan.keptBytes + plan.downloadBytes, 0);
    let done = plans.reduce((sum, plan) => sum + plan.keptBytes, 0);
    const report = () => {
      progress.max = total;
      progress.value = done;
      say(fillPlaceholders(strings.progress, { done: size(done), total: size(total) }));
    };
    progress.hidden = false;
    report();
    try {
      for (const plan of plans) {
        await inParallel(plan.files, parallelFetches, async (file) => {
          if (signal.aborted) throw signal.reason;
          if (file.from === 'saved') {
            const copy = await (await caches.open(file.cacheName)).match(file.url);
            if (copy) {
              await plan.cache.put(file.url, copy);
              return;
            }
          }
          // The header tells the service worker to leave this request to the network.
          const response = await fetch(file.url, { signal, cache: 'no-cache', headers: { [librarySaveHeader]: '1' } });
          if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
          await plan.cache.put(file.url, response);
          done += file.size;
          report();
        });
      }
      // A new build deployed during the download would mix two builds: start again instead.
      if ((await fetchManifest(strings.lang)).version !== version) {
        await Promise.all(plans.map((plan) => caches.delete(libraryCacheName(plan.manifest.lang, version))));
        say(strings.changed);
        offer('check');
        return;
      }
      const savedAt = Date.now();
      for (const plan of plans) {
        const record: SavedRecord = { ...plan.manifest, savedAt };
        await plan.cache.put(recordUrl(plan.manifest.lang), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
      }
      // Whole now: the libraries of any other build go, and the service worker serves this one.
      for (const name of await caches.keys()) {
        const parsed = parseLibraryCacheName(name);
        if (parsed && parsed.version !== version) await caches.delete(name);
      }
      navigator.serviceWorker?.controller?.postMessage('library-changed');
      // Ask the browser not to evict it when space runs short; it may say no.
      await navigator.storage?.persist?.().catch(() => false);
      await show();
    } catch (error) {
      progress.hidden = true;
      say(signal.aborted ? fillPlaceholders(strings.paused, { done: size(done), total: size(total) }) : strings.error);
      offer('resume', 'remove');
      if (!signal.aborted) console.warn('Saving the library stopped:', error);
    } finally {
      running = undefined;
    }
  };

  const remove = async () => {
    running?.abort();
    for (const name of await caches.keys()) if (parseLibraryCacheName(name)) await caches.delete(name);
    navigator.serviceWorker?.controller?.postMessage('library-changed');
    progress.hidden = true;
    say(strings.removed);
    offer('check');
  };

  const actions: Record<Action, () => Promise<void>> = {
    show,
    check,
    download,
    resume: download,
    update: download,
    cancel: async () => running?.abort(),
    remove,
  };
  return async (action) => {
    if (!('caches' in self)) {
      say(strings.unsupported);
      offer();
      return;
    }
    try {
      await actions[action as Action]?.();
    } catch (error) {
      say(strings.error);
      console.warn('The offline library:', error);
    }
  };
}
