/**
 * Citing the default site: "Cite this" on every kind of page, metadata a reference manager
 * reads (read here the way Zotero's Embedded Metadata translator does), pinpoint anchors,
 * the URL contract and byte-identical rebuilds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSiteUrls, readRedirects } from '../../src/integrations/built-site-files.ts';
import { checkUrls, parseUrlList } from '../../src/lib/urls/published-urls.ts';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { attr, findAll, parseHtml, textOf } from '../support/html.ts';
import { DEFAULT_SITE_DIST, readPage } from './site-dist.ts';

const catalog = () =>
	JSON.parse(readFileSync(path.join(DEFAULT_SITE_DIST, 'data', 'catalog.json'), 'utf8')) as {
		filings: { id: string; url: string; exhibits: { number: string; url: string }[] }[];
		parties: { url: string }[];
		instruments: { url: string }[];
	};

/** The record a Zotero-style reader builds from a page's <head>: Highwire tags first, then Open Graph. */
function readCitationRecord(html: string) {
	const tree = parseHtml(html);
	const meta = new Map<string, string[]>();
	for (const el of findAll(tree, 'meta')) {
		const key = attr(el, 'name') ?? attr(el, 'property');
		const content = attr(el, 'content');
		if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
	}
	const first = (key: string) => meta.get(key)?.[0];
	const jsonLd = findAll(tree, 'script', (el) => attr(el, 'type') === 'application/ld+json').map(
		(el) => JSON.parse(textOf(el)) as Record<string, unknown>,
	);
	return {
		itemType: first('citation_technical_report_institution')
			? 'report'
			: first('citation_title')
				? 'journalArticle'
				: 'webpage',
		title: first('citation_title') ?? first('og:title'),
		authors: meta.get('citation_author') ?? [],
		date: first('citation_publication_date'),
		url: first('citation_public_url') ?? first('og:url'),
		institution: first('citation_technical_report_institution'),
		canonical: findAll(tree, 'link', (el) => attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'))[0],
		jsonLd,
	};
}

describe('citing an exhibit', () => {
	const seed = () => catalog().filings.find((f) => f.id.startsWith('lexington-precision-corporation'))!;

	it('gives reference managers a correct report record', () => {
		const url = seed().exhibits.find((e) => e.number === '4.1')!.url;
		const record = readCitationRecord(readPage(url));
		expect(record).toMatchObject({
			itemType: 'report',
			title:
				'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee',
			authors: ['Lexington Precision Corporation'],
			date: '2003/12/18',
			institution: 'U.S. Securities and Exchange Commission',
		});
		expect(record.url).toBe(record.canonical);
		expect(record.url).toMatch(new RegExp(`^https?://[^/]+${url}$`));
		expect(record.jsonLd[0]).toMatchObject({
			'@type': 'DigitalDocument',
			datePublished: '2003-12-18',
			author: { name: 'Lexington Precision Corporation' },
		});
	});

	it('shows plain and Bluebook citations with the permalink, and BibTeX and CSL-JSON downloads', () => {
		const url = seed().exhibits.find((e) => e.number === '4.5')!.url;
		const tree = parseHtml(readPage(url));
		const plain = textOf(findAll(tree, 'p', (el) => attr(el, 'id') === 'cite-plain')[0]!);
		const bluebook = textOf(findAll(tree, 'p', (el) => attr(el, 'id') === 'cite-bluebook')[0]!);
		expect(plain).toMatch(
			/^Lexington Precision Corporation, Form of 12% Senior Subordinated Note due August 1, 2003 \(Exhibit 4\.5 to Form 8-K, Dec\. 18, 2003\), https?:\/\/\S+\/ex-4-5\/$/,
		);
		expect(bluebook).toMatch(
			/^Lexington Precision Corp\., Current Report \(Form 8-K\) Ex\. 4\.5 \(Dec\. 18, 2003\), https?:\/\/\S+\/ex-4-5\/$/,
		);
		const downloads = findAll(tree, 'a', (el) => attr(el, 'download') !== undefined);
		const bib = decodeURIComponent(attr(downloads[0]!, 'href')!.split(',').slice(1).join(','));
		expect(bib).toMatch(/^@misc\{lexington-precision-corporation-2003-ex-4-5,/);
		const csl = JSON.parse(decodeURIComponent(attr(downloads[1]!, 'href')!.split(',').slice(1).join(','))) as {
			author: { literal: string }[];
		}[];
		expect(csl[0]!.author[0]!.literal).toBe('Lexington Precision Corporation');
	});

	it('offers a pinpoint variant of each citation for a targeted paragraph', () => {
		const tree = parseHtml(readPage(seed().exhibits[0]!.url));
		const template = attr(findAll(tree, 'p', (el) => attr(el, 'id') === 'cite-bluebook')[0]!, 'dataPinpointTemplate');
		expect(template).toMatch(/Ex\. 4\.1 PINPOINT-LABEL \(Dec\. 18, 2003\), \S+#PINPOINT-ID$/);
	});
});

describe('every page kind', () => {
	it('has a Cite this block, a canonical link, and states the source sha256 and ingest date', () => {
		const { filings, parties, instruments } = catalog();
		const pages = [filings[0]!.url, filings[0]!.exhibits[0]!.url, parties[0]!.url, instruments[0]!.url];
		for (const url of pages) {
			const tree = parseHtml(readPage(url));
			expect(
				findAll(tree, 'section', (el) => attr(el, 'className') === 'cite'),
				url,
			).toHaveLength(1);
			expect(readCitationRecord(readPage(url)).canonical, url).toMatch(new RegExp(`${url}$`));
			expect(textOf(tree), url).toMatch(/SHA-256 [0-9a-f]{64}\. Ingested [A-Z][a-z]+ \d{1,2}, \d{4}/);
		}
	});
});

describe('the URL contract', () => {
	it('keeps every URL listed in urls.txt, or declares a redirect for it', async () => {
		const published = parseUrlList(readFileSync(path.join(repoRoot, 'urls.txt'), 'utf8'));
		const result = checkUrls(
			published,
			await listSiteUrls(DEFAULT_SITE_DIST),
			await readRedirects(path.join(repoRoot, 'redirects.yaml')),
		);
		expect(result.missing).toEqual([]);
		expect(result.brokenRedirects).toEqual([]);
		// A new page must be added to the list (npm run urls:update) so that it is protected too.
		expect(result.added).toEqual([]);
	});

	it('publishes a sitemap of every page and a robots.txt pointing to it', () => {
		const sitemap = readFileSync(path.join(DEFAULT_SITE_DIST, 'sitemap.xml'), 'utf8');
		for (const exhibit of catalog().filings[0]!.exhibits) expect(sitemap).toContain(`${exhibit.url}</loc>`);
		expect(readFileSync(path.join(DEFAULT_SITE_DIST, 'robots.txt'), 'utf8')).toMatch(
			/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m,
		);
	});

	it('has a How to cite page explaining URLs, pinpoints and formats', () => {
		const text = textOf(parseHtml(readPage('/cite/')));
		for (const topic of ['#p1', '#section-4-02', 'Bluebook', 'BibTeX', 'CSL-JSON', 'SHA-256'])
			expect(text).toContain(topic);
	});
});

function hashTree(dir: string): Map<string, string> {
	const hashes = new Map<string, string>();
	const walk = (current: string) => {
		for (const name of readdirSync(current).sort()) {
			const full = path.join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else hashes.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
		}
	};
	walk(dir);
	return hashes;
}

describe('deterministic builds', () => {
	it('produce a byte-identical dist/ from the same content', async () => {
		const outDir = path.join(repoRoot, '.cache', 'test-dist-again');
		const result = await buildSite({
			contentDir: path.join(repoRoot, 'content'),
			outDir,
			cacheDir: path.join(repoRoot, '.cache', 'astro-again'),
		});
		expect(result.code, result.output).toBe(0);
		const first = hashTree(DEFAULT_SITE_DIST);
		const second = hashTree(outDir);
		expect([...second.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});
});
