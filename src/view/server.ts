/**
 * @module view/server — the local server of `bench view`: 127.0.0.1 only, GET and HEAD only,
 * the folder re-read on every page so new runs appear on reload. Routes: `/` (runs, trends,
 * picker), `/compare?a=<run>&b=<run>`, `/runs/<run>/<file>` for a run's report files (only
 * the names in FILES, only of run folders in the list: no other path of the disk is reachable).
 * A Host header other than this server's own address is refused (DNS rebinding).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { scanRuns, type ViewRun } from './runs.js';
import { renderComparePage, renderIndex, type PageMode } from './page.js';
import { compareByName } from './compare.js';

/** The files of a run folder the server hands out, with their content types. */
const FILES: Record<string, string> = {
  'report.html': 'text/html; charset=utf-8',
  'report.md': 'text/markdown; charset=utf-8',
  'summary.json': 'application/json',
  'results.csv': 'text/csv; charset=utf-8',
};

export interface ViewServer {
  url: string;
  close(): Promise<void>;
}

const MODE: PageMode = { kind: 'served', reportHref: (r: ViewRun) => `/runs/${encodeURIComponent(r.name)}/report.html` };

export async function startViewServer(out: string, opts: { port: number; label?: string; onError?(e: unknown): void }): Promise<ViewServer> {
  let origin = '';
  const server = http.createServer((req, res) => {
    handle(out, opts.label ?? out, origin, req, res).catch((e: unknown) => {
      opts.onError?.(e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error (see the terminal)');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `127.0.0.1:${port}`;
  return {
    url: `http://${origin}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(out: string, label: string, origin: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const host = req.headers.host ?? '';
  if (host !== origin && host !== origin.replace('127.0.0.1', 'localhost')) return send(res, 403, 'text/plain; charset=utf-8', `refused: Host ${host} is not this server`);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'only GET and HEAD');
  const url = new URL(req.url ?? '/', `http://${origin}`);
  const html = 'text/html; charset=utf-8';
  if (url.pathname === '/') return send(res, 200, html, await renderIndex(label, scanRuns(out), MODE));
  if (url.pathname === '/compare') {
    const a = url.searchParams.get('a') ?? '';
    const b = url.searchParams.get('b') ?? '';
    const runs = scanRuns(out);
    const content = await compareByName(runs, a, b);
    return send(res, 'error' in content ? 400 : 200, html, renderComparePage(label, runs, a, b, content, MODE));
  }
  const m = /^\/runs\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (m) {
    let name: string;
    let file: string;
    try {
      [name, file] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad path');
    }
    // Only a run folder of the list (matched by exact name, never joined from the request) and a known file name.
    const run = scanRuns(out).find((r) => r.name === name);
    const type = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
    if (!run || !type) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const full = path.join(run.dir, file);
    if (!fs.existsSync(full)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return send(res, 200, type, fs.readFileSync(full));
  }
  return send(res, 404, 'text/plain; charset=utf-8', 'not found');
}
