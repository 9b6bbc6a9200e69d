/**
 * The ready-made deploy files of docs/deploy.md do what it says: the S3 sync (run with a
 * stand-in for the AWS CLI that records its calls) caches exactly the files `_headers` calls
 * immutable for good and the rest briefly, and the CloudFront function serves folder URLs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor, IMMUTABLE, SHORT } from '../../src/lib/deploy/headers-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FILES = [
	'index.html',
	'filings/x/index.html',
	'filings/x.json',
	'filings/x/source.txt',
	'_astro/Base.abc123.css',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/fragment/en_1a2b.pf_fragment',
	'pagefind/index/en_3c4d.pf_index',
	'pagefind/filter/en_5e6f.pf_filter',
	'_shards/b/pagefind/pagefind-entry.json',
	'_shards/b/pagefind/index/en_777.pf_index',
];

/** Runs deploy/s3-sync.sh over a dist/ of FILES with a stand-in `aws` that records each call's arguments. */
function runS3Sync(env: Record<string, string>) {
	const work = mkdtempSync(path.join(os.tmpdir(), 'fh-s3-'));
	const dist = path.join(work, 'dist');
	for (const file of [...FILES, '_headers', '_redirects']) {
		mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
		writeFileSync(path.join(dist, file), 'x');
	}
	const log = path.join(work, 'calls.jsonl');
	const aws = path.join(work, 'aws');
	writeFileSync(
		aws,
		`#!/usr/bin/env node\nrequire('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n`,
	);
	chmodSync(aws, 0o755);
	const run = spawnSync('bash', [path.join(root, 'deploy', 's3-sync.sh')], {
		env: { ...process.env, DIST: dist, AWS: aws, ...env },
		encoding: 'utf8',
	});
	const calls =
		run.status === 0
			? readFileSync(log, 'utf8')
					.trim()
					.split('\n')
					.map((line) => JSON.parse(line) as string[])
			: [];
	return { code: run.status, stderr: run.stderr, calls };
}

/** The files of FILES a sync call uploads: aws s3 sync's filters, the last matching one deciding. */
function uploaded(call: string[]): string[] {
	const filters: [boolean, RegExp][] = [];
	call.forEach((arg, i) => {
		if (arg === '--exclude' || arg === '--include')
			filters.push([arg === '--include', new RegExp(`^${call[i + 1]!.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`)]);
	});
	return [...FILES, '_headers', '_redirects'].filter((file) => {
		let included = true;
		for (const [include, pattern] of filters) if (pattern.test(file)) included = include;
		return included;
	});
}

const value = (call: string[], option: string) => call[call.indexOf(option) + 1];

describe('deploy/s3-sync.sh', () => {
	it('uploads what _headers caches for good with that cache, and the rest briefly, deleting what is gone', () => {
		const { code, calls } = runS3Sync({ BUCKET: 'my-filings', PREFIX: 'my-filings' });
		expect(code).toBe(0);
		const rules = headerRules(FILES, '/', []);
		const cacheOf = (file: string) =>
			headersFor(rules, `/${file.replace(/index\.html$/, '')}`).find(([name]) => name === 'Cache-Control')?.[1];
		const syncs = calls.filter((call) => call[0] === 's3' && call[1] === 'sync');
		expect(syncs.map((call) => call[3])).toEqual(Array(3).fill('s3://my-filings/my-filings/'));
		const byFile = new Map<string, string[]>();
		for (const call of syncs)
			for (const file of uploaded(call))
				byFile.set(file, [...(byFile.get(file) ?? []), value(call, '--cache-control')!]);
		for (const file of FILES) expect(byFile.get(file), file).toEqual([cacheOf(file)]);
		expect(byFile.has('_headers')).toBe(false);
		expect(new Set(byFile.get('pagefind/index/en_3c4d.pf_index'))).toEqual(new Set([IMMUTABLE]));
		expect(byFile.get('filings/x/index.html')).toEqual([SHORT]);
		const text = syncs.find((call) => uploaded(call).includes('filings/x/source.txt'))!;
		expect(value(text, '--content-type')).toBe('text/plain; charset=utf-8');
		expect(syncs.filter((call) => call.includes('--delete'))).toHaveLength(1);
		expect(uploaded(syncs.find((call) => call.includes('--delete'))!)).not.toContain('_astro/Base.abc123.css');
	});

	it('invalidates the distribution when one is named', () => {
		const { calls } = runS3Sync({ BUCKET: 'b', DISTRIBUTION_ID: 'E123' });
		expect(calls.at(-1)).toEqual(['cloudfront', 'create-invalidation', '--distribution-id', 'E123', '--paths', '/*']);
	});

	it('says what to set without a bucket', () => {
		const { code, stderr } = runS3Sync({ BUCKET: '' });
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/Set BUCKET to the bucket name/);
	});
});

describe('deploy/cloudfront-index.js', () => {
	type Request = { uri: string };
	const handler = new Function(
		`${readFileSync(path.join(root, 'deploy', 'cloudfront-index.js'), 'utf8')}; return handler;`,
	)() as (event: { request: Request }) => Request | { statusCode: number; headers: { location: { value: string } } };

	it('serves a folder URL its index.html, and files as they are', () => {
		expect(handler({ request: { uri: '/filings/x/' } })).toEqual({ uri: '/filings/x/index.html' });
		expect(handler({ request: { uri: '/filings/x.json' } })).toEqual({ uri: '/filings/x.json' });
	});

	it('redirects a folder URL without its slash', () => {
		expect(handler({ request: { uri: '/filings/x' } })).toMatchObject({
			statusCode: 301,
			headers: { location: { value: '/filings/x/' } },
		});
	});
});
