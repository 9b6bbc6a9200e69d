import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}/input.txt`, 'utf8');

describe('an 8-K with captions under each value, an Item 9.01 list and Name:/Title: signatures', () => {
	const parsed = parseEightKText(fixture('item-9-01-list-with-dashes-and-no-exhibit-index'), 'input.txt');

	it('reads cover fields printed one per line above their captions', () => {
		expect(parsed.cover).toMatchObject({
			registrantName: 'NORTHWIND TRADING CORP.',
			state: 'Nevada',
			fileNumber: '001-33333',
			irsEin: '98-7654321',
			address: '12 Harbor Road, Suite 4, Portland, ME 04101',
			phone: '(207) 555-0188',
			reportDate: '2006-07-14',
		});
	});

	it('reads two-part item numbers', () => {
		expect(parsed.items.map((item) => item.number)).toEqual(['1.01', '9.01']);
	});

	it('joins a description wrapped back to the margin and takes "(filed herewith)" out of it', () => {
		expect(parsed.exhibits[0]).toMatchObject({
			number: '10.1',
			title:
				'Note Purchase Agreement, dated July 14, 2006, by and among Northwind Trading Corp., as Issuer, and the Purchasers named therein.',
			status: 'Filed herewith',
			listedIn: ['item-list'],
		});
	});

	it('reads a signature with Name:, Title: and a Date: line below it', () => {
		expect(parsed.signatures).toEqual([
			expect.objectContaining({
				entity: 'NORTHWIND TRADING CORP.',
				signer: 'Jane Q. Roe',
				title: 'Chief Financial Officer',
				date: '2006-07-17',
				conformed: true,
			}),
		]);
	});

	it('turns CRLF line endings and tabs into the same result', () => {
		const crlf = fixture('item-9-01-list-with-dashes-and-no-exhibit-index').replace(/\n/g, '\r\n');
		expect(parseEightKText(crlf, 'input.txt').exhibits).toEqual(parsed.exhibits);
	});
});

describe('input the parser refuses, with the file and line to look at', () => {
	it('rejects text with no FORM 8-K line, naming the source and line 1', () => {
		expect(() => parseEightKText(fixture('text-without-a-form-8-k-line'), 'minutes.txt')).toThrow(
			/^minutes\.txt:1: No "FORM 8-K" line .* Pass the plain text of an 8-K report/,
		);
	});

	it('rejects an exhibit index that lists one number twice, naming both lines', () => {
		let error: unknown;
		try {
			parseEightKText(fixture('exhibit-index-listing-a-number-twice'), 'dup.txt');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(SourceError);
		expect(error).toMatchObject({ source: 'dup.txt', line: 17, message: expect.stringContaining('lines 15 and 17') });
	});

	it('rejects binary data instead of parsing it', () => {
		expect(() => parseEightKText('FORM 8-K\n\u0000\u0001PNG', 'image.png')).toThrow(/^image\.png:2: .*binary data/);
	});

	it('rejects a cover page without a registrant name caption', () => {
		expect(() => parseEightKText('FORM 8-K\n\nItem 5.  Other Events\n\nText.\n', 'x.txt')).toThrow(
			/^x\.txt:1: No registrant name/,
		);
	});
});
