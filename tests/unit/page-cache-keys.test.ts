import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from '../../src/lib/corpus/build-corpus.ts';
import {
	exhibitChangesPageKey,
	exhibitPageKey,
	filingPageKey,
	instrumentPageKey,
	partyPageKey,
} from '../../src/lib/corpus/page-cache-keys.ts';
import { loadContentFolder } from '../support/fixture-corpus.ts';

const fixture = (name: string): CorpusInput =>
	loadContentFolder(path.resolve(import.meta.dirname, '../fixtures', name));
const ACME = 'acme-8-k-2020-01-02';

/** Every page key of a corpus, by page. */
function keys(input: CorpusInput): Map<string, string> {
	const corpus = buildCorpus(input);
	return new Map([
		...corpus.filings.map((f) => [f.url, filingPageKey(f)] as const),
		...corpus.exhibits.map((e) => [e.url, exhibitPageKey(e)] as const),
		...corpus.parties.map((p) => [p.url, partyPageKey(p)] as const),
		...corpus.instruments.map((i) => [i.url, instrumentPageKey(i)] as const),
	]);
}

/** The corpus of one fixture plus another's filing (the shared party file is identical). */
function withBorealis(): CorpusInput {
	const acme = fixture('corpus-with-one-filing');
	const borealis = fixture('shards-registrant-borealis');
	return {
		filings: [...acme.filings, ...borealis.filings],
		exhibits: [...acme.exhibits, ...borealis.exhibits],
		parties: [...acme.parties, ...borealis.parties.filter((p) => !acme.parties.some((a) => a.id === p.id))],
		instruments: acme.instruments,
	};
}

const changedPages = (before: Map<string, string>, after: Map<string, string>) =>
	[...before].filter(([url, key]) => after.get(url) !== key).map(([url]) => url);

describe('page cache keys', () => {
	it('are the same for the same corpus', () => {
		expect(keys(fixture('corpus-with-one-filing'))).toEqual(keys(fixture('corpus-with-one-filing')));
	});

	it('change only on the pages a new filing touches: the shared party and the exhibit it now relates to', () => {
		const before = keys(fixture('corpus-with-one-filing'));
		const after = keys(withBorealis());
		// The Borealis exhibit names the Acme indenture's trustee, so the trustee's hub and the
		// indenture (whose "related exhibits" now lists it) change; nothing else Acme has does.
		expect(changedPages(before, after).sort()).toEqual([
			'/filings/acme-8-k-2020-01-02/ex-4-1/',
			'/parties/example-trust-company/',
		]);
	});

	it('change on every page that shows a party when the party is renamed', () => {
		const before = keys(fixture('corpus-with-one-filing'));
		const input = fixture('corpus-with-one-filing');
		const trustee = input.parties.find((p) => p.id === 'example-trust-company')!;
		trustee.data = { ...trustee.data, name: 'Example Trust Company, N.A.' };
		const changed = changedPages(before, keys(input));
		expect(changed).toContain('/parties/example-trust-company/');
		expect(changed).toContain(`/filings/${ACME}/ex-4-1/`);
		// The filing page lists each exhibit's parties.
		expect(changed).toContain(`/filings/${ACME}/`);
		expect(changed).not.toContain(`/filings/${ACME}/ex-99-1/`);
	});

	it('change on an exhibit page, and only there, when its file changes but not its front matter', () => {
		const before = keys(fixture('corpus-with-one-filing'));
		const input = fixture('corpus-with-one-filing');
		const indenture = input.exhibits.find((e) => e.data.number === '4.1')!;
		indenture.digest = 'a corrected body';
		expect(changedPages(before, keys(input))).toEqual([`/filings/${ACME}/ex-4-1/`]);
	});

	it('change on a filing page when the primary document it shows changes', () => {
		const filing = buildCorpus(fixture('corpus-with-one-filing')).filings[0]!;
		expect(filingPageKey(filing, 'document v1')).not.toBe(filingPageKey(filing, 'document v2'));
		expect(filingPageKey(filing, 'document v1')).toBe(filingPageKey(filing, 'document v1'));
	});

	it('change on the exhibit and filing pages when the filing is re-ingested with another date', () => {
		const before = keys(fixture('corpus-with-one-filing'));
		const input = fixture('corpus-with-one-filing');
		input.filings[0]!.data = { ...input.filings[0]!.data, filedDate: '2020-01-03' };
		const changed = changedPages(before, keys(input));
		for (const url of [
			`/filings/${ACME}/`,
			`/filings/${ACME}/ex-4-1/`,
			`/filings/${ACME}/ex-99-1/`,
			'/parties/acme-corporation/',
			'/parties/jane-roe/',
		])
			expect(changed).toContain(url);
	});

	it('change on the pages of a document, its filing and its instrument when an amendment of it is added', () => {
		const chain = fixture('corpus-with-a-credit-agreement-its-restatement-and-an-amendment');
		const withoutAmendment = { ...chain, exhibits: chain.exhibits.filter((e) => e.data.number !== '10.2') };
		const changed = changedPages(keys(withoutAmendment), keys(chain));
		// The restatement's "Amended by", its filing's JSON twin, the instrument's history.
		for (const url of [
			'/filings/borealis-8-k-2021-06-01/ex-10-1/',
			'/filings/borealis-8-k-2021-06-01/',
			'/instruments/borealis-inc-revolving-credit-facility/',
		])
			expect(changed).toContain(url);
	});

	it('change on a comparison page when either version’s body changes', () => {
		const chain = fixture('corpus-with-a-credit-agreement-its-restatement-and-an-amendment');
		const restated = () => buildCorpus(chain).exhibits.find((e) => e.entryId === 'borealis-8-k-2021-06-01/ex-10-1')!;
		const before = exhibitChangesPageKey(restated());
		chain.exhibits.find((e) => e.id === 'borealis-8-k-2019-03-01/ex-10-1')!.digest = 'a corrected original';
		expect(exhibitChangesPageKey(restated())).not.toBe(before);
	});
});
