/**
 * axe-core in Chromium on each kind of page a reader lands on: search (with results and
 * filters shown), filing, exhibit (with paragraph text), party and instrument. No violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { waitForFacets, waitForResults } from './search-page.ts';
import { offlinePage, siteUrl, sitePathOf } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BETA = '/filings/beta-industries-8-k-2021-03-04';
const INDENTURE = '/filings/0001213900-25-058997/ex-4-1/';

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Run axe on the page as it is now; violations as readable lines (rule, impact, elements). */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
		return (await axe.run()).violations;
	});
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

async function scan(
	url: string,
	ready: (page: Page) => Promise<void> = async () => {},
	colorScheme: 'light' | 'dark' = 'light',
	viewport = { width: 1280, height: 720 },
) {
	// bypassCSP: axe is injected as an inline script, which the site's policy refuses (csp.test.ts checks the policy).
	const page = await offlinePage(browser, { colorScheme, viewport, bypassCSP: true });
	try {
		const response = await page.goto(siteUrl(url));
		expect(response?.status(), url).toBe(200);
		await ready(page);
		return await axeViolations(page);
	} finally {
		await page.close();
	}
}

const searchWithResults = async (page: Page) => {
	await waitForResults(page);
	await waitForFacets(page);
};

describe('axe finds no violations', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`on the search page with results and filters (${colorScheme})`, async () => {
			expect(await scan('/search/?q=%22senior+subordinated%22+trustee', searchWithResults, colorScheme)).toEqual([]);
		});

		it(`on an exhibit page with paragraph text (${colorScheme})`, async () => {
			expect(await scan(`${BETA}/ex-4-1/`, undefined, colorScheme)).toEqual([]);
		});

		// A long exhibit with an outline, cross-references and defined terms: the GCM form of indenture.
		it(`on a long exhibit, its outline a side column (${colorScheme})`, async () => {
			expect(await scan(INDENTURE, undefined, colorScheme)).toEqual([]);
		});

		it(`on a long exhibit on a phone, its outline closed and open (${colorScheme})`, async () => {
			const phone = { width: 390, height: 800 };
			expect(await scan(INDENTURE, undefined, colorScheme, phone)).toEqual([]);
			const openOutline = async (page: Page) => {
				await page.evaluate(() => {
					for (const details of document.querySelectorAll('.outline, .outline details'))
						details.setAttribute('open', '');
				});
			};
			expect(await scan(INDENTURE, openOutline, colorScheme, phone)).toEqual([]);
		});

		// What a restated credit agreement changed, word by word (tests/fixtures/corpus-with-a-credit-agreement-…).
		it(`on the comparison of two versions (${colorScheme})`, async () => {
			expect(await scan('/filings/borealis-8-k-2021-06-01/ex-10-1/changes/', undefined, colorScheme)).toEqual([]);
		});
	}

	it('on an exhibit page saying what it amends and what amends it, and its instrument’s history', async () => {
		expect(await scan('/filings/borealis-8-k-2021-06-01/ex-10-1/')).toEqual([]);
		expect(await scan('/instruments/borealis-inc-revolving-credit-facility/')).toEqual([]);
	});

	it('on the search page before a search', async () => {
		expect(
			await scan('/search/', (page) => page.waitForSelector('[data-search][data-status="idle"]').then(() => {})),
		).toEqual([]);
	});

	it('on a filing page', async () => {
		expect(await scan(`${BETA}/`)).toEqual([]);
	});

	it('on the seed filing and one of its exhibits', async () => {
		const catalog = (await (await fetch(siteUrl('/data/catalog.json'))).json()) as {
			filings: { url: string; registrant: { name: string }; reportDate: string | null; exhibits: { url: string }[] }[];
		};
		// The default content's seed (docs/architecture.md): Lexington Precision's 8-K of December 18, 2003.
		const seed = catalog.filings.find(
			(f) => f.registrant.name === 'Lexington Precision Corporation' && f.reportDate === '2003-12-18',
		);
		expect(seed, 'the seed filing in /data/catalog.json').toBeDefined();
		expect(await scan(sitePathOf(seed!.url))).toEqual([]);
		expect(await scan(sitePathOf(seed!.exhibits[0]!.url))).toEqual([]);
	});

	// One scan per filing of the default content (24 pages, about 2 s each on a quiet machine): more
	// than the project's 60 s when the two cores are shared with other builds.
	it(
		'on the page of every filing of the default content, ingested from real EDGAR HTML and text',
		{
			timeout: 240_000,
		},
		async () => {
			const catalog = (await (await fetch(siteUrl('/data/catalog.json'))).json()) as { filings: { url: string }[] };
			const found: string[] = [];
			for (const filing of catalog.filings)
				found.push(...(await scan(sitePathOf(filing.url))).map((line) => `${filing.url}: ${line}`));
			expect(found).toEqual([]);
		},
	);

	it('on a party page', async () => {
		expect(await scan('/parties/quillwort-trust-company/')).toEqual([]);
	});

	it('on an instrument page', async () => {
		expect(await scan('/instruments/beta-industries-12-senior-subordinated-notes-due-2031/')).toEqual([]);
	});
});
