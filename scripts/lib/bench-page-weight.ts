/**
 * Page weight of exhibit pages: what a reader downloads beyond the document itself.
 * overhead = gzip(HTML) + gzip(each linked stylesheet) − gzip(the exhibit's own text), in
 * bytes, per page; the target is at most 15 kB (`PAGE_WEIGHT_BUDGET`, in the table's kB of
 * 1,024 bytes), and the bench counts the pages over it. Inline scripts other than JSON-LD are
 * counted too (the "no JavaScript but the search launcher" rule).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { exhibitBody } from './bench-baseline.ts';

/** What an exhibit page may weigh over its text (issues 15 and 16). */
export const PAGE_WEIGHT_BUDGET = 15 * 1024;

export interface PageWeight {
	pages: number;
	/** Pages over PAGE_WEIGHT_BUDGET. */
	overBudget: number;
	/** Overhead in bytes: median and worst over the pages measured. */
	medianOverhead: number;
	worstOverhead: number;
	worstPage: string;
	/** Largest inline JavaScript on one page (bytes, uncompressed) and external script count. */
	maxInlineScriptBytes: number;
	externalScripts: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Measure every `step`-th exhibit page of `dist` (built from `contentDir`). */
export async function measurePageWeight(dist: string, contentDir: string, step = 1): Promise<PageWeight> {
	const cssSizes = new Map<string, number>();
	const overheads: { bytes: number; page: string }[] = [];
	let maxInlineScriptBytes = 0;
	let externalScripts = 0;
	const filings = (await readdir(path.join(dist, 'filings'), { withFileTypes: true }))
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	let seen = 0;
	for (const filing of filings) {
		for (const page of (await readdir(path.join(dist, 'filings', filing)))
			.filter((name) => name.startsWith('ex-'))
			.sort()) {
			const source = path.join(contentDir, 'exhibits', filing, `${page}.md`);
			if (!existsSync(source) || seen++ % step !== 0) continue;
			const html = await readFile(path.join(dist, 'filings', filing, page, 'index.html'), 'utf8');
			let css = 0;
			for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
				if (!cssSizes.has(href!)) cssSizes.set(href!, gz(await readFile(path.join(dist, href!))));
				css += cssSizes.get(href!)!;
			}
			for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
				if (/src=/.test(attrs!)) externalScripts++;
				else if (!/application\/ld\+json/.test(attrs!))
					maxInlineScriptBytes = Math.max(maxInlineScriptBytes, Buffer.byteLength(body!));
			}
			const text = exhibitBody(await readFile(source, 'utf8'));
			overheads.push({ bytes: gz(html) + css - gz(text), page: `/filings/${filing}/${page}/` });
		}
	}
	if (overheads.length === 0)
		throw new Error(
			`No exhibit pages with a body found under ${dist}/filings/. Build the site from ${contentDir} first.`,
		);
	overheads.sort((a, b) => a.bytes - b.bytes);
	const worst = overheads.at(-1)!;
	return {
		pages: overheads.length,
		overBudget: overheads.filter((o) => o.bytes > PAGE_WEIGHT_BUDGET).length,
		medianOverhead: overheads[Math.floor(overheads.length / 2)]!.bytes,
		worstOverhead: worst.bytes,
		worstPage: worst.page,
		maxInlineScriptBytes,
		externalScripts,
	};
}
