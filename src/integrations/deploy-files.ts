/**
 * Astro integration, after Pagefind: writes `dist/_headers` (cache rules and the
 * Content-Security-Policy, src/lib/deploy/) from the files and pages actually built, and, when
 * `DEPLOY_TARGET` names a host, warns about every limit of it `dist/` exceeds. The file-system
 * side lives here; scripts/lib/shard-merge.ts runs the same over a merged site.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
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
import { readThroughCache, sourceDigest } from './fingerprint-cache.ts';
import { filesUnder } from './folder-files.ts';

/** Files stat-ed at once. */
const READ_AHEAD = 32;

/** Every file of a built site, site-relative with `/` separators, and its size. */
async function siteFiles(distDir: string): Promise<{ file: string; bytes: number }[]> {
	// dist/.git (a site deployed as a git repository) is not served.
	const files = await filesUnder(distDir, ['.git']);
	const sizes: { file: string; bytes: number }[] = [];
	for (let i = 0; i < files.length; i += READ_AHEAD) {
		const batch = files.slice(i, i + READ_AHEAD);
		const stats = await Promise.all(batch.map((file) => stat(path.join(distDir, file))));
		batch.forEach((file, n) => sizes.push({ file, bytes: stats[n]!.size }));
	}
	return sizes;
}

/**
 * The hash sources of the inline enhancements and style elements of every page; `cacheFile`
 * keeps each page's between builds (src/integrations/fingerprint-cache.ts), under the digest
 * of the module that finds and hashes inline code.
 */
async function inlineHashes(distDir: string, pages: readonly string[], cacheFile?: string) {
	const code = await sourceDigest([
		fileURLToPath(new URL('../lib/deploy/content-security-policy.ts', import.meta.url)),
	]);
	const perPage = await readThroughCache(
		distDir,
		pages,
		async (page) => {
			const inline = inlineCode(await readFile(path.join(distDir, page), 'utf8'));
			return { scripts: inline.scripts.map(hashSource), styles: inline.styles.map(hashSource) };
		},
		{ cacheFile, code },
	);
	const all = [...perPage.values()];
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
		files.map(({ file }) => file).filter((file) => file.endsWith('.html')),
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
