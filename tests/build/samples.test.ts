/**
 * The real EDGAR samples (tests/fixtures/samples, ingested into content/ beside the seed) as
 * the default site shows them: one filing page per submission with its header facts and
 * every document listed, one page per text exhibit with its text, and search that finds it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/build-site.ts';
import { attr, elementIds, findAll, parseHtml, textOf } from '../support/html.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { DEFAULT_SITE_DIST, htmlPages, readPage, urlExists } from './site-dist.ts';

interface FilingJson {
	id: string;
	form: string;
	accession: string | null;
	registrant: { id: string; name: string };
	documents: { sequence: number; type: string; format: string; shownAs: string; exhibit?: string; image?: string }[];
	exhibits: { number: string; url: string; hasText: boolean; parties: { name: string; role: string }[] }[];
}

const filingJson = (id: string) =>
	JSON.parse(readFileSync(path.join(DEFAULT_SITE_DIST, 'filings', `${id}.json`), 'utf8')) as FilingJson;

/** Per submission: its id (the accession number, or the slug frozen for a bare document), form, registrant, and documents by type in sequence order. */
const SUBMISSIONS = [
	{
		sample: 'aames-capital_8-K_1998-12-31.txt',
		id: '0001011438-98-000429',
		form: '8-K',
		registrant: 'Aames Capital Corporation',
		types: ['8-K', 'EX-20.1'],
	},
	{
		sample: 'apple-computer_10-Q_2000-05-11.txt',
		id: '0000912057-00-023442',
		form: '10-Q',
		registrant: 'APPLE COMPUTER, INC.',
		types: ['10-Q', 'EX-3.2', 'EX-10.A49', 'EX-10.A51', 'EX-27'],
	},
	{
		sample: 'buckle_8-K_2024-11-22_primary.htm',
		id: 'the-buckle-inc-8-k-2024-11-22',
		form: '8-K',
		registrant: 'THE BUCKLE, INC.',
		types: ['8-K', 'EX-99.1'],
	},
	{
		sample: 'exelon_8-K_2005-04-27.txt',
		id: '0000950137-05-004969',
		form: '8-K',
		registrant: 'EXELON CORP',
		types: ['8-K'],
	},
	{
		sample: 'gcm-grosvenor_S-3_2025-06-27.txt',
		id: '0001213900-25-058997',
		form: 'S-3',
		registrant: 'GCM Grosvenor Inc.',
		types: ['S-3', 'EX-4.1', 'EX-5.1', 'EX-23.2', 'EX-25.1', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
	},
	{
		sample: 'nordstrom_8-K_2023-03-06.txt',
		id: '0000072333-23-000015',
		form: '8-K',
		registrant: 'Nordstrom, Inc.',
		types: [
			'8-K',
			'EX-10.1',
			'EX-10.2',
			'EX-101.SCH',
			'EX-101.LAB',
			'EX-101.PRE',
			'GRAPHIC',
			'XML',
			'XML',
			'EXCEL',
			'XML',
			'XML',
			'XML',
			'JSON',
			'ZIP',
		],
	},
	{
		sample: 'residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt',
		id: '0000774352-01-000002',
		form: '8-K',
		registrant: 'RESIDENTIAL FUNDING MORTGAGE SECURITIES I, INC.',
		types: ['8-K', 'EX-1'],
	},
	{
		sample: 'sophiris-bio_8-K_2016-03-23_primary.htm',
		id: 'sophiris-bio-inc-8-k-2016-03-23',
		form: '8-K',
		registrant: 'Sophiris Bio Inc.',
		types: ['8-K'],
	},
];

/** A sentence from each text exhibit, as it reads on the page, and words to search for it. */
const EXHIBIT_TEXT = [
	{
		filing: '0001011438-98-000429',
		slug: 'ex-20-1',
		sentence: 'MORTGAGE PASS-THROUGH CERTIFICATES SERIES 1998-C REMIC I',
		search: 'REMIC certificateholders',
	},
	{
		filing: '0000912057-00-023442',
		slug: 'ex-3-2',
		sentence: 'Fred D. Anderson and Nancy R. Heinen certify that:',
		search: 'Heinen',
	},
	{
		filing: '0000912057-00-023442',
		slug: 'ex-10-a49',
		sentence: 'If an Option or SAR is granted to an individual who is a consultant to the Company',
		search: 'consultant SAR Affiliate',
	},
	{
		filing: '0000912057-00-023442',
		slug: 'ex-10-a51',
		sentence: 'should expire or become unexercisable for any reason without having been exercised in full',
		search: 'unexercisable',
	},
	{ filing: '0000912057-00-023442', slug: 'ex-27', sentence: '<TOTAL-ASSETS> 7,007', search: 'MULTIPLIER' },
	{
		filing: 'the-buckle-inc-8-k-2024-11-22',
		slug: 'ex-99-1',
		sentence: 'Due to the 53rd week in fiscal 2023, comparable store net sales',
		search: '53rd week comparable store',
	},
	{
		filing: '0001213900-25-058997',
		slug: 'ex-4-1',
		sentence: 'Indenture dated as of',
		search: 'Reconciliation Trust Indenture Act',
	},
	{
		filing: '0001213900-25-058997',
		slug: 'ex-5-1',
		sentence: 'As such counsel, we have examined such matters of fact and questions of law',
		search: 'examined matters fact questions law',
	},
	{
		filing: '0001213900-25-058997',
		slug: 'ex-23-2',
		sentence: 'We consent to the reference to our firm under the caption “Experts”',
		search: 'Ernst Young consent',
	},
	{
		filing: '0001213900-25-058997',
		slug: 'ex-25-1',
		sentence: 'Listed below are all exhibits filed as part of this Statement of Eligibility and Qualification.',
		search: 'Eligibility Qualification',
	},
	{
		filing: '0001213900-25-058997',
		slug: 'ex-107',
		sentence: 'Calculation of Filing Fee Tables',
		search: 'Filing Fee Tables',
	},
	{
		filing: '0000072333-23-000015',
		slug: 'ex-10-1',
		sentence: 'the Optionee remains subject to the terms and conditions',
		search: 'Optionee',
	},
	{
		filing: '0000072333-23-000015',
		slug: 'ex-10-2',
		sentence: 'Cumulative Net Sales shall mean Net Sales for the Performance Cycle.',
		search: 'Cumulative EBIT Margin',
	},
	{
		filing: '0000774352-01-000002',
		slug: 'ex-1',
		sentence: 'CONDUIT MORTGAGE PASS-THROUGH CERTIFICATES SERIES 1989-SW1A',
		search: 'REPT1B',
	},
];

const bodyText = (url: string) => {
	const tree = parseHtml(readPage(url));
	const body = findAll(tree, 'div', (el) => (attr(el, 'className') ?? '').includes('exhibit-body'))[0];
	return body ? textOf(body) : '';
};

describe('each sample submission', () => {
	it.each(SUBMISSIONS)(
		'$sample has a filing page with its form, accession and registrant',
		({ id, form, registrant }) => {
			const json = filingJson(id);
			expect(json.form).toBe(form);
			expect(json.accession).toBe(/^\d{10}-\d{2}-\d{6}$/.test(id) ? id : null);
			const text = textOf(parseHtml(readPage(`/filings/${id}/`)));
			expect(text).toContain(registrant);
			if (json.accession) expect(text).toContain(json.accession);
		},
	);

	it.each(SUBMISSIONS)('$sample lists every document of the submission, with its type', ({ id, types }) => {
		const { documents, exhibits } = filingJson(id);
		expect(documents.map((d) => d.type)).toEqual(types);
		const rows = findAll(
			parseHtml(readPage(`/filings/${id}/`)),
			'section',
			(el) => attr(el, 'ariaLabelledBy') === 'documents-heading',
		).flatMap((section) => findAll(section, 'tr').slice(1));
		expect(rows).toHaveLength(types.length);
		// Binary and XBRL parts are listed, never pages; every readable exhibit document is one.
		for (const document of documents) {
			if (document.format === 'binary' || document.format === 'xbrl')
				expect(document.shownAs, document.type).toBe('listed');
			if (document.shownAs === 'exhibit')
				expect(exhibits.find((e) => e.number === document.exhibit)?.hasText, document.type).toBe(true);
		}
	});
});

describe('exhibit text', () => {
	let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
	beforeAll(async () => {
		pagefind = await loadPagefind(DEFAULT_SITE_DIST);
	});

	it.each(EXHIBIT_TEXT)(
		'$filing/$slug shows its text and search finds it',
		async ({ filing, slug, sentence, search }) => {
			const url = `/filings/${filing}/${slug}/`;
			expect(bodyText(url)).toContain(sentence);
			expect(await searchUrls(pagefind, search)).toContain(url);
		},
	);

	it('shows the primary document of a 10-Q and an S-3 in full on the filing page, with pinpoints', () => {
		const apple = parseHtml(readPage('/filings/0000912057-00-023442/'));
		expect(textOf(apple)).toMatch(/CONDENSED CONSOLIDATED BALANCE SHEETS/i);
		const gcm = parseHtml(readPage('/filings/0001213900-25-058997/'));
		expect(textOf(gcm)).toContain('GCM Grosvenor Inc.');
		expect(elementIds(gcm)).toContain('p1');
	});

	it('keeps the tables of the Buckle press release, every non-empty row of each', () => {
		const source = fromHtml(
			readFileSync(path.join(repoRoot, 'tests/fixtures/samples/buckle_8-K_2024-11-22_EX-99.1.htm'), 'utf8'),
		);
		const rowCounts = (tables: ReturnType<typeof findAll>) =>
			tables.map((table) => findAll(table, 'tr').filter((row) => toText(row).replace(/[\s\u00a0]/g, '') !== '').length);
		const expected = rowCounts(findAll(source, 'table')).filter((rows) => rows > 0);
		const page = parseHtml(readPage('/filings/the-buckle-inc-8-k-2024-11-22/ex-99-1/'));
		const body = findAll(page, 'div', (el) => (attr(el, 'className') ?? '').includes('exhibit-body'))[0]!;
		expect(expected.length).toBeGreaterThanOrEqual(4);
		expect(rowCounts(findAll(body, 'table'))).toEqual(expected);
		expect(textOf(body)).toContain('Net sales');
	});

	it('shows the images an HTML exhibit references, as filed, published beside the filing with their size', () => {
		const page = parseHtml(readPage('/filings/0001213900-25-058997/ex-5-1/'));
		const images = findAll(page, 'img');
		// The letterhead and the signature, each where the letter prints it.
		expect(new Set(images.map((image) => attr(image, 'src')))).toEqual(
			new Set(['/filings/0001213900-25-058997/ex5-1_001.jpg', '/filings/0001213900-25-058997/ex5-1_002.jpg']),
		);
		for (const image of images) {
			const src = attr(image, 'src')!;
			const name = path.basename(src);
			// Byte for byte the image ingest decoded from the submission.
			expect(
				readFileSync(path.join(DEFAULT_SITE_DIST, src)).equals(
					readFileSync(path.join(repoRoot, 'content', 'exhibits', '0001213900-25-058997', name)),
				),
			).toBe(true);
			expect(Number(attr(image, 'width'))).toBeGreaterThan(0);
			expect(Number(attr(image, 'height'))).toBeGreaterThan(0);
		}
		expect(
			attr(
				images.find((image) => attr(image, 'src')!.endsWith('ex5-1_001.jpg'))!,
				'width',
			),
		).toBe('246');
		const json = filingJson('0001213900-25-058997');
		expect(json.documents.filter((d) => d.image).map((d) => d.image)).toEqual(
			expect.arrayContaining(['ex5-1_001.jpg', 'ex5-1_002.jpg']),
		);
	});

	it('never writes U+FFFD: Windows-1252 and UTF-8 bytes become their characters', () => {
		const walk = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const full = path.join(dir, name);
				return statSync(full).isDirectory() ? walk(full) : /\.(?:html|json)$/.test(name) ? [full] : [];
			});
		const withReplacement = walk(DEFAULT_SITE_DIST).filter((file) => readFileSync(file, 'utf8').includes('\uFFFD'));
		expect(withReplacement).toEqual([]);
		// Curly quotes survive as filed (the Nordstrom agreements are UTF-8 HTML; the Apple 10-Q text is ASCII).
		expect(bodyText('/filings/0000072333-23-000015/ex-10-1/')).toContain('(the “Company”)');
	});
});

describe('parties across filings', () => {
	const partyRoles = (id: string, slug: string) =>
		filingJson(id)
			.exhibits.find((e) => e.url.endsWith(`/${slug}/`))!
			.parties.map((p) => `${p.name} as ${p.role}`);

	it('reads the parties of the GCM Grosvenor indenture from its opening recital', () => {
		expect(partyRoles('0001213900-25-058997', 'ex-4-1')).toEqual(
			expect.arrayContaining(['GCM Grosvenor Inc. as Company', 'Wilmington Trust, National Association as Trustee']),
		);
	});

	it('reads the trustee and obligor of the Form T-1 from its cover captions', () => {
		expect(partyRoles('0001213900-25-058997', 'ex-25-1')).toEqual(
			expect.arrayContaining(['Wilmington Trust, National Association as Trustee', 'GCM Grosvenor Inc. as Obligor']),
		);
	});

	it('makes one party page for the trustee of both exhibits, distinct from Wilmington Trust Company', () => {
		const catalog = JSON.parse(readFileSync(path.join(DEFAULT_SITE_DIST, 'data', 'catalog.json'), 'utf8')) as {
			parties: { name: string; url: string; aliases: string[] }[];
		};
		const national = catalog.parties.filter((p) => /^Wilmington Trust, National Association$/i.test(p.name));
		expect(national).toHaveLength(1);
		expect(national[0]!.aliases).toEqual(
			expect.arrayContaining(['WILMINGTON TRUST, NATIONAL ASSOCIATION', 'Wilmington Trust, National Association']),
		);
		expect(catalog.parties.some((p) => p.name === 'Wilmington Trust Company')).toBe(true);
		const hub = findAll(parseHtml(readPage(national[0]!.url)), 'a').map((a) => attr(a, 'href'));
		expect(hub).toEqual(
			expect.arrayContaining(['/filings/0001213900-25-058997/ex-4-1/', '/filings/0001213900-25-058997/ex-25-1/']),
		);
	});

	it('records the registrant’s CIK from the submission header', () => {
		const party = readFileSync(path.join(repoRoot, 'content', 'parties', 'gcm-grosvenor-inc.yaml'), 'utf8');
		expect(party).toMatch(/^cik: "0001819796"$/m);
	});
});

describe('the published site', () => {
	it('publishes the raw submission as filed', () => {
		const source = readFileSync(path.join(DEFAULT_SITE_DIST, 'filings', '0000072333-23-000015', 'source.txt'));
		expect(
			source.equals(readFileSync(path.join(repoRoot, 'tests/fixtures/samples/nordstrom_8-K_2023-03-06.txt'))),
		).toBe(true);
	});

	it('has a page for every filing, and no page for a binary or XBRL part', () => {
		const pages = htmlPages();
		for (const { id } of SUBMISSIONS) expect(urlExists(`/filings/${id}/`), id).toBe(true);
		expect(pages.filter((page) => /R1|xbrl|graphic|\.jpg/i.test(page))).toEqual([]);
	});
});
