/**
 * Astro integration, after Pagefind: writes `dist/_headers` (cache rules and the
 * Content-Security-Policy, src/lib/deploy/) from the files and pages actually built, and, when
 * `DEPLOY_TARGET` names a host, warns about every limit of it `dist/` exceeds. The file-system
 * side lives here; scripts/lib/shard-merge.ts runs the same over a merged site.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	contentSecurityPolicy,
	hashSource,
	inlineCode,
	securityHeaders,
} from '../lib/deploy/content-security-policy.ts';
import { formatHeadersFile, headerRules, HOST_FILES } from '../lib/deploy/headers-file.ts';
import { type DeployTarget, limitWarnings, type SiteStats } from '../lib/deploy/host-limits.ts';
import { parseSiteBase } from '../lib/urls/site-base.ts';
import { fileFingerprint, filesUnder } from './folder-files.ts';

/** Files stat-ed and pages read at once while hashing inline code: enough to keep the disk busy, few enough for memory. */
const READ_AHEAD = 32;

/** Every file of a built site, site-relative with `/` separators, its size and fingerprint. */
async function siteFiles(distDir: string): Promise<SiteFile[]> {
	const files = await filesUnder(distDir);
	const found: SiteFile[] = [];
	for (let i = 0; i < files.length; i += READ_AHEAD) {
		const batch = files.slice(i, i + READ_AHEAD);
		const stats = await Promise.all(batch.map((file) => stat(path.join(distDir, file))));
		batch.forEach((file, n) => found.push({ file, bytes: stats[n]!.size, fingerprint: fileFingerprint(stats[n]!) }));
	}
	return found;
}

interface SiteFile {
	file: string;
	bytes: number;
	fingerprint: string;
}

/** A page's inline code, as hash sources. */
interface PageHashes {
	fingerprint: string;
	scripts: string[];
	styles: string[];
}

/**
 * The hashes of the previous build, under Astro's cache folder: a page whose fingerprint is
 * the same (Astro kept it, src/integrations/stale-output.ts) is not read again. They are kept
 * under the digest of the code that finds and hashes inline code, so new code reads every page.
 */
interface HashCache {
	code: string;
	pages: Record<string, PageHashes>;
}

const hashingCode = async () =>
	createHash('sha256')
		.update(await readFile(new URL('../lib/deploy/content-security-policy.ts', import.meta.url)))
		.digest('base64url');

async function readHashCache(file: string | undefined, code: string): Promise<Record<string, PageHashes>> {
	if (file === undefined) return {};
	try {
		const cache = JSON.parse(await readFile(file, 'utf8')) as HashCache;
		return cache.code === code ? cache.pages : {};
	} catch {
		return {}; // none yet, or unreadable: every page is read
	}
}

/**
 * The hash sources of the inline enhancements and style elements of every page; `cacheFile`
 * keeps each page's between builds.
 */
async function inlineHashes(distDir: string, pages: readonly SiteFile[], cacheFile?: string) {
	const code = await hashingCode();
	const cached = await readHashCache(cacheFile, code);
	const next: Record<string, PageHashes> = {};
	for (let i = 0; i < pages.length; i += READ_AHEAD) {
		const batch = pages.slice(i, i + READ_AHEAD);
		const found = await Promise.all(
			batch.map(async ({ file, fingerprint }): Promise<PageHashes> => {
				const known = cached[file];
				if (known?.fingerprint === fingerprint) return known;
				const inline = inlineCode(await readFile(path.join(distDir, file), 'utf8'));
				return { fingerprint, scripts: inline.scripts.map(hashSource), styles: inline.styles.map(hashSource) };
			}),
		);
		batch.forEach(({ file }, n) => (next[file] = found[n]!));
	}
	if (cacheFile !== undefined) {
		await mkdir(path.dirname(cacheFile), { recursive: true });
		await writeFile(cacheFile, JSON.stringify({ code, pages: next } satisfies HashCache));
	}
	const all = Object.values(next);
	return { scripts: new Set(all.flatMap((page) => page.scripts)), styles: new Set(all.flatMap((page) => page.styles)) };
}

/** What the limits count, from the files and the host files' lines. */
function siteStats(files: readonly { file: string; bytes: number }[], redirects: number, rules: number): SiteStats {
	const folders = new Map<string, number>();
	let largestFile = { path: '', bytes: 0 };
	let bytes = 0;
	for (const { file, bytes: size } of files) {
		bytes += size;
		if (size > largestFile.bytes) largestFile = { path: file, bytes: size };
		const folder = path.posix.dirname(file);
		folders.set(folder, (folders.get(folder) ?? 0) + 1);
	}
	const [fullest, inFullest] = [...folders].reduce((a, b) => (b[1] > a[1] ? b : a), ['.', 0]);
	return {
		bytes,
		files: files.length,
		largestFile,
		fullestFolder: { path: `${fullest}/`, files: inFullest },
		redirects,
		headerRules: rules,
	};
}

/**
 * Writes `_headers` into a built site served under `base`; returns what the host limits count.
 * `cacheDir`, when given, keeps each page's inline code hashes for the next build.
 */
export async function writeDeployFiles(distDir: string, base: string, cacheDir?: string): Promise<SiteStats> {
	const files = (await siteFiles(distDir)).filter(({ file }) => !HOST_FILES.has(file));
	const hashes = await inlineHashes(
		distDir,
		files.filter(({ file }) => file.endsWith('.html')),
		cacheDir === undefined ? undefined : path.join(cacheDir, 'inline-code-hashes.json'),
	);
	const policy = contentSecurityPolicy(hashes.scripts, hashes.styles);
	const rules = headerRules(
		files.map(({ file }) => file),
		base,
		securityHeaders(policy),
	);
	const headersFile = formatHeadersFile(rules);
	await writeFile(path.join(distDir, '_headers'), headersFile);
	const redirects = await readFile(path.join(distDir, '_redirects'), 'utf8').catch(() => '');
	const redirectLines = redirects.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).length;
	const allFiles = [...files, { file: '_headers', bytes: Buffer.byteLength(headersFile) }];
	return siteStats(allFiles, redirectLines, rules.length);
}

/** `target`: the host named by DEPLOY_TARGET (src/data/site-config.ts), whose limits are checked. */
export default function deployFilesIntegration({ target }: { target?: DeployTarget } = {}): AstroIntegration {
	let base = '/';
	let cacheDir = '';
	return {
		name: 'filed-herewith:deploy-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = parseSiteBase(config.base);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const stats = await writeDeployFiles(fileURLToPath(dir), base, cacheDir);
				logger.info(
					`Wrote _headers (${stats.headerRules} rules): ${stats.files} files, ${(stats.bytes / 1024 ** 2).toFixed(1)} MB.`,
				);
				for (const warning of target ? limitWarnings(target, stats) : []) logger.warn(warning);
			},
		},
	};
}
