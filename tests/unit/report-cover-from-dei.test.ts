import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { deiCover, deiFacts } from '../../src/lib/edgar/dei-facts.ts';
import { htmlToPlainText } from '../../src/lib/edgar/html-to-text.ts';
import { coverWithDei } from '../../src/lib/report/cover-from-dei.ts';

const fact = (name: string, text: string) => `<ix:nonNumeric name="dei:${name}" contextRef="c">${text}</ix:nonNumeric>`;
// As NexPoint Capital's 8-K of 2023 prints its cover: each address part an inline div, the phone in three pieces.
const cover = `<html><body>
<div style="display:none"><ix:header>${fact('EntityRegistrantName', 'HIDDEN NAME')}</ix:header></div>
<p>${fact('EntityRegistrantName', 'NEXPOINT CAPITAL, INC.')}</p>
<table><tr><td>${fact('EntityIncorporationStateCountryCode', 'Delaware')}</td><td>${fact('EntityFileNumber', '814-01074')}</td><td>${fact('EntityTaxIdentificationNumber', '38-3926499')}</td></tr></table>
<div><div style="display:inline;">${fact('EntityAddressAddressLine1', '300 Crescent Court')}</div>, <div style="display:inline;">${fact('EntityAddressAddressLine2', 'Suite 700')}</div></div>
<div><div style="display:inline;">${fact('EntityAddressCityOrTown', 'Dallas')}</div>, <div style="display:inline;">${fact('EntityAddressStateOrProvince', 'Texas')}</div></div>
<div>${fact('EntityAddressPostalZipCode', '75201')}</div>
<p>Registrant’s telephone number, including area code: (<span>${fact('CityAreaCode', '972')}</span>) <span>${fact('LocalPhoneNumber', '934-4700')}</span></p>
<p>Date of Report: ${fact('DocumentPeriodEndDate', 'December 20, 2023')}</p>
</body></html>`;

describe('the cover from its inline XBRL dei facts', () => {
	it('reads the printed facts as cover fields, never the hidden header’s', () => {
		expect(deiCover(deiFacts(fromHtml(cover)))).toEqual({
			registrantName: 'NEXPOINT CAPITAL, INC.',
			state: 'Delaware',
			fileNumber: '814-01074',
			irsEin: '38-3926499',
			address: '300 Crescent Court, Suite 700, Dallas, Texas 75201',
			phone: '(972) 934-4700',
			reportDateAsFiled: 'December 20, 2023',
		});
	});

	it('leaves a field tagged with two texts (a joint filing) to the printed cover', () => {
		const joint = `<p>${fact('EntityRegistrantName', 'EXELON CORPORATION')}</p><p>${fact('EntityRegistrantName', 'COMMONWEALTH EDISON COMPANY')}</p>`;
		expect(deiCover(deiFacts(fromHtml(joint))).registrantName).toBeUndefined();
	});

	it('fills and corrects the reading by captions, but keeps a printed value the tag covers only part of', () => {
		const printed = {
			registrantName: 'THE BUCKLE, INC.',
			address: '2407 West 24th Street,, Kearney, Nebraska 68845-4915',
			lines: {},
		};
		const dei = {
			registrantName: 'BUCKLE, INC',
			address: '2407 West 24th Street, Kearney, Nebraska 68845-4915',
			phone: '(308) 236-8491',
			reportDateAsFiled: 'November 22, 2024',
		};
		expect(coverWithDei(printed, dei, true)).toMatchObject({
			registrantName: 'THE BUCKLE, INC.',
			address: '2407 West 24th Street, Kearney, Nebraska 68845-4915',
			phone: '(308) 236-8491',
			reportDate: '2024-11-22',
		});
		// A 10-Q's DocumentPeriodEndDate is its period, not a date of report.
		expect(coverWithDei(printed, dei, false).reportDate).toBeUndefined();
	});

	it('lays inline divs out in their line in the plain text', () => {
		expect(htmlToPlainText(cover)).toContain('300 Crescent Court, Suite 700\nDallas, Texas\n75201');
	});
});
