import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, relatedExhibits, type CorpusInput } from '../../src/lib/corpus/build-corpus.ts';
import { catalogJson, filingJson } from '../../src/lib/corpus/json-twins.ts';
import { loadContentFolder } from '../support/fixture-corpus.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/corpus-with-one-filing');
const load = (): CorpusInput => loadContentFolder(FIXTURE);

describe('buildCorpus', () => {
	it('joins exhibits to their filing, parties and instruments, with back-links', () => {
		const corpus = buildCorpus(load());
		const filing = corpus.filing('acme-8-k-2020-01-02')!;
		expect(filing.exhibits.map((e) => e.data.number)).toEqual(['4.1', '99.1']);
		const trustee = corpus.party('example-trust-company')!;
		expect(trustee.appearances.map((a) => [a.exhibit.data.number, a.role])).toEqual([['4.1', 'Trustee']]);
		expect(corpus.instrument('acme-corporation-5-notes-due-2030')!.documents.map((d) => d.relation)).toEqual([
			'governs',
		]);
		expect(corpus.party('jane-roe')!.signed.map((s) => s.title)).toEqual(['Secretary']);
		expect(corpus.party('acme-corporation')!.registrantOf).toEqual([filing]);
	});

	it('links each exhibit to its previous and next exhibit in the filing', () => {
		const [first, second] = buildCorpus(load()).exhibits;
		expect(first!.prev).toBeUndefined();
		expect(first!.next).toBe(second);
		expect(second!.prev).toBe(first);
	});

	it('names every dangling reference with its file and what to do', () => {
		const input = load();
		const exhibit = input.exhibits.find((e) => e.data.number === '4.1')!;
		exhibit.data = {
			...exhibit.data,
			parties: [{ party: 'nobody', role: 'Trustee', nameAsFiled: 'Nobody' }],
			instruments: [{ instrument: 'nothing', relation: 'governs' }],
		};
		input.filings[0]!.data = { ...input.filings[0]!.data, registrant: 'ghost-corporation' };
		let error: unknown;
		try {
			buildCorpus(input);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(CorpusError);
		const problems = (error as CorpusError).problems.join('\n');
		expect(problems).toContain(
			'registrant "ghost-corporation", which has no entry in content/parties/. Add the party or fix the id.',
		);
		expect(problems).toContain('Exhibit 4.1 in ');
		expect(problems).toContain('names party "nobody"');
		expect(problems).toContain('names instrument "nothing", which has no entry in content/instruments/.');
	});

	it('relates exhibits through shared non-registrant parties and instruments only', () => {
		const corpus = buildCorpus(load());
		const [indenture, pressRelease] = corpus.exhibits;
		// The press release shares only the registrant with the indenture: not related.
		expect(relatedExhibits(indenture!)).toEqual([]);
		expect(relatedExhibits(pressRelease!)).toEqual([]);
	});
});

describe('related exhibits at scale', () => {
	/** `count` filings of one exhibit each, all naming one trustee bank; the first also shares an instrument with the second. */
	function bankCorpus(count: number): CorpusInput {
		const input = load();
		const [template] = input.exhibits;
		const filing = input.filings[0]!;
		input.filings = Array.from({ length: count }, (_, i) => ({
			...filing,
			id: `f${i}`,
			data: { ...filing.data, id: `f${i}` },
		}));
		input.exhibits = Array.from({ length: count }, (_, i) => ({
			...template!,
			id: `f${i}/ex-4-1`,
			data: { ...template!.data, filing: `f${i}`, instruments: i < 2 ? template!.data.instruments : [] },
		}));
		return input;
	}

	it('relates exhibits through a trustee they share, most shared links first, then in URL order', () => {
		const corpus = buildCorpus(bankCorpus(12));
		const related = relatedExhibits(corpus.exhibits.find((e) => e.filing.id === 'f0')!);
		expect(related[0]).toMatchObject({
			exhibit: { url: '/filings/f1/ex-4-1/' },
			shared: ['5% Notes due January 2, 2030', 'Example Trust Company'],
		});
		expect(related.slice(1).map((r) => r.exhibit.url)).toEqual([
			'/filings/f10/ex-4-1/',
			'/filings/f11/ex-4-1/',
			'/filings/f2/ex-4-1/',
			'/filings/f3/ex-4-1/',
			'/filings/f4/ex-4-1/',
			'/filings/f5/ex-4-1/',
			'/filings/f6/ex-4-1/',
		]);
	});

	it('does not relate exhibits through a hub party named in more than a hundred exhibits, only through instruments', () => {
		const corpus = buildCorpus(bankCorpus(101));
		expect(
			relatedExhibits(corpus.exhibits.find((e) => e.filing.id === 'f0')!).map((r) => [r.exhibit.url, r.shared]),
		).toEqual([['/filings/f1/ex-4-1/', ['5% Notes due January 2, 2030']]]);
		expect(relatedExhibits(corpus.exhibits.find((e) => e.filing.id === 'f5')!)).toEqual([]);
	});
});

describe('machine-readable twins', () => {
	it('describe the catalog with site-relative URLs', () => {
		const catalog = catalogJson(buildCorpus(load()));
		expect(catalog.filings[0]).toMatchObject({
			id: 'acme-8-k-2020-01-02',
			url: '/filings/acme-8-k-2020-01-02/',
			registrant: { id: 'acme-corporation', name: 'Acme Corporation' },
			reportDate: '2020-01-02',
			accession: null,
		});
		expect(catalog.filings[0]!.exhibits[0]).toEqual({
			number: '4.1',
			type: 'EX-4.1',
			title: 'Indenture, dated as of January 2, 2020, between Acme Corporation and Example Trust Company, as Trustee.',
			url: '/filings/acme-8-k-2020-01-02/ex-4-1/',
		});
		expect(catalog.parties.map((p) => p.url)).toContain('/parties/jane-roe/');
	});

	it('give each exhibit its parties with roles and instruments with terms', () => {
		const json = filingJson(buildCorpus(load()).filing('acme-8-k-2020-01-02')!);
		expect(json.state).toBe('Delaware');
		expect(json.exhibits[0]!.parties).toContainEqual({
			id: 'example-trust-company',
			name: 'Example Trust Company',
			role: 'Trustee',
			url: '/parties/example-trust-company/',
		});
		expect(json.exhibits[0]!.instruments[0]).toMatchObject({
			kind: 'note',
			rate: 5,
			maturity: '2030-01-02',
			principal: null,
		});
	});
});
