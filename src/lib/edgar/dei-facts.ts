/**
 * The cover facts an inline XBRL document tags on its own cover page (`dei:` elements, required
 * on 8-K, 10-K, 10-Q and registration-statement covers since 2019):
 *
 *   <ix:nonNumeric name="dei:EntityAddressCityOrTown" …>Dallas</ix:nonNumeric>
 *
 * Each fact's text is what the cover prints, so these are the printed values already cut into
 * fields — where the printed layout (an address split over inline `div`s, a phone number in
 * three cells) defeats reading by captions. A fact in the hidden `ix:header` is not printed.
 */
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

export interface DeiCover {
	registrantName?: string;
	/** State or country of incorporation as printed: "Delaware". */
	state?: string;
	fileNumber?: string;
	irsEin?: string;
	/** Street, city, state and ZIP as printed: "300 Crescent Court, Suite 700, Dallas, Texas 75201". */
	address?: string;
	phone?: string;
	/** The date of report as printed: "December 20, 2023". */
	reportDateAsFiled?: string;
}

/** The `dei:` facts printed in a document, by name; a name tagged with different texts (two registrants) maps to all of them. */
export function deiFacts(tree: Root): Map<string, string[]> {
	const facts = new Map<string, string[]>();
	const visit = (node: Root | Element) => {
		for (const child of node.children as RootContent[]) {
			if (child.type !== 'element' || child.tagName === 'ix:header') continue;
			const name = String(child.properties['name'] ?? '');
			if (child.tagName === 'ix:nonnumeric' && name.startsWith('dei:')) {
				const text = toText(child).replace(/\s+/g, ' ').trim();
				const known = facts.get(name) ?? [];
				if (text !== '' && !known.includes(text)) facts.set(name, [...known, text]);
			}
			visit(child);
		}
	};
	visit(tree);
	return facts;
}

/** The cover fields the facts give; a field tagged with two different texts (a joint filing) is left to the printed cover. */
export function deiCover(facts: ReadonlyMap<string, readonly string[]>): DeiCover {
	const one = (name: string) => {
		const values = facts.get(`dei:${name}`);
		return values?.length === 1 ? values[0] : undefined;
	};
	const street = [one('EntityAddressAddressLine1'), one('EntityAddressAddressLine2'), one('EntityAddressAddressLine3')]
		.filter(Boolean)
		.join(', ');
	const city = one('EntityAddressCityOrTown');
	const region = [one('EntityAddressStateOrProvince'), one('EntityAddressPostalZipCode')].filter(Boolean).join(' ');
	const address = street && city ? [street, city, region].filter(Boolean).join(', ') : undefined;
	const areaCode = one('CityAreaCode')?.replace(/[()\s]/g, '');
	const local = one('LocalPhoneNumber');
	const phone = local ? (areaCode ? `(${areaCode}) ${local}` : local) : undefined;
	const cover: DeiCover = {
		registrantName: one('EntityRegistrantName'),
		state: one('EntityIncorporationStateCountryCode'),
		fileNumber: one('EntityFileNumber'),
		irsEin: one('EntityTaxIdentificationNumber'),
		address,
		phone,
		reportDateAsFiled: one('DocumentPeriodEndDate'),
	};
	return Object.fromEntries(Object.entries(cover).filter(([, value]) => value !== undefined)) as DeiCover;
}
