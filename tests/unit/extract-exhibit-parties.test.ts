import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/lib/extract/document-kind.ts';
import { exhibitParties, type PartyContext } from '../../src/lib/extract/exhibit-parties.ts';
import { extractParties } from '../../src/lib/extract/party-clause.ts';
import { genericReference, isPartyName } from '../../src/lib/extract/party-entity.ts';

const REGISTRANT = 'ACME THERAPEUTICS, INC.';
const read = (number: string, title: string, more: Partial<PartyContext> = {}) =>
	exhibitParties({
		number,
		title,
		filed: true,
		registrants: [REGISTRANT],
		primaryText: '',
		titleParties: extractParties(title, { makerRole: 'Maker' }).parties,
		bodyParties: [],
		...more,
	}).map((party) => [party.nameAsFiled, party.role]);

describe('what can be a party', () => {
	it('takes organisations and people, in any case', () => {
		for (const name of [
			'Wilmington Trust, National Association',
			'ACME THERAPEUTICS, INC.',
			'Parsons Behle & Latimer',
		]) {
			expect(isPartyName(name), name).toBe(true);
		}
		for (const name of ['Glenn K.C. Ching', 'Jose “Pepe” Carmona', 'Shalabh Gupta, M.D.'])
			expect(isPartyName(name), name).toBe(true);
	});

	it('refuses dates, file numbers, statutes, sentences, boilerplate and generic references', () => {
		for (const text of [
			'2010 (File No. 001-08923)',
			'KNOW ALL PERSONS BY THESE PRESENTS',
			'The undersigned',
			'Regulation AB',
			'Rule 416 under the Securities Act of 1933',
			'We have acted as counsel for Acme Corporation',
			'Holland & Knight LLP | www.hklaw.com',
			'Inc.',
			'the Company',
		]) {
			expect(isPartyName(text), text).toBe(false);
		}
		expect(genericReference('the Registrant')).toBe('registrant');
		expect(genericReference('the Lenders')).toBe('class');
	});
});

describe('the kind of an exhibit, by its number and title', () => {
	it.each([
		['5.1', 'Opinion of Goodwin Procter LLP', 'opinion'],
		['23.2', 'Consent of Goodwin Procter LLP (included in Exhibit 5.1)', 'consent'],
		['24.1', 'Power of Attorney (included on the signature page)', 'power-of-attorney'],
		['25.1', 'Statement of Eligibility on Form T-1', 'trustee-eligibility'],
		['107', 'Filing Fee Table', 'fee-table'],
		['3.1', 'Amended and Restated Bylaws of the Registrant', 'charter'],
		['4.1', 'Specimen Common Stock Certificate', 'security-form'],
		['4.3', 'Form of Warrant Agreement', 'agreement'],
		['99.1', 'Press release dated March 23, 2016', 'press-release'],
	])('%s %s → %s', (number, title, kind) => expect(documentKind(number, title)).toBe(kind));
});

describe('the parties of formulaic exhibits', () => {
	it('an opinion: the firm as counsel, and the companies its letter is addressed to', () => {
		const text =
			'Exhibit 5.1\nJune 29, 2023\nAcme Therapeutics, Inc.\n259 Liberty Avenue\nLadies and Gentlemen:\nWe have acted as counsel.';
		expect(read('5.1', 'Opinion of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.', { text })).toEqual([
			['Acme Therapeutics, Inc.', 'Addressee'],
			['Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.', 'Counsel'],
		]);
	});

	it('a name as filed loses the zero-width spaces and the "/s/" of a conformed signature', () => {
		expect(read('5.1', 'Opinion of Goodwin\u200b Procter LLP')).toEqual([['Goodwin Procter LLP', 'Counsel']]);
		const text =
			'Exhibit 5.1\nLadies and Gentlemen:\nWe have acted as counsel.\nVery truly yours,\n/s/ Latham & Watkins LLP';
		expect(read('5.1', 'Legal opinion', { text })).toEqual([['Latham & Watkins LLP', 'Counsel']]);
	});

	it('a consent: counsel when it is in an opinion, else the auditor; a director nominee', () => {
		expect(read('23.2', 'Consent of Goodwin Procter LLP (included in Exhibit 5.1)')).toEqual([
			['Goodwin Procter LLP', 'Counsel'],
		]);
		expect(read('23.1', 'Consent of BDO USA, P.C. independent registered public accounting firm')).toEqual([
			['BDO USA, P.C.', 'Auditor'],
		]);
		expect(read('99.1', 'Consent of Brigitte Schiller, M.D. to be named as a director')).toEqual([
			['Brigitte Schiller, M.D.', 'Director Nominee'],
		]);
	});

	it('a consent titled by what the firm is names the firm after it, or no one', () => {
		expect(read('23.1', 'Consent of Independent Registered Public Accounting Firm, KPMG LLP')).toEqual([
			['KPMG LLP', 'Auditor'],
		]);
		expect(read('23.01', 'Consent of Independent Registered Public Accounting Firm')).toEqual([]);
	});

	it('a power of attorney on the signature page: the registrant and the attorneys it appoints', () => {
		const primaryText =
			'SIGNATURES\nEach person whose signature appears below constitutes and appoints David J. Lennon, Ph.D. and Scott Giacobello, and each of them, his true and lawful attorney-in-fact.';
		expect(read('24.1', 'Power of attorney (included on the signature page)', { primaryText })).toEqual([
			[REGISTRANT, 'Company'],
			['David J. Lennon, Ph.D.', 'Attorney-in-Fact'],
			['Scott Giacobello', 'Attorney-in-Fact'],
		]);
		expect(read('24.1', 'Power of Attorney', { filed: false, primaryText })).toEqual([]);
	});

	it('a fee table filed with the registration statement: each registrant', () => {
		expect(read('107', 'Filing Fee Table', { registrants: [REGISTRANT, 'ACME FINANCE LLC'] })).toEqual([
			[REGISTRANT, 'Registrant'],
			['ACME FINANCE LLC', 'Registrant'],
		]);
	});

	it('a charter names the company only when its title does; a form of security is the registrant’s', () => {
		expect(read('3.1', 'Amended and Restated Bylaws of Acme Therapeutics, Inc.')).toEqual([[REGISTRANT, 'Company']]);
		expect(read('3.1', 'Certificate of Incorporation')).toEqual([]);
		expect(read('4.4', 'Form of Pre-Funded Warrant')).toEqual([[REGISTRANT, 'Issuer']]);
	});
});

describe('the parties of agreements', () => {
	it('resolves "the Company" to the registrant and takes the roles the agreement’s name gives', () => {
		expect(
			read('10.7', 'Employment Agreement by and between the Company and Shalabh Gupta, M.D., dated May 18, 2021'),
		).toEqual([
			[REGISTRANT, 'Employer'],
			['Shalabh Gupta, M.D.', 'Employee'],
		]);
		expect(read('1.1', 'Form of Placement Agent Agreement, by and among the Registrant and Maxim Group LLC')).toEqual([
			[REGISTRANT, 'Company'],
			['Maxim Group LLC', 'Placement Agent'],
		]);
	});

	it('names the organisation an organisational agreement is of', () => {
		expect(
			read('10.3', 'Fifth Amended and Restated Limited Partnership Agreement of Grosvenor Holdings, LLLP'),
		).toEqual([['Grosvenor Holdings, LLLP', 'Partnership']]);
	});
});

describe('the parties of certifications and servicing reports', () => {
	it('a certification: the registrant and the officer who certifies', () => {
		const text =
			'Exhibit 31.1\nCERTIFICATION\nI, Jane Q. Roe, Chief Executive Officer of Acme, certify that: 1. I have reviewed this report.';
		expect(read('31.1', 'Certification of the Chief Executive Officer', { text })).toEqual([
			[REGISTRANT, 'Company'],
			['Jane Q. Roe', 'Officer'],
		]);
	});

	it('a servicer compliance statement names its servicer; an attestation report its firm', () => {
		expect(read('35.1', 'Servicer Compliance Statement of Wells Fargo Bank, N.A., as master servicer')).toEqual([
			['Wells Fargo Bank, N.A.', 'Servicer'],
		]);
		expect(read('34.1', 'Attestation Report of KPMG LLP on Assessment of Compliance')).toEqual([
			['KPMG LLP', 'Auditor'],
		]);
	});
});

describe('registration statements of several registrants', () => {
	const registrants = ['TR Finance LLC', 'West Publishing Corp', 'Thomson Reuters Corporation'];
	const primaryText = [
		'Thomson Reuters Corporation (“TRC”) and TR Finance LLC file this registration statement.',
		'SIGNATURES OF THOMSON REUTERS CORPORATION',
		'Pursuant to the requirements of the Securities Act, the F-10 Registrant certifies that it meets all of the requirements for filing on Form F-10.',
		'Each person whose signature appears below constitutes and appoints Steve Hasker and Chad MacLean, or any of them, as his or her true and lawful attorney-in-fact.',
		'SIGNATURES OF TR FINANCE LLC',
		'Pursuant to the requirements of the Securities Act, the F-3 Registrant certifies that it meets all of the requirements for filing on Form F-3.',
		'Each person whose signature appears below constitutes and appoints Steve Hasker and Karen Hirsh, or any of them, as his or her true and lawful attorney-in-fact.',
		'SIGNATURES OF WEST PUBLISHING CORPORATION',
		'Pursuant to the requirements of the Securities Act, the F-3 Registrant certifies that it meets all of the requirements for filing on Form F-3.',
		'Each person whose signature appears below constitutes and appoints Steve Hasker and Karen Hirsh, or any of them, as his or her true and lawful attorney-in-fact.',
	].join('\n');

	it('reads the powers of attorney of the signature pages for this form only, each page’s company and attorneys', () => {
		expect(
			read('24.1', 'Powers of Attorney (included in the signature pages to this Form F-3)', {
				registrants,
				primaryText,
			}),
		).toEqual([
			['TR Finance LLC', 'Company'],
			['West Publishing Corp', 'Company'],
			['Steve Hasker', 'Attorney-in-Fact'],
			['Karen Hirsh', 'Attorney-in-Fact'],
		]);
	});

	it('takes a listed Form T-1’s obligors from the indentures its title names, by name or defined abbreviation', () => {
		expect(
			read(
				'25.1',
				'Statement of Eligibility of Deutsche Bank Trust Company Americas, as Trustee for the TRC Indenture and the TR Finance Indenture, on Form T-1',
				{ registrants, primaryText, filed: false },
			),
		).toEqual([
			['Deutsche Bank Trust Company Americas', 'Trustee'],
			['TR Finance LLC', 'Obligor'],
			['Thomson Reuters Corporation', 'Obligor'],
		]);
	});
});
