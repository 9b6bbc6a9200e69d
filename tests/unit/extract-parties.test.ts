import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import {
	extractExhibitFacts,
	extractParties,
	guessPartyKind,
	normaliseRole,
	partyKey,
} from '../../src/lib/extract/index.ts';
import { exhibitParties } from '../../src/lib/extract/exhibit-parties.ts';

const seed = parseEightKText(readFileSync('tests/fixtures/seed/000_9cedef71c4f08c24.txt', 'utf8'), 'seed.txt');
const registrantName = seed.cover.registrantName;
const facts = (number: string) =>
	extractExhibitFacts(seed.exhibits.find((e) => e.number === number)!.title, { registrantName });
const partiesOf = (number: string) => facts(number).parties.map((p) => [p.nameAsFiled, p.role]);
/** The exhibit's parties as ingest reads them (title, kind and registrant together), for a listed-only exhibit. */
const readParties = (number: string) => {
	const title = seed.exhibits.find((e) => e.number === number)!.title;
	const titleParties = facts(number).parties;
	const context = {
		number,
		title,
		filed: true,
		registrants: [registrantName],
		primaryText: '',
		titleParties,
		bodyParties: [],
	};
	return exhibitParties(context).map((p) => [p.nameAsFiled, p.role]);
};

describe('parties and roles in the seed exhibit titles', () => {
	it('gives the indenture an issuer and a trustee', () => {
		expect(readParties('4.1')).toEqual([
			['Lexington Precision Corporation', 'Issuer'],
			['Wilmington Trust Company', 'Trustee'],
		]);
		expect(facts('4.1').parties[1]!.roleAsFiled).toBe('as Trustee');
	});

	it('names Wilmington Trust Company as Warrant Agent in the warrant agent agreement', () => {
		expect(partiesOf('10.2')).toEqual([
			['Lexington Precision Corporation', 'Party'],
			['Wilmington Trust Company', 'Warrant Agent'],
		]);
	});

	it('applies a plural role to every name before it and a singular role only to the last', () => {
		expect(partiesOf('10.3')).toEqual([
			['Lexington Precision Corporation', 'Borrower'],
			['Lexington Rubber Group, Inc.', 'Borrower'],
			['Congress Financial Corporation', 'Agent'],
			['The Cit Group/ Commercial Financing, Inc.', 'Co-Agent'],
		]);
		expect(facts('10.3').parties[0]!.roleAsFiled).toBe('as borrowers');
		expect(facts('10.3').otherParties).toEqual(['the Lenders from time to time party thereto']);
	});

	it('keeps unnamed classes of parties apart from named ones', () => {
		expect(partiesOf('4.2')).toEqual([['Lexington Precision Corporation', 'Party']]);
		expect(facts('4.2').otherParties).toEqual(['Purchasers listed therein']);
		expect(facts('10.7').otherParties).toEqual(['the lenders from time to time party thereto']);
	});

	it('reads "made by X in favor of Y" as maker or grantor and secured party', () => {
		expect(partiesOf('10.4')).toEqual([
			['Lexington Precision Corporation', 'Pledgor'],
			['Congress Financial Corporation', 'Agent'],
		]);
		expect(partiesOf('10.6')).toEqual([
			['Lexington Rubber Group, Inc.', 'Maker'],
			['Congress Financial Corporation', 'Agent'],
		]);
	});

	it('reads "each of A and B" as two parties', () => {
		expect(partiesOf('10.1')).toEqual([
			['Lexington Precision Corporation', 'Party'],
			['Michael A. Lubin', 'Party'],
			['Warren Delano', 'Party'],
		]);
	});

	it('makes the registrant the issuer of a form of warrant that does not name it', () => {
		expect(readParties('4.4')).toEqual([['Lexington Precision Corporation', 'Issuer']]);
	});

	it('finds no parties in a press release title', () => {
		expect(facts('99.1').parties).toEqual([]);
	});
});

describe('party clauses beyond the seed', () => {
	it('keeps a role joined by "and" together and stops at a trailing clause', () => {
		const clause = extractParties(
			'Credit Agreement, dated as of May 1, 2006, among Acme Corp., as Borrower, Big Bank, N.A., as Administrative Agent and Collateral Agent, relating to the revolving facility.',
			{ makerRole: 'Maker' },
		);
		expect(clause.parties.map((p) => [p.nameAsFiled, p.role])).toEqual([
			['Acme Corp.', 'Borrower'],
			['Big Bank, N.A.', 'Administrative Agent and Collateral Agent'],
		]);
	});

	it('gives a beneficiary without an "as" phrase the role Beneficiary', () => {
		const clause = extractParties('Guaranty made by Parent Co. in favor of Lender LLC.', { makerRole: 'Guarantor' });
		expect(clause.parties.map((p) => [p.nameAsFiled, p.role])).toEqual([
			['Parent Co.', 'Guarantor'],
			['Lender LLC', 'Beneficiary'],
		]);
	});

	it('keeps a bank named "… Bank and Trust" or "… Trust and Savings Bank" whole', () => {
		const warrant = extractParties(
			'Warrant Agreement, dated as of January 5, 2021, between Alder Aerospace Company and Driftwood Bank and Trust, as Warrant Agent.',
			{ makerRole: 'Maker' },
		);
		expect(warrant.parties.map((p) => [p.nameAsFiled, p.role])).toEqual([
			['Alder Aerospace Company', 'Party'],
			['Driftwood Bank and Trust', 'Warrant Agent'],
		]);
		const indenture = extractParties('Indenture between Acme Corp. and Harris Trust and Savings Bank, as Trustee.', {
			makerRole: 'Maker',
		});
		expect(indenture.parties.map((p) => p.nameAsFiled)).toEqual(['Acme Corp.', 'Harris Trust and Savings Bank']);
	});

	it('keeps the full stop of "Inc." at the end of a title as part of the name', () => {
		const clause = extractParties('Agreement between Alpha Inc. and Beta Holdings, Inc.', { makerRole: 'Maker' });
		expect(clause.parties.map((p) => p.nameAsFiled)).toEqual(['Alpha Inc.', 'Beta Holdings, Inc.']);
	});
});

describe('role normalisation', () => {
	it.each([
		['as borrowers', 'Borrower'],
		['as agent', 'Agent'],
		['as Co-Agent', 'Co-Agent'],
		['as Warrant Agent', 'Warrant Agent'],
		['as Trustee', 'Trustee'],
		['as the administrative agent', 'Administrative Agent'],
		['as Guarantors', 'Guarantor'],
		['as parties', 'Party'],
		['as representatives of the several underwriters named therein', 'Representative'],
		['as administrative agent for the Lenders', 'Administrative Agent'],
	])('%j → %j', (asFiled, role) => {
		expect(normaliseRole(asFiled)).toBe(role);
	});
});

describe('party kind and identity', () => {
	it.each([
		['Lexington Precision Corporation', 'company'],
		['Ableco Finance LLC', 'company'],
		['Wilmington Trust Company', 'company'],
		['Nomura Special Situations Investment Trust', 'trust'],
		['First Example Bank, N.A.', 'bank'],
		['Michael A. Lubin', 'person'],
		['Warren Delano', 'person'],
		['Cerberus Partners', 'company'],
	])('%j is a %s', (name, kind) => {
		expect(guessPartyKind(name)).toBe(kind);
	});

	it('gives one key to spellings that differ in case, punctuation, "The" and corporate suffix', () => {
		expect(partyKey('LEXINGTON PRECISION CORPORATION')).toBe(partyKey('Lexington Precision Corp.'));
		expect(partyKey('The Cit Group/ Commercial Financing, Inc.')).toBe(
			partyKey('CIT GROUP/COMMERCIAL FINANCING INCORPORATED'),
		);
		expect(partyKey('Lexington Rubber Group, Inc.')).not.toBe(partyKey('Lexington Precision Corporation'));
	});
});

describe('one party per person whatever degree the filing adds', () => {
	it('gives "David J. Lennon, Ph.D." and "David J. Lennon" one key, but not "David J. Lennon, Jr."', () => {
		expect(partyKey('David J. Lennon, Ph.D.')).toBe(partyKey('David J. Lennon'));
		expect(partyKey('Shalabh Gupta, M.D.')).toBe(partyKey('SHALABH GUPTA'));
		expect(partyKey('David J. Lennon, Jr.')).not.toBe(partyKey('David J. Lennon'));
	});
});

describe('party clauses of real exhibit indexes', () => {
	const named = (title: string) =>
		extractParties(title, { makerRole: 'Maker' }).parties.map((p) => `${p.nameAsFiled} | ${p.role}`);

	it('keeps a corporate suffix with its name when a role follows it without a comma', () => {
		expect(
			named(
				'Amended and Restated Trust Agreement among GAINSCO, INC. as Depositor, Wilmington Trust Company as Property Trustee, and Glenn W. Anderson, Daniel J. Coots and Richard M. Buxton as Administrators, dated as of January 13, 2006',
			),
		).toEqual([
			'GAINSCO, INC. | Depositor',
			'Wilmington Trust Company | Property Trustee',
			'Glenn W. Anderson | Administrator',
			'Daniel J. Coots | Administrator',
			'Richard M. Buxton | Administrator',
		]);
		expect(named('Credit Agreement among the Company and Bank of America, N.A. as Administrative Agent')).toContain(
			'Bank of America, N.A. | Administrative Agent',
		);
	});

	it('drops what describes a party: lower-case asides, "for itself and on behalf of …", whom it succeeded', () => {
		expect(
			named(
				'Purchase Agreement, dated November 12, 2019, among AbbVie Inc. and Barclays Capital Inc. (acting for themselves and as representatives of the several initial purchasers named therein)',
			),
		).toEqual(['AbbVie Inc. | Party', 'Barclays Capital Inc. | Party']);
		expect(
			named(
				'Series B Warrant dated as of October 4, 1999 between Registrant and Goff Moore Strategic Partners, L.P. (“GMSP”)',
			),
		).toEqual(['Registrant | Party', 'Goff Moore Strategic Partners, L.P. | Party']);
		expect(
			named(
				'Five-Year Credit Agreement among The Boeing Company for itself and on behalf of its Subsidiaries, as a Borrower, the Lenders party hereto, Citibank, N.A., as administrative agent',
			),
		).toEqual(['The Boeing Company | Borrower', 'Citibank, N.A. | Administrative Agent']);
		expect(
			named(
				'Second Amendment, by and between the Company and Norwest Bank Arizona, N.A. as successor-in-interest to Norwest Business Credit, Inc.',
			),
		).toEqual(['the Company | Party', 'Norwest Bank Arizona, N.A. | Party']);
	});

	it('reads a role after a name that follows another role, groups split by semicolons, and a foreign entity form after its comma', () => {
		expect(
			named(
				'Guarantee Agreement between GAINSCO, INC. as Guarantor and U.S. Bank National Association as Guarantee Trustee, dated as of December 21, 2006',
			),
		).toEqual(['GAINSCO, INC. | Guarantor', 'U.S. Bank National Association | Guarantee Trustee']);
		expect(
			named(
				'Settlement Agreement by and among Mastercard Incorporated and Mastercard International Incorporated; Visa, Inc. and Visa U.S.A. Inc.; the Class Plaintiffs defined therein',
			),
		).toEqual([
			'Mastercard Incorporated | Party',
			'Mastercard International Incorporated | Party',
			'Visa, Inc. | Party',
			'Visa U.S.A. Inc. | Party',
		]);
		expect(
			named(
				'Deferred Cash Agreement between Servicios Integrados de Administracion y Alta Gerencia, Sociedad de Responsabilidad Limitada de Capital Variable and Francisco Xavier Crespo Benitez',
			),
		).toEqual([
			'Servicios Integrados de Administracion y Alta Gerencia, Sociedad de Responsabilidad Limitada de Capital Variable | Party',
			'Francisco Xavier Crespo Benitez | Party',
		]);
	});
});
