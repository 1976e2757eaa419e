import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** How a test steers the server. */
export interface ServeOptions {
  /** Called before each answer; the answer waits for the promise (a test holds a file back to interrupt a download). */
  holdBack?: (pathname: string) => Promise<void> | undefined;
}

/** A running static server: its origin and the URL of its base path (`http://127.0.0.1:n/base/`). */
export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder the way a plain static host does, under a base path (`/` or `/cao-bang/`):
 * `x/` answers `x/index.html`, `x` redirects to `x/` when that is a folder, and a missing file
 * answers the folder's `404.html` with status 404. Everything outside the base path is 404 too, so a
 * link that forgets the base is caught. Port 0 takes any free port.
 */
export function serveFolder(folder: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    await options.holdBack?.(pathname);
    const notFound = () => {
      const page = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': contentTypes['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = normalize(join(root, pathname.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      done({
        origin,
        url: `${origin}${base}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    }),
  );
}
