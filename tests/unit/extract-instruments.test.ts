import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import { extractExhibitFacts, findDocumentDate, findMoneyAmounts, parseLongDate } from '../../src/lib/extract/index.ts';
import { definedNoteSeries } from '../../src/lib/extract/instrument-facts.ts';

const seed = parseEightKText(readFileSync('tests/fixtures/seed/000_9cedef71c4f08c24.txt', 'utf8'), 'seed.txt');
const facts = (number: string) =>
	extractExhibitFacts(seed.exhibits.find((e) => e.number === number)!.title, {
		registrantName: seed.cover.registrantName,
	});

describe('document dates', () => {
	it('reads "dated as of" with the phrase as filed', () => {
		expect(facts('4.1')).toMatchObject({ date: '2003-12-18', dateAsFiled: 'as of December 18, 2003' });
	});

	it('reads a plain "dated" and a press release date', () => {
		expect(facts('10.7')).toMatchObject({ date: '2003-12-18', dateAsFiled: 'December 18, 2003' });
		expect(facts('99.1')).toMatchObject({ date: '2003-12-18', dateAsFiled: 'December 18, 2003' });
	});

	it('does not take a maturity for the document date', () => {
		expect(facts('4.5').date).toBeUndefined();
	});

	it('rejects impossible dates and reads abbreviated months', () => {
		expect(parseLongDate('February 30, 2003')).toBeUndefined();
		expect(parseLongDate('Sept. 1, 2009')).toBe('2009-09-01');
		expect(findDocumentDate('Agreement dated effective as of Jan. 5,2004')).toEqual({
			date: '2004-01-05',
			dateAsFiled: 'effective as of Jan. 5,2004',
		});
	});
});

describe('instruments named in the seed exhibit titles', () => {
	it('reads rate and maturity from a form of note and names the class of notes', () => {
		expect(facts('4.6').instruments[0]).toMatchObject({
			kind: 'note',
			relation: 'evidences',
			name: '13% Junior Subordinated Notes due November 1, 2009',
			rate: { asFiled: '13%', percent: 13 },
			maturity: { asFiled: 'November 1, 2009', date: '2009-11-01' },
			issuerName: 'Lexington Precision Corporation',
		});
		expect(facts('4.5').instruments[0]).toMatchObject({ rate: { percent: 12 }, maturity: { date: '2003-08-01' } });
	});

	it("reads forms of units and warrants as the registrant's units and warrants", () => {
		expect(facts('4.3').instruments[0]).toMatchObject({ kind: 'unit', name: 'Units', relation: 'evidences' });
		expect(facts('4.4').instruments[0]).toMatchObject({ kind: 'warrant', name: 'Warrants', relation: 'evidences' });
	});

	it('has the warrant agent agreement govern the warrants', () => {
		expect(facts('10.2').instruments[0]).toMatchObject({
			kind: 'warrant',
			name: 'Warrants',
			relation: 'governs',
			counterpartyName: 'Wilmington Trust Company',
		});
	});

	it('makes no instrument of an indenture whose title names no securities: it is an agreement', () => {
		expect(facts('4.1').instruments[0]).toBeUndefined();
	});

	it('names each loan facility by its agent and its first borrower as issuer', () => {
		expect(facts('10.3').instruments[0]).toMatchObject({
			kind: 'loan-facility',
			name: 'Loan and Security Agreement (Congress Financial Corporation, Agent)',
			issuerName: 'Lexington Precision Corporation',
		});
		expect(facts('10.7').instruments[0]).toMatchObject({
			name: 'Loan and Security Agreement (Ableco Finance LLC, Agent)',
			counterpartyName: 'Ableco Finance LLC',
		});
	});

	it('names a form of note by the series it is for, with the year a series is named by as its maturity', () => {
		const read = (title: string) =>
			extractExhibitFacts(title, { registrantName: 'Apple Inc.' }).instruments.map((i) => [i.name, i.maturity?.date]);
		expect(read('Form of Note for 0.125% Notes due 2029')).toEqual([['0.125% Notes due 2029', '2029']]);
		expect(read('Form of Global Notes representing the Registrant’s 0.450% notes due 2025')).toEqual([
			['0.450% Notes due 2025', '2025'],
		]);
		expect(read('Form of 12% Senior Subordinated Note due August 1, 2003.')).toEqual([
			['12% Senior Subordinated Notes due August 1, 2003', '2003-08-01'],
		]);
	});

	it('takes the registrant for the borrower a title calls "the Company"', () => {
		const { instruments } = extractExhibitFacts(
			'First Amendment to Credit Agreement dated as of January 13, 2006, among the Company, National Specialty Lines, Inc. and The Frost National Bank.',
			{ registrantName: 'GAINSCO, INC.' },
		);
		expect(instruments[0]).toMatchObject({ kind: 'loan-facility', issuerName: 'GAINSCO, INC.' });
	});

	it("marks a pledge and security agreement as securing its agent's facility", () => {
		expect(facts('10.8').instruments[0]).toMatchObject({
			relation: 'secures',
			securedParty: 'Ableco Finance LLC',
		});
	});

	it('reads the original principal of each term promissory note', () => {
		expect(facts('10.5').instruments[0]).toMatchObject({
			kind: 'note',
			name: 'Term Promissory Note ($4,000,000)',
			principal: { asFiled: '$4,000,000', value: 4000000, currency: 'USD' },
			issuerName: 'Lexington Precision Corporation',
		});
		expect(facts('10.6').instruments[0]).toMatchObject({
			principal: { value: 9500000 },
			issuerName: 'Lexington Rubber Group, Inc.',
		});
		expect(facts('10.5').amounts).toEqual([{ asFiled: '$4,000,000', value: 4000000, currency: 'USD' }]);
	});

	it('finds no instrument in agreements that are not one', () => {
		for (const number of ['4.2', '10.1', '10.9', '99.1']) expect(facts(number).instruments[0]).toBeUndefined();
	});
});

describe('instruments beyond the seed', () => {
	const registrantName = 'Acme Widgets, Inc.';
	it('reads a fractional rate', () => {
		expect(
			extractExhibitFacts('Form of 8 1/2% Senior Note due March 1, 2015.', { registrantName }).instruments[0],
		).toMatchObject({
			name: '8 1/2% Senior Notes due March 1, 2015',
			rate: { asFiled: '8 1/2%', percent: 8.5 },
		});
	});

	it('reads an amendment as amending the instrument it names', () => {
		const instrument = extractExhibitFacts(
			'Amendment No. 2 to Credit Agreement, dated as of June 1, 2006, among Acme Widgets, Inc., as Borrower, and Big Bank, N.A., as Agent.',
			{
				registrantName,
			},
		).instruments[0];
		expect(instrument).toMatchObject({
			kind: 'loan-facility',
			relation: 'amends',
			name: 'Credit Agreement (Big Bank, N.A., Agent)',
		});
	});

	it('takes no note of the financial statements for a promissory note', () => {
		const title =
			'Statement regarding Computation of Per Share Earnings (the required information is included in Note [1(k)] of Notes to Consolidated Financial Statements included in this Report)';
		expect(extractExhibitFacts(title, { registrantName }).instruments).toEqual([]);
		expect(extractExhibitFacts('Promissory Note dated June 1, 2006', { registrantName }).instruments).toHaveLength(1);
	});

	it('reads money amounts in millions', () => {
		expect(findMoneyAmounts('up to $9.5 million and $250,000')).toEqual([
			{ asFiled: '$9.5 million', value: 9500000, currency: 'USD' },
			{ asFiled: '$250,000', value: 250000, currency: 'USD' },
		]);
	});
});

describe('note series', () => {
	const registrantName = 'Apple Inc.';
	const names = (title: string, more: { text?: string; seriesTerms?: ReadonlyMap<string, string> } = {}) =>
		extractExhibitFacts(title, { registrantName, ...more }).instruments.map(({ name, relation, rate, principal }) => ({
			name,
			relation,
			rate: rate?.percent,
			principal: principal && `${principal.currency} ${principal.value}`,
		}));

	it('reads every series a title names, each an instrument', () => {
		expect(
			names(
				'Officer’s Certificate of the Registrant, dated as of May 3, 2013, including forms of global notes representing the Floating Rate Notes due 2016, 0.45% Notes due 2016 and 3.85% Notes due 2043.',
			),
		).toEqual([
			{ name: 'Floating Rate Notes due 2016', relation: 'evidences', rate: undefined, principal: undefined },
			{ name: '0.45% Notes due 2016', relation: 'evidences', rate: 0.45, principal: undefined },
			{ name: '3.85% Notes due 2043', relation: 'evidences', rate: 3.85, principal: undefined },
		]);
	});

	it('reads the series an officer’s certificate establishes from its opening, with the principal in its currency', () => {
		const text =
			'Pursuant to Sections 102 and 301 of the Indenture, the undersigned officer does hereby certify, in connection with the issuance of (i) €1,000,000,000 aggregate principal amount of 0.000% Notes due 2025 (“2025 Notes”) and (ii) €1,000,000,000 aggregate principal amount of 0.500% Notes due 2031 (“2031 Notes” and, together with the 2025 Notes, the “Notes”), that …';
		expect(names('Officer’s Certificate of Apple Inc., dated November 15, 2019', { text })).toEqual([
			{ name: '0.000% Notes due 2025', relation: 'governs', rate: 0, principal: 'EUR 1000000000' },
			{ name: '0.500% Notes due 2031', relation: 'governs', rate: 0.5, principal: 'EUR 1000000000' },
		]);
		// The short names it defines name the series of the forms filed beside it.
		const seriesTerms = definedNoteSeries(text);
		expect([...seriesTerms]).toEqual([
			['2025 notes', '0.000% Notes due 2025'],
			['2031 notes', '0.500% Notes due 2031'],
		]);
		expect(names('Form of Global Note representing the 2031 Notes (included in Exhibit 4.1)', { seriesTerms })).toEqual(
			[{ name: '0.500% Notes due 2031', relation: 'evidences', rate: 0.5, principal: undefined }],
		);
	});
});

describe('a promissory note’s body', () => {
	it('states the principal, rate and maturity the title leaves out', () => {
		const text = [
			'SECURED PROMISSORY NOTE',
			'',
			'$300,000                                   March 1, 2020',
			'',
			'FOR VALUE RECEIVED, Acme Corp., a Nevada corporation (the "Maker"), promises to pay to the order of John Smith the principal sum of Three Hundred Thousand Dollars ($300,000), together with interest at the rate of 8% per annum, on or before June 30, 2021 (the "Maturity Date").',
		].join('\n');
		const [note] = extractExhibitFacts(
			'Secured Promissory Note, dated March 1, 2020, issued by Acme Corp. to John Smith',
			{
				registrantName: 'Acme Corp.',
				text,
			},
		).instruments;
		expect(note).toMatchObject({
			kind: 'note',
			name: 'Secured Promissory Note ($300,000)',
			principal: { value: 300000, currency: 'USD' },
			rate: { percent: 8 },
			maturity: { date: '2021-06-30' },
			issuerName: 'Acme Corp.',
			counterpartyName: 'John Smith',
		});
	});
});

describe('a credit facility', () => {
	it('takes its amount from the title, else from the agreement’s opening', () => {
		const registrantName = 'Acme Corp.';
		const title =
			'Credit Agreement, dated as of May 7, 2024, among Acme Corp., the lenders party thereto and JPMorgan Chase Bank, N.A., as Administrative Agent';
		const text =
			'The Lenders have agreed to extend a revolving credit facility to the Borrower in an aggregate principal amount of up to $500,000,000.';
		expect(extractExhibitFacts(title, { registrantName, text }).instruments[0]).toMatchObject({
			kind: 'loan-facility',
			principal: { value: 500_000_000 },
			counterpartyName: 'JPMorgan Chase Bank, N.A.',
		});
		expect(extractExhibitFacts(`$75,000,000 ${title}`, { registrantName, text }).instruments[0]?.principal?.value).toBe(
			75_000_000,
		);
	});
});
