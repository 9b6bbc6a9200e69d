/**
 * The cover page checked against the submission header. The header (`STATE OF
 * INCORPORATION`, `IRS NUMBER`, `FILE NUMBER`, `BUSINESS ADDRESS`, `BUSINESS PHONE`) is what
 * the filer last told EDGAR about itself; the printed cover is what this filing states. So:
 *
 * - a field the cover does not give (or gives as something of another type: a phone number
 *   under the address caption, "Not Applicable" as the EIN) comes from the header;
 * - where the two disagree the printed value stands — addresses and phone numbers change and
 *   the header can lag — and the disagreement is flagged as an anomaly, kept as filed;
 * - except the state of incorporation, which a company keeps: a different printed state is a
 *   cover laid out for several registrants side by side, whose columns were misread, so the
 *   header's is used (the printed one stays in the anomaly).
 */
import type { Filer } from '../edgar/header.ts';
import { CITY_LINE, type CoverPage, PHONE_ONLY } from './cover-page.ts';
import { alphanumericKey } from './text-columns.ts';
import { isFileNumber } from './file-number.ts';
import type { Anomaly } from './merge-exhibits.ts';

type CoverFields = Pick<CoverPage, 'state' | 'fileNumber' | 'irsEin' | 'address' | 'phone'>;

/** EDGAR's state codes for the United States and Canada's provinces → the names covers print. */
const STATE_NAMES: Record<string, string> = {
	AL: 'Alabama',
	AK: 'Alaska',
	AZ: 'Arizona',
	AR: 'Arkansas',
	CA: 'California',
	CO: 'Colorado',
	CT: 'Connecticut',
	DE: 'Delaware',
	DC: 'District of Columbia',
	FL: 'Florida',
	GA: 'Georgia',
	HI: 'Hawaii',
	ID: 'Idaho',
	IL: 'Illinois',
	IN: 'Indiana',
	IA: 'Iowa',
	KS: 'Kansas',
	KY: 'Kentucky',
	LA: 'Louisiana',
	ME: 'Maine',
	MD: 'Maryland',
	MA: 'Massachusetts',
	MI: 'Michigan',
	MN: 'Minnesota',
	MS: 'Mississippi',
	MO: 'Missouri',
	MT: 'Montana',
	NE: 'Nebraska',
	NV: 'Nevada',
	NH: 'New Hampshire',
	NJ: 'New Jersey',
	NM: 'New Mexico',
	NY: 'New York',
	NC: 'North Carolina',
	ND: 'North Dakota',
	OH: 'Ohio',
	OK: 'Oklahoma',
	OR: 'Oregon',
	PA: 'Pennsylvania',
	PR: 'Puerto Rico',
	RI: 'Rhode Island',
	SC: 'South Carolina',
	SD: 'South Dakota',
	TN: 'Tennessee',
	TX: 'Texas',
	UT: 'Utah',
	VT: 'Vermont',
	VA: 'Virginia',
	WA: 'Washington',
	WV: 'West Virginia',
	WI: 'Wisconsin',
	WY: 'Wyoming',
	A0: 'Alberta',
	A1: 'British Columbia',
	A2: 'Manitoba',
	A3: 'New Brunswick',
	A4: 'Newfoundland',
	A5: 'Nova Scotia',
	A6: 'Ontario',
	A7: 'Prince Edward Island',
	A8: 'Quebec',
	A9: 'Saskatchewan',
};

const EIN = /^\d{2}-?\d{7}$/;
const digits = (text: string) => text.replace(/\D+/g, '');
const zipOf = (address: string) => /\b(\d{5})(?:-\d{4})?\b(?!.*\b\d{5}\b)/.exec(address)?.[1];

type Differs = (field: string, asPrinted: string, fromHeader: string) => void;

export function coverWithHeader(
	printed: CoverFields,
	filer: Filer | undefined,
): { cover: CoverFields; anomalies: Anomaly[] } {
	const anomalies: Anomaly[] = [];
	const differs: Differs = (field, asPrinted, fromHeader) =>
		anomalies.push({
			code: 'cover-differs-from-header',
			message: `The cover page gives the ${field} as "${asPrinted}", but the submission header gives "${fromHeader}". Both are kept as filed.`,
		});
	const headerEin =
		filer?.irsNumber && /^(?!0{9})\d{9}$/.test(filer.irsNumber)
			? `${filer.irsNumber.slice(0, 2)}-${filer.irsNumber.slice(2)}`
			: undefined;
	const headerPhone = filer?.address?.phone;
	const samePhone = (a: string, b: string) => digits(a).slice(-7) === digits(b).slice(-7);
	if (printed.phone && headerPhone && !samePhone(printed.phone, headerPhone))
		differs('telephone number', printed.phone, headerPhone);
	// Every field is set, undefined included, so a printed value of the wrong type is replaced, not kept.
	const cover: CoverFields = {
		state: stateWithHeader(printed.state, filer?.state, differs),
		fileNumber:
			printed.fileNumber && eachValue(printed.fileNumber, isFileNumber) ? printed.fileNumber : filer?.fileNumber,
		irsEin: printed.irsEin && eachValue(printed.irsEin, (ein) => EIN.test(ein)) ? printed.irsEin : headerEin,
		address: addressWithHeader(printed.address, filer?.address, differs),
		phone: printed.phone ?? headerPhone,
	};
	return { cover, anomalies };
}

/** A joint filing's field is "first; second" (src/lib/report/cover-page.ts): each value is checked. */
const eachValue = (field: string, test: (value: string) => boolean) => field.split('; ').every(test);

function stateWithHeader(printed: string | undefined, code: string | undefined, differs: Differs): string | undefined {
	const fromHeader = code ? STATE_NAMES[code.toUpperCase()] : undefined;
	// An SIC code printed beside the state runs into its cell: "Delaware 2834".
	const state = printed?.replace(/\s+\d{4}$/, '').trim() || undefined;
	if (!fromHeader) return state;
	if (state && !alphanumericKey(state).includes(alphanumericKey(fromHeader))) {
		differs('state of incorporation', state, fromHeader);
		return fromHeader;
	}
	return state ?? fromHeader;
}

/** The printed address; the header's when the cover printed none, and its street when only the city line. */
function addressWithHeader(
	printed: string | undefined,
	header: Filer['address'],
	differs: Differs,
): string | undefined {
	const street = [header?.street1, header?.street2].filter(Boolean).join(', ');
	const formatted = header?.city
		? `${street ? `${street}, ` : ''}${header.city}, ${header.state ?? ''} ${header.zip ?? ''}`
				.replace(/\s+/g, ' ')
				.trim()
		: undefined;
	// Only a phone number under the address caption: a misread cover.
	if (!printed || PHONE_ONLY.test(printed)) return formatted;
	const headerZip = header?.zip?.slice(0, 5);
	const printedZip = zipOf(printed);
	if (headerZip && printedZip && printedZip !== headerZip && formatted) differs('address', printed, formatted);
	if (header?.street1 && CITY_LINE.test(printed) && printedZip === headerZip) return `${header.street1}, ${printed}`;
	return printed;
}
