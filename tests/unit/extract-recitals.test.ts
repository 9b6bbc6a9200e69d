import { describe, expect, it } from 'vitest';
import { extractRecitalParties } from '../../src/lib/extract/recitals.ts';

const roles = (text: string) => extractRecitalParties(text).map((p) => `${p.nameAsFiled} | ${p.role}`);

describe('parties from an exhibit’s opening recital', () => {
	it('reads each party with its defined term, descriptions and capacities dropped', () => {
		const text = `TABLE OF CONTENTS\n\nSection 1.1 Definitions   1\n\nIndenture dated as of __________, 20__ between GCM Grosvenor Inc., a Delaware corporation (the “Company”), and Wilmington Trust, National Association, a national banking association, not in its individual capacity but solely as trustee (the “Trustee”).\n\nEach party agrees as follows.`;
		expect(roles(text)).toEqual(['GCM Grosvenor Inc. | Company', 'Wilmington Trust, National Association | Trustee']);
	});

	it('finds the party after "of" in an award agreement, and ignores defined terms for things', () => {
		const text =
			'A NONQUALIFIED STOCK OPTION AWARD (hereinafter the “Option”) for the number of shares of Nordstrom Common Stock (“Common Stock”), as noted in the Award Notice (the “Notice”), of Nordstrom, Inc., a Washington Corporation (the “Company”), is hereby granted to the Optionee.';
		expect(roles(text)).toEqual(['Nordstrom, Inc. | Company']);
	});

	it('keeps "of" and "and" inside a name', () => {
		expect(
			roles(
				'This Agreement is made between Bank of America, N.A., a national banking association (the "Agent"), and Johnson and Johnson, a New Jersey corporation (the "Borrower").',
			),
		).toEqual(['Bank of America, N.A. | Agent', 'Johnson and Johnson | Borrower']);
	});

	it('reads a recital without defined terms like a title, keeping only names that are entities', () => {
		expect(
			roles(
				'THIS PLEDGE AGREEMENT is made between Acme Holdings, Inc. and First Example Bank, as agent.\n\nWITNESSETH',
			),
		).toEqual(['Acme Holdings, Inc. | Party', 'First Example Bank | Agent']);
		expect(roles('Reconciliation and tie between Trust Indenture Act of 1939 and Indenture.')).toEqual([]);
	});

	it('reads a Form T-1 cover: the trustee and the obligor above their captions', () => {
		const text =
			'FORM T-1\n\nWILMINGTON TRUST, NATIONAL ASSOCIATION\n(Exact name of trustee as specified in its charter)\n\n16-1486454\n\nGCM Grosvenor Inc.\n(Exact name of obligor as specified in its charter)\n';
		expect(roles(text)).toEqual(['WILMINGTON TRUST, NATIONAL ASSOCIATION | Trustee', 'GCM Grosvenor Inc. | Obligor']);
	});

	it('finds nothing in text that names no parties', () => {
		expect(roles('Net sales for the quarter increased 4.5%.\n\nThe Company will hold a call.')).toEqual([]);
	});
});
