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
});
