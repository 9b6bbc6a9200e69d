import { describe, expect, it } from 'vitest';
import { parseCoverFields } from '../../src/lib/report/cover-page.ts';
import { toLines } from '../../src/lib/report/text-columns.ts';
import { htmlToTextView } from '../../src/lib/edgar/html-to-text.ts';

const cover = (text: string) => {
	const lines = toLines(text);
	return parseCoverFields(lines, lines.length);
};

/** An HTML cover read as ingest reads it: its laid-out text, and its tables by rows and cells. */
const htmlCover = (html: string) => {
	const view = htmlToTextView(html);
	const lines = toLines(view.text);
	return parseCoverFields(lines, lines.length, undefined, view.tables);
};

/** The LG&E / Kentucky Utilities 8-K of 2003: a header over two rows, each line of a registrant a row of its own. */
const JOINT_ROWS: ReadonlyArray<readonly [string, string, string]> = [
	['Commission', 'Registrant, State of Incorporation,', 'IRS Employer'],
	['File Number', 'Address, and Telephone Number', 'Identification No.'],
	['2-26720', 'Louisville Gas and Electric Company', '61-0264150'],
	['', '(A Kentucky Corporation)', ''],
	['', '220 West Main Street', ''],
	['', 'Louisville, Ky. 40232', ''],
	['', '(502) 627-2000', ''],
	['1-3464', 'Kentucky Utilities Company', '61-0247570'],
	['', '(A Kentucky and Virginia Corporation)', ''],
	['', 'One Quality Street', ''],
	['', 'Lexington, Kentucky 40507-1428', ''],
	['', '(859) 255-2100', ''],
];
const JOINT_FIELDS = {
	registrantName: 'Louisville Gas and Electric Company',
	coRegistrants: ['Kentucky Utilities Company'],
	fileNumber: '2-26720; 1-3464',
	irsEin: '61-0264150; 61-0247570',
	state: 'Kentucky; Kentucky and Virginia',
	address: '220 West Main Street Louisville, Ky. 40232; One Quality Street Lexington, Kentucky 40507-1428',
	phone: '(502) 627-2000; (859) 255-2100',
};
const AFTER_THE_TABLE =
	'This combined Form 8-K is separately filed by Louisville Gas and Electric Company and Kentucky Utilities Company.';

describe('cover page fields by their captions', () => {
	it('takes no footnote for a caption: a prospectus has no caption grid to read', () => {
		const fields = cover(
			[
				'Pro forma weighted average shares of common stock outstanding, basic and diluted(2)     12,124,749',
				'(1) See Note 2 to our financial statements appearing elsewhere in this prospectus.',
				'All current executive officers and directors as a group (14 persons)     5.2%',
				'(a) Includes shares held at the address of the fund’s adviser.',
			].join('\n'),
		);
		expect(fields.state).toBeUndefined();
		expect(fields.address).toBeUndefined();
	});

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

	it('reads a joint filing’s registrant table: the first registrant, the others as co-registrants, each other field "first; second"', () => {
		const fields = cover(
			[
				'Commission File Number   Exact Name of Registrant as Specified in Its Charter; State of Incorporation; Address; and Telephone Number   IRS Employer Identification Number',
				'1-16169                  EXELON CORPORATION (a Pennsylvania corporation) 10 South Dearborn Street Chicago, Illinois 60680 (312) 394-7398   23-2990190',
				'1-1839                   COMMONWEALTH EDISON COMPANY (an Illinois corporation) 440 South LaSalle Street Chicago, Illinois 60605 (312) 394-4321   36-0938600',
			].join('\n'),
		);
		expect(fields).toMatchObject({
			registrantName: 'EXELON CORPORATION',
			coRegistrants: ['COMMONWEALTH EDISON COMPANY'],
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

	it('reads captions printed a line apart: the city beside the ZIP code caption is the address’s', () => {
		const fields = cover(
			[
				'  Delaware                    333-72493                        75-2006294',
				'',
				'(State or other           (Commission File Number)            (I.R.S Employee',
				'jurisdiction of                                              Identification No.)',
				'incorporation)',
				'',
				'8400 Normandale Lake Boulevard                                     55437',
				'Minneapolis, Minnesota                                           (Zip Code)',
				'(Address of Principal',
				'Executive Offices)',
			].join('\n'),
		);
		expect(fields.address).toBe('8400 Normandale Lake Boulevard, Minneapolis, Minnesota 55437');
	});

	it('reads the filing registrant’s column of a cover laid out for two registrants side by side', () => {
		const lines = toLines(
			[
				'THOMSON REUTERS CORPORATION (Exact name of Registrant as specified in its charter)   TR FINANCE LLC (Exact name of Registrant as specified in its charter)',
				'Ontario, Canada (Province or other jurisdiction of incorporation or organization)   Delaware (State or other jurisdiction of incorporation or organization)',
				'19 Duncan Street Toronto, Ontario M5H 3H1, Canada (647) 480-7000 (Address and telephone number of Registrant’s principal executive offices)   2900 Ames Crossing Road Suite 100 Eagan, Minnesota 55121 (651) 687-7000 (Address and telephone number of Registrant’s principal executive offices)',
				'Thomson Reuters Holdings Inc.',
				'3 Times Square',
				'New York, New York 10036',
				'(Name, address (including zip code) and telephone number (including area code) of agent for service in the United States)',
			].join('\n'),
		);
		expect(parseCoverFields(lines, lines.length, 'TR Finance LLC')).toMatchObject({
			state: 'Delaware',
			address: '2900 Ames Crossing Road Suite 100 Eagan, Minnesota 55121',
			phone: '(651) 687-7000',
		});
		expect(parseCoverFields(lines, lines.length, 'Thomson Reuters Corp')).toMatchObject({ phone: '(647) 480-7000' });
	});

	it('reads a letter’s letterhead as its cover, never the addressee’s address after the date', () => {
		const fields = cover(
			[
				'ALLTEL CORPORATION',
				'',
				'One Allied Drive, Little Rock, Arkansas 72202',
				'',
				'June 22, 2005',
				'',
				'Securities and Exchange Commission',
				'100 F Street, NE',
				'Washington, D.C. 20549',
			].join('\n'),
		);
		expect(fields.address).toBe('One Allied Drive, Little Rock, Arkansas 72202');
		expect(cover(['June 22, 2005', '', '100 F Street, NE', 'Washington, DC 20549'].join('\n')).address).toBeUndefined();
	});

	it('reads a joint filing’s registrant table whose header and registrants take several rows each, as an HTML table', () => {
		const rows = JOINT_ROWS.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
		expect(htmlCover(`<table>${rows.join('')}</table><p>${AFTER_THE_TABLE}</p>`)).toMatchObject(JOINT_FIELDS);
	});

	it('reads the same registrant table laid out in plain text, to the first line not indented into the name column', () => {
		const lines = JOINT_ROWS.map(([number, name, ein]) => `${number.padEnd(14)}${name.padEnd(40)}${ein}`);
		expect(cover([...lines, AFTER_THE_TABLE].join('\n'))).toMatchObject(JOINT_FIELDS);
	});

	it('reads a caption grid by its table’s columns where a caption wider than its padding shifts the laid-out text', () => {
		const fields = htmlCover(
			'<table><tr><td>British Columbia, Canada</td><td>001-36911</td><td>Not Applicable</td></tr>' +
				'<tr><td>(Province or other jurisdiction of incorporation or organization of the registrant)</td>' +
				'<td>(Commission File Number)</td><td>(I.R.S. Employer Identification Number, if applicable)</td></tr></table>',
		);
		expect(fields).toMatchObject({
			state: 'British Columbia, Canada',
			fileNumber: '001-36911',
			irsEin: 'Not Applicable',
		});
	});

	it('reads the name over its caption past a note of the former name', () => {
		const fields = cover(
			[
				'               Liaoning Shuiyun Qinghe Rice Industry Co., Ltd.',
				'             (Formerly known as Evergreen International Corp.)',
				'           (Exact name of registrant as specified in its charter)',
			].join('\n'),
		);
		expect(fields.registrantName).toBe('Liaoning Shuiyun Qinghe Rice Industry Co., Ltd.');
	});
});
