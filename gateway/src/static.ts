import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/**
 * Serves the built single-page web app from `root`: files as they are, and
 * `index.html` for any other GET that is not an API path (client-side routes).
 */
export function serveWebApp(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/graphql' || path.startsWith('/.well-known/')) return false;
    const candidate = normalize(join(root, path));
    if (!candidate.startsWith(root.endsWith(sep) ? root : root + sep) && candidate !== root)
      return false;
    const file = (await isFile(candidate)) ? candidate : join(root, 'index.html');
    if (!(await isFile(file))) return false;
    res.statusCode = 200;
    res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader(
      'cache-control',
      file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    );
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).pipe(res).on('finish', resolve);
    });
    return true;
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
