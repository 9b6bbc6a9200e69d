import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';

const SEED = 'tests/fixtures/seed/000_9cedef71c4f08c24.txt';
const seed = parseEightKText(readFileSync(SEED, 'utf8'), '000_9cedef71c4f08c24.txt');

describe('parsing the seed 8-K', () => {
	it('reads every cover-page field from its caption', () => {
		expect(seed.cover).toMatchObject({
			form: '8-K',
			registrantName: 'Lexington Precision Corporation',
			state: 'Delaware',
			fileNumber: '0-3252',
			irsEin: '22-1830121',
			address: '767 Third Avenue, New York, NY 10017',
			phone: '(212) 319-4657',
			reportDateAsFiled: 'December 18, 2003',
			reportDate: '2003-12-18',
		});
	});

	it('splits the report into its items with paragraphs kept and whitespace normalised', () => {
		expect(seed.items.map((item) => [item.number, item.title])).toEqual([
			['5', 'Other Events'],
			['7', 'Financial Statements, Pro Forma Financial Information and Exhibits'],
		]);
		const item5 = seed.items[0]!.text;
		expect(item5).toMatch(
			/^On December 18, 2003, Lexington Precision Corporation \(the "Company"\) completed a refinancing/,
		);
		expect(item5).not.toMatch(/\s{2,}|\n/);
		expect(seed.items[1]!.text.split('\n\n')[0]).toBe('(c) Exhibits');
	});

	it('reads the conformed signature of Warren Delano, President, for the registrant', () => {
		expect(seed.signatures).toEqual([
			{
				entity: 'LEXINGTON PRECISION CORPORATION',
				signer: 'Warren Delano',
				title: 'President',
				date: '2003-12-18',
				conformed: true,
				line: 137,
			},
		]);
	});

	it('lists all sixteen exhibits in filing order, each in both lists', () => {
		expect(seed.exhibits.map((e) => e.number)).toEqual([
			'4.1',
			'4.2',
			'4.3',
			'4.4',
			'4.5',
			'4.6',
			'10.1',
			'10.2',
			'10.3',
			'10.4',
			'10.5',
			'10.6',
			'10.7',
			'10.8',
			'10.9',
			'99.1',
		]);
		for (const exhibit of seed.exhibits) expect(exhibit.listedIn).toEqual(['item-list', 'exhibit-index']);
	});

	it('keeps "Filed herewith" out of every title and takes it as the status instead', () => {
		for (const exhibit of seed.exhibits) {
			expect(exhibit.title).not.toMatch(/filed herewith/i);
			expect(exhibit.status).toBe('Filed herewith');
		}
		expect(seed.exhibits[0]!.title).toBe(
			'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee.',
		);
	});

	it('finds no disagreement between the two exhibit lists once the interleaved status is removed', () => {
		expect(seed.anomalies).toEqual([]);
	});
});
