import { describe, expect, it } from 'vitest';
import { documentOwnDate, signaturePageDate } from '../../src/lib/extract/document-date.ts';

describe("a document's own date", () => {
	it('reads the opening recital', () => {
		const text = 'EXHIBIT 4.1\n\nTHIS INDENTURE, dated as of March 20, 2025, between TR Finance LLC and the Trustee.';
		expect(documentOwnDate(text)).toEqual({ date: '2025-03-20', dateAsFiled: 'as of March 20, 2025' });
	});

	it("reads a letter's date line, not a date the letter quotes", () => {
		const text =
			'Exhibit 23.1\nCONSENT\nWe consent to the use of our report dated March 15, 2023.\n/s/ Firm LLP\nParsippany, New Jersey\nJune 29, 2023';
		expect(documentOwnDate(text)?.date).toBe('2023-06-29');
		const letter =
			'Exhibit 5.1\n919 Third Avenue New York\nJune 29, 2023\nAcme Inc.\nLadies and Gentlemen:\nWe refer to the indenture dated as of May 1, 2020.';
		expect(documentOwnDate(letter)?.date).toBe('2023-06-29');
	});

	it('reads an execution clause: "this 27th day of June, 2025", "Date: May 11, 2000"', () => {
		expect(
			documentOwnDate('… signed on its behalf, all in the City of Chicago, this 27th day of June, 2025.\nTRUSTEE')
				?.date,
		).toBe('2025-06-27');
		expect(
			documentOwnDate(
				'I certify that the report is true.\nDate: May 11, 2000\nBy: /s/ Officer\nChief Financial Officer',
			)?.date,
		).toBe('2000-05-11');
	});

	it("gives none for a form's blank date", () => {
		expect(
			documentOwnDate('THIS INDENTURE, dated as of [●], 20[●], between Acme Inc. and [●], as Trustee.'),
		).toBeUndefined();
	});
});

describe("a press release's dateline", () => {
	it.each([
		['_Silicon Valley_, CA (April 16, 2025) – ABVC BioPharma, Inc. (NASDAQ: ABVC) today announced', '2025-04-16'],
		['NEW YORK, March 6, 2023 /PRNewswire/ -- Acme Corp. today announced', '2023-03-06'],
		['KEARNEY, Neb., Nov. 22, 2024 (GLOBE NEWSWIRE) -- The Buckle, Inc. announced', '2024-11-22'],
		['Omaha, NE — March 15, 2023 — Acme Corp. announced', '2023-03-15'],
	])('reads %j', (dateline, date) => {
		expect(documentOwnDate(`ACME ANNOUNCES RESULTS\n\nRevenue up 4%\n\n${dateline}`)?.date).toBe(date);
	});

	it('does not take a date inside a sentence for a dateline', () => {
		expect(documentOwnDate('Acme said revenue grew, as of March 6, 2023 - a record.')).toBeUndefined();
	});
});

describe('the date of a signature page', () => {
	it('reads "on the 27th of June, 2025" after the SIGNATURES heading', () => {
		const text =
			'Item 17.\n\nSIGNATURES\n\nPursuant to the requirements … in the City of Chicago, State of Illinois, on the 27th of June, 2025.';
		expect(signaturePageDate(text)).toBe('2025-06-27');
	});

	it('reads the sentence that opens a signature page without a heading', () => {
		expect(signaturePageDate('… has duly caused this Registration Statement to be signed … on March 19, 2025.')).toBe(
			'2025-03-19',
		);
		expect(signaturePageDate('No signatures here.')).toBeUndefined();
	});
});
