import { describe, expect, it } from 'vitest';
import { parseCoverFields } from '../../src/lib/report/cover-page.ts';
import { toLines } from '../../src/lib/report/text-columns.ts';

const cover = (text: string) => {
	const lines = toLines(text);
	return parseCoverFields(lines, lines.length);
};

describe('cover page fields by their captions', () => {
	it('reads a registration statement’s address block, phone last, under one caption', () => {
		const fields = cover(
			[
				'GCM Grosvenor Inc.',
				'(Exact name of registrant as specified in its charter)',
				'900 North Michigan Avenue',
				'',
				'Suite 1100',
				'Chicago, Illinois 60611',
				'(312) 506-6500',
				'(Address, including zip code, and telephone number, including area code, of registrant’s principal executive offices)',
			].join('\n'),
		);
		expect(fields).toMatchObject({
			address: '900 North Michigan Avenue, Suite 1100, Chicago, Illinois 60611',
			phone: '(312) 506-6500',
		});
	});

	it('reads values printed in their caption’s cell', () => {
		const fields = cover(
			'Delaware (State or other jurisdiction of incorporation or organization)   2834 (Primary Standard Industrial Classification Code Number)   82-3733567 (I.R.S. Employer Identification Number)',
		);
		expect(fields).toMatchObject({ state: 'Delaware', irsEin: '82-3733567' });
	});

	it('joins the street line printed above the city line of an 8-K cover', () => {
		const fields = cover(
			[
				'350 South Grand Avenue',
				'Los Angeles, California                    90071',
				'(Address of principal executive offices)     (Zip Code)',
			].join('\n'),
		);
		expect(fields.address).toBe('350 South Grand Avenue, Los Angeles, California 90071');
	});

	it('reads a joint filing’s registrant table, one row per registrant, as "first; second"', () => {
		const fields = cover(
			[
				'Commission File Number   Exact Name of Registrant as Specified in Its Charter; State of Incorporation; Address; and Telephone Number   IRS Employer Identification Number',
				'1-16169                  EXELON CORPORATION (a Pennsylvania corporation) 10 South Dearborn Street Chicago, Illinois 60680 (312) 394-7398   23-2990190',
				'1-1839                   COMMONWEALTH EDISON COMPANY (an Illinois corporation) 440 South LaSalle Street Chicago, Illinois 60605 (312) 394-4321   36-0938600',
			].join('\n'),
		);
		expect(fields).toMatchObject({
			registrantName: 'EXELON CORPORATION; COMMONWEALTH EDISON COMPANY',
			state: 'Pennsylvania; Illinois',
			fileNumber: '1-16169; 1-1839',
			irsEin: '23-2990190; 36-0938600',
			phone: '(312) 394-7398; (312) 394-4321',
		});
		expect(fields.address).toBe(
			'10 South Dearborn Street Chicago, Illinois 60680; 440 South LaSalle Street Chicago, Illinois 60605',
		);
	});

	it('reads a 1990s registration statement: its number above the title, captions printed over two lines', () => {
		const fields = cover(
			[
				'                                    Registration No. 33-88960',
				'                    PAGE AMERICA GROUP, INC.',
				'     (Exact name of registrant as specified in its charter)',
				'              New York                        13-2865787',
				'  (State or other jurisdiction of         (I.R.S. Employer',
				'    incorporation or organization)        Identification No.)',
				'                        125 State Street',
				'                  Hackensack, New Jersey 07601',
				'                         (201) 342-6676',
				' (Address, including zip code, and telephone number, including',
				"     area code, of registrant's principal executive offices)",
			].join('\n'),
		);
		expect(fields).toMatchObject({
			registrantName: 'PAGE AMERICA GROUP, INC.',
			fileNumber: '33-88960',
			state: 'New York',
			irsEin: '13-2865787',
			address: '125 State Street, Hackensack, New Jersey 07601',
			phone: '(201) 342-6676',
		});
	});
});
