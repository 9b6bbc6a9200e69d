/**
 * Serve a built site from disk over HTTP on 127.0.0.1, as a static host would: `/x/` serves
 * `x/index.html`, a missing file gets `404.html` with status 404, and text (HTML, JS, CSS,
 * JSON, SVG) is gzipped when the browser accepts it, as every CDN does — so byte counts are
 * what a reader would really download. Pagefind's index files are compressed already. A site
 * built under a base (SITE_BASE) is served under it, and with `headers` the site's own
 * `_headers` file (src/lib/deploy/headers-file.ts) is applied, as Netlify and Cloudflare Pages
 * do — its Content-Security-Policy included. For the browser tests and the search bench; never
 * listens on a public interface.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule, parseHeadersFile } from '../../src/lib/deploy/headers-file.ts';
import { withoutBase } from '../../src/lib/urls/site-base.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

export interface StaticServer {
	/** `http://127.0.0.1:{port}` */
	origin: string;
	close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const file = path.join(root, path.normalize(decoded));
	// Never serve outside the site folder (`/../`).
	if (file !== root && !file.startsWith(root + path.sep)) return null;
	const candidate = decoded.endsWith('/') ? path.join(file, 'index.html') : file;
	try {
		return (await stat(candidate)).isFile() ? candidate : null;
	} catch {
		return null;
	}
}

export interface ServeOptions {
	/** Listen on this port; default: a free one. */
	port?: number;
	/** Called for every file sent, with the bytes sent: what a page really fetched, workers included. */
	onServed?: (pathname: string, bytes: number) => void;
	/** The base the site was built under (`/my-filings/`); anything outside it is a 404. Default `/`. */
	base?: string;
	/** Send the headers the site's `_headers` file gives each path. */
	headers?: boolean;
}

/** Start serving `siteDir` on 127.0.0.1. */
export async function serveStatic(siteDir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const root = path.resolve(siteDir);
	const base = options.base ?? '/';
	const rules: HeaderRule[] = options.headers
		? parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'))
		: [];
	const server: Server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
		const sitePath = withoutBase(pathname, base);
		let file = sitePath === undefined ? null : await fileFor(root, sitePath);
		let status = 200;
		if (!file) {
			status = 404;
			file = await fileFor(root, '/404.html');
		}
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
			return;
		}
		const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
		const gzip =
			/^(text\/|application\/json|application\/xml|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const raw = await readFile(file);
		const body = gzip ? gzipSync(raw) : raw;
		response.writeHead(status, {
			'content-type': type,
			'content-length': body.length,
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
			// Like a CDN: pages revalidate, assets (hashed names under /_astro/ and /pagefind/) are
			// cached, so a second search in the same browser is a warm one.
			'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
			// The site's own headers win, as on the hosts that read them.
			...Object.fromEntries(headersFor(rules, pathname).map(([name, value]) => [name.toLowerCase(), value])),
		});
		if (request.method === 'HEAD') response.end();
		else {
			options.onServed?.(pathname, body.length);
			response.end(body);
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', resolve);
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
