/**
 * Amendment chains (src/lib/corpus/amendment-chains.ts): which exhibit amends which, on a small
 * synthetic corpus of one or two registrants, and on the fixture corpus the build test builds.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	amendmentHistory,
	documentKey,
	documentVersion,
	hasComparison,
	readAmendingTitle,
} from '../../src/lib/corpus/amendment-chains.ts';
import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import { filingJson } from '../../src/lib/corpus/json-twins.ts';
import { loadContentFolder } from '../support/fixture-corpus.ts';
import { syntheticCorpus as corpus } from '../support/synthetic-corpus.ts';

const FIXTURE = path.resolve(
	import.meta.dirname,
	'../fixtures/corpus-with-a-credit-agreement-its-restatement-and-an-amendment',
);

describe('reading a title for what it amends', () => {
	it('names the target of an amendment, a certificate of amendment and a supplemental indenture', () => {
		expect(readAmendingTitle('Amendment No. 1 to the Amended and Restated Bylaws of the Company')).toEqual({
			kind: 'amendment',
			target: 'amended and restated bylaws',
		});
		expect(readAmendingTitle('First Amendment to Credit Agreement, dated as of May 1, 2020, among …')).toEqual({
			kind: 'amendment',
			target: 'credit agreement',
		});
		expect(
			readAmendingTitle('Certificate of Amendment No. 2 to Amended and Restated Certificate of Incorporation'),
		).toEqual({ kind: 'amendment', target: 'amended and restated certificate of incorporation' });
		expect(readAmendingTitle('Supplemental Indenture No. 2 to the Senior Indenture, dated …')).toEqual({
			kind: 'supplement',
			target: 'senior indenture',
		});
		expect(
			readAmendingTitle('Second Supplemental Indenture, dated as of June 1, 2020, between the Company and X'),
		).toEqual({ kind: 'supplement', anyIndenture: true });
	});

	it('reads a restatement, and leaves a title that amends nothing alone', () => {
		expect(readAmendingTitle('Second Amended and Restated Credit Agreement')).toEqual({ kind: 'restatement' });
		expect(readAmendingTitle('Restated Articles of Incorporation of the Registrant')).toEqual({
			kind: 'restatement',
		});
		expect(readAmendingTitle('Bylaws of the Registrant, as amended and restated')).toEqual({ kind: 'restatement' });
		expect(readAmendingTitle('Credit Agreement, dated as of March 1, 2019')).toBeUndefined();
		expect(
			readAmendingTitle('Statement of Eligibility under the Trust Indenture Act of 1939, as amended'),
		).toBeUndefined();
		expect(
			readAmendingTitle('Form of supplemental indenture or other instrument establishing a series'),
		).toBeUndefined();
	});

	it('keys a title by the document it names, without its description or the registrant', () => {
		expect(documentKey('Amended and Restated Bylaws of GCM Grosvenor Inc.', ['GCM Grosvenor Inc.'])).toBe(
			'amended and restated bylaws',
		);
		expect(documentKey('Form of Indenture, dated as of …, between the Company and the Trustee')).toBe('indenture');
		expect(
			documentKey('Amended and Restated Certificate of Incorporation of the Company, as subsequently amended by …'),
		).toBe('amended and restated certificate of incorporation');
		expect(documentVersion('third amended and restated certificate of incorporation')).toEqual({
			family: 'certificate of incorporation',
			version: 3,
		});
		expect(documentVersion('bylaws')).toEqual({ family: 'bylaws', version: 0 });
	});
});

describe('linking amendments across the corpus', () => {
	it('links an amendment to the version it names, and a restatement to the latest earlier version of its family', () => {
		const { amends, exhibit } = corpus([
			{ filing: 'acme-2010-01-01', number: '3.2', title: 'Bylaws of Acme Corporation' },
			{ filing: 'acme-2015-01-01', number: '3.2', title: 'Amended and Restated Bylaws' },
			{ filing: 'acme-2018-01-01', number: '3.2', title: 'Amendment No. 1 to the Amended and Restated Bylaws' },
			{ filing: 'acme-2020-01-01', number: '3.2', title: 'Second Amended and Restated Bylaws of the Company' },
		]);
		expect(amends('acme-2015-01-01', '3.2')).toBe('restatement of acme-2010-01-01 3.2');
		expect(amends('acme-2018-01-01', '3.2')).toBe('amendment of acme-2015-01-01 3.2');
		expect(amends('acme-2020-01-01', '3.2')).toBe('restatement of acme-2015-01-01 3.2');
		expect(amends('acme-2010-01-01', '3.2')).toBeUndefined();
		// "Amended by", oldest first.
		expect(exhibit('acme-2015-01-01', '3.2').amendedBy.map((link) => link.exhibit.filing.id)).toEqual([
			'acme-2018-01-01',
			'acme-2020-01-01',
		]);
	});

	it('places incorporated exhibits by the filing they come from, and never links a later document', () => {
		const { amends } = corpus([
			{
				filing: 'acme-2022-01-01',
				number: '3.1',
				title: 'Amended and Restated Certificate of Incorporation',
				incorporatedFiled: '2014-12-19',
			},
			{
				filing: 'acme-2022-01-01',
				number: '3.1.1',
				title: 'Certificate of Amendment No. 1 to Amended and Restated Certificate of Incorporation',
				incorporatedFiled: '2015-11-05',
			},
			{
				filing: 'acme-2022-01-01',
				number: '3.2',
				title: 'Amendment to the Employment Agreement',
				date: '2012-01-01',
				parties: ['jane-roe'],
			},
			{
				filing: 'acme-2022-01-01',
				number: '10.1',
				title: 'Employment Agreement, dated 2013',
				date: '2013-01-01',
				parties: ['jane-roe'],
			},
		]);
		expect(amends('acme-2022-01-01', '3.1.1')).toBe('amendment of acme-2022-01-01 3.1');
		expect(amends('acme-2022-01-01', '3.2')).toBeUndefined();
	});

	it('requires the same registrant and the same parties', () => {
		const { amends } = corpus([
			{ filing: 'acme-2020-01-01', number: '10.1', title: 'Employment Agreement', parties: ['jane-roe'] },
			{ filing: 'acme-2021-01-01', number: '10.1', title: 'Amendment to Employment Agreement', parties: ['john-doe'] },
			{ filing: 'acme-2021-01-01', number: '10.2', title: 'Amendment to Employment Agreement', parties: ['jane-roe'] },
			// Another registrant's credit agreement, and one of Acme's with other lenders.
			{ filing: 'zenith-2019-01-01', number: '10.1', title: 'Credit Agreement', parties: ['big-bank'] },
			{ filing: 'acme-2019-06-01', number: '10.2', title: 'Credit Agreement', parties: ['other-bank'] },
			{
				filing: 'acme-2021-01-01',
				number: '10.3',
				title: 'Amended and Restated Credit Agreement',
				parties: ['big-bank', 'second-bank'],
			},
		]);
		expect(amends('acme-2021-01-01', '10.1')).toBeUndefined();
		expect(amends('acme-2021-01-01', '10.2')).toBe('amendment of acme-2020-01-01 10.1');
		expect(amends('acme-2021-01-01', '10.3')).toBeUndefined();
	});

	it('does not take two documents dated the same day by themselves, or a placeholder, for versions', () => {
		const { amends } = corpus([
			{ filing: 'acme-2003-12-18', number: '10.1', title: 'Loan and Security Agreement', date: '2003-12-18' },
			{
				filing: 'acme-2003-12-18',
				number: '10.2',
				title: 'Amended and Restated Loan and Security Agreement',
				date: '2003-12-18',
			},
			{ filing: 'acme-2024-01-01', number: '4.1', title: 'Indenture', status: 'Not filed' },
			{ filing: 'acme-2024-01-01', number: '4.2', title: 'First Supplemental Indenture to the Indenture' },
		]);
		expect(amends('acme-2003-12-18', '10.2')).toBeUndefined();
		expect(amends('acme-2024-01-01', '4.2')).toBeUndefined();
	});

	it('links a supplemental indenture naming no target only when the earlier indentures are one document', () => {
		const trustee = ['trust-co'];
		const one = corpus([
			{ filing: 'acme-2020-01-01', number: '4.1', title: 'Senior Indenture', parties: trustee },
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'First Supplemental Indenture', parties: trustee },
		]);
		expect(one.amends('acme-2021-01-01', '4.1')).toBe('supplement of acme-2020-01-01 4.1');
		const two = corpus([
			{ filing: 'acme-2020-01-01', number: '4.1', title: 'Senior Indenture', parties: trustee },
			{ filing: 'acme-2020-01-01', number: '4.2', title: 'Subordinated Indenture', parties: trustee },
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'First Supplemental Indenture', parties: trustee },
		]);
		expect(two.amends('acme-2021-01-01', '4.1')).toBeUndefined();
	});

	it('prefers, among copies of one document in several filings, the one with text', () => {
		const { amends } = corpus([
			{ filing: 'acme-2019-01-01', number: '10.1', title: 'Credit Agreement', incorporatedFiled: '2018-01-01' },
			{ filing: 'acme-2018-01-01', number: '10.1', title: 'Credit Agreement', hasBody: true },
			{ filing: 'acme-2020-01-01', number: '10.1', title: 'Amended and Restated Credit Agreement', hasBody: true },
		]);
		expect(amends('acme-2020-01-01', '10.1')).toBe('restatement of acme-2018-01-01 10.1');
	});
});

describe('the fixture corpus: a credit agreement, its restatement and an amendment', () => {
	const built = buildCorpus(loadContentFolder(FIXTURE));
	const [original, restated, amendment] = [
		'borealis-8-k-2019-03-01/ex-10-1',
		'borealis-8-k-2021-06-01/ex-10-1',
		'borealis-8-k-2021-06-01/ex-10-2',
	].map((id) => built.exhibits.find((one) => one.entryId === id)!);

	it('links the chain, and compares the restatement, whose versions both have text', () => {
		expect(restated!.amends).toEqual({ exhibit: original, kind: 'restatement' });
		expect(amendment!.amends).toEqual({ exhibit: restated, kind: 'amendment' });
		expect(original!.amendedBy.map((link) => link.exhibit)).toEqual([restated]);
		expect([original, restated, amendment].map((one) => hasComparison(one!))).toEqual([false, true, false]);
		const history = amendmentHistory(
			built.instrument('borealis-inc-revolving-credit-facility')!.documents.map((d) => d.exhibit),
		);
		expect(history).toEqual([original, restated, amendment]);
	});

	it('carries the links in the filing JSON twin', () => {
		const twin = filingJson(built.filing('borealis-8-k-2021-06-01')!);
		expect(twin.exhibits[0]).toMatchObject({
			amends: {
				kind: 'restatement',
				filing: 'borealis-8-k-2019-03-01',
				number: '10.1',
				url: '/filings/borealis-8-k-2019-03-01/ex-10-1/',
			},
			changesUrl: '/filings/borealis-8-k-2021-06-01/ex-10-1/changes/',
			amendedBy: [{ kind: 'amendment', number: '10.2', url: '/filings/borealis-8-k-2021-06-01/ex-10-2/' }],
		});
		expect(twin.exhibits[1]).toMatchObject({ changesUrl: null, amendedBy: [] });
	});
});
