import { describe, expect, it } from 'vitest';
import { parseSignatures } from '../../src/lib/report/signatures.ts';
import { toLines } from '../../src/lib/report/text-columns.ts';

const signaturesOf = (text: string) => {
	const lines = toLines(text);
	return parseSignatures(lines, 0, lines.length).map(({ entity, signer, title, date }) => ({
		entity,
		signer,
		title,
		date,
	}));
};

describe('signature blocks', () => {
	it('reads a block laid out in lines: entity, By:, name, title', () => {
		expect(
			signaturesOf(
				[
					'Dated: December 18, 2003   LEXINGTON PRECISION CORPORATION',
					'',
					'By: /s/ Warren Delano',
					'Warren Delano',
					'President',
				].join('\n'),
			),
		).toEqual([
			{ entity: 'LEXINGTON PRECISION CORPORATION', signer: 'Warren Delano', title: 'President', date: '2003-12-18' },
		]);
	});

	it('reads a block run onto one line, the printed name repeating the conformed one', () => {
		expect(
			signaturesOf(
				[
					'1-800-FLOWERS.COM, INC. By: /s/ William E. Shea William E. Shea Senior Vice President, Treasurer and Chief Financial Officer',
					'',
					'Date: December 15, 2023',
				].join('\n'),
			),
		).toEqual([
			{
				entity: '1-800-FLOWERS.COM, INC.',
				signer: 'William E. Shea',
				title: 'Senior Vice President, Treasurer and Chief Financial Officer',
				date: '2023-12-15',
			},
		]);
	});

	it('reads blocks printed side by side, each from its own columns', () => {
		expect(
			signaturesOf(
				[
					'ACME CORPORATION                          WIDGET BANK, N.A., as Trustee',
					'',
					'By: /s/ Jane Roe                          By: /s/ John Doe',
					'Name: Jane Roe                            Name: John Doe',
					'Title: Chief Executive Officer            Title: Senior Vice President',
					'',
					'Date: March 3, 2025',
				].join('\n'),
			),
		).toEqual([
			{ entity: 'ACME CORPORATION', signer: 'Jane Roe', title: 'Chief Executive Officer', date: '2025-03-03' },
			{
				entity: 'WIDGET BANK, N.A., as Trustee',
				signer: 'John Doe',
				title: 'Senior Vice President',
				date: '2025-03-03',
			},
		]);
	});

	it('joins a title printed over several lines, each left open by a comma or a conjunction', () => {
		const [labelled] = signaturesOf(
			[
				'                          The Buckle, Inc.',
				'Date: November 22, 2024   By: /s/ THOMAS B. HEACOCK',
				'                          Name: Thomas B. Heacock',
				'                          Title: Senior Vice President of Finance,',
				'                          Treasurer and Chief Financial Officer',
			].join('\n'),
		);
		expect(labelled?.title).toBe('Senior Vice President of Finance, Treasurer and Chief Financial Officer');
		const [unlabelled] = signaturesOf(
			[
				'Dated:   March 25, 2003   By:   /s/ John R. McCall',
				'                                Executive Vice President,',
				'                                General Counsel and',
				'                                Corporate Secretary',
			].join('\n'),
		);
		expect(unlabelled?.title).toBe('Executive Vice President, General Counsel and Corporate Secretary');
	});

	it('reads the printed name with its trailing comma as the name, and the title under it', () => {
		const [signature] = signaturesOf(
			[
				'                              PAGE AMERICA GROUP, INC.',
				'                              By:  /s/ Steven L. Sinn',
				'                                   Steven L. Sinn,',
				'                                   Chairman of the Board',
			].join('\n'),
		);
		expect(signature).toMatchObject({ signer: 'Steven L. Sinn', title: 'Chairman of the Board' });
	});

	it('reads a partnership signing through its general partner as one signature: the partnership’s, by the partner’s officer', () => {
		expect(
			signaturesOf(
				[
					'COMMONWEALTH INCOME & GROWTH FUND V, LP',
					'By: COMMONWEALTH INCOME & GROWTH FUND, INC., General Partner',
					'By: /s/ Kimberly A. Springsteen-Abbott',
					'Kimberly A. Springsteen-Abbott',
					'Chief Executive Officer',
				].join('\n'),
			),
		).toEqual([
			{
				entity: 'COMMONWEALTH INCOME & GROWTH FUND V, LP',
				signer: 'Kimberly A. Springsteen-Abbott',
				title: 'Chief Executive Officer',
				date: undefined,
			},
		]);
	});

	it('reads the conformed signature printed above "By:", and a title after the name’s comma', () => {
		const lines = toLines(
			['GAINSCO, INC. (Registrant)', '/s/ Glenn W. Anderson', 'By:      Glenn W. Anderson, President'].join('\n'),
		);
		expect(parseSignatures(lines, 0, lines.length)).toMatchObject([
			{ entity: 'GAINSCO, INC.', signer: 'Glenn W. Anderson', title: 'President', conformed: true },
		]);
	});

	it('reads a Canadian "(signed)" signature and a conformed name in capitals repeated as printed', () => {
		const lines = toLines(
			[
				'LONCOR RESOURCES INC.',
				'By: (signed) “Arnold T. Kondrat”',
				'Arnold T. Kondrat',
				'President',
				'',
				'',
				'NIKE, INC.',
				'By: /s/ ELLIOTT HILL Elliott Hill President and Chief Executive Officer',
			].join('\n'),
		);
		expect(parseSignatures(lines, 0, lines.length)).toMatchObject([
			{ entity: 'LONCOR RESOURCES INC.', signer: 'Arnold T. Kondrat', title: 'President', conformed: true },
			{ entity: 'NIKE, INC.', signer: 'Elliott Hill', title: 'President and Chief Executive Officer' },
		]);
	});
});
