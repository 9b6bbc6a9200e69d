/**
 * Submission header data, read from either header dialect EDGAR has used:
 *
 * - `<SEC-HEADER>` (what sec.gov serves for `…/0000000000-00-000000.txt`): indented
 *   `KEY:<tabs>VALUE` lines, sections opened by a bare `FILER:` / `BUSINESS ADDRESS:` line
 *   and closed implicitly by the next section.
 * - The dissemination ("archive", `.nc` feed) dialect: `<ACCESSION-NUMBER>0000…` leaf tags and
 *   `<FILER>` … `</FILER>` containers.
 *
 * Both are reduced to the same stream of open/field events, so one reducer maps the
 * field names of both dialects onto `SubmissionHeader`.
 */

export type FilerRole =
	'filer' | 'subject-company' | 'filed-by' | 'reporting-owner' | 'issuer' | 'depositor' | 'securitizer';

export interface FilerAddress {
	street1?: string;
	street2?: string;
	city?: string;
	state?: string;
	zip?: string;
	phone?: string;
}

export interface Filer {
	/** Which header section named this entity (`FILER:`, `SUBJECT COMPANY:` …). */
	role: FilerRole;
	/** Conformed name as filed, e.g. `NORDSTROM INC`. */
	name: string;
	/** Central Index Key, ten digits with leading zeros as filed, e.g. `0000072333`. */
	cik?: string;
	/** State (or country code) of incorporation, e.g. `WA`. */
	state?: string;
	/** Standard Industrial Classification code, e.g. `5651`. */
	sic?: string;
	/** SIC description as filed, e.g. `RETAIL-FAMILY CLOTHING STORES`. */
	industry?: string;
	irsNumber?: string;
	/** Fiscal year end as `MMDD`, e.g. `0128`. */
	fiscalYearEnd?: string;
	/** SEC file number, e.g. `001-15059`. */
	fileNumber?: string;
	/** Business address, else mail address. */
	address?: FilerAddress;
	formerNames?: string[];
}

export interface SubmissionHeader {
	/** Accession number `0000072333-23-000015`. */
	accession?: string;
	/** Submission type as filed, e.g. `8-K`, `10-Q`, `S-3`. */
	form?: string;
	/** ISO date `YYYY-MM-DD`. */
	filedDate?: string;
	/** Period of report, ISO date. For an 8-K this is the date of the earliest event. */
	period?: string;
	/** `PUBLIC DOCUMENT COUNT` as filed. */
	documentCount?: number;
	/** Acceptance timestamp as filed (`20230306172921`), when present. */
	acceptanceDateTime?: string;
	/** `ITEM INFORMATION` lines (or `<ITEMS>` codes) as filed. */
	items?: string[];
	filers: Filer[];
}

/** One line of a header, reduced to what both dialects share. */
export type HeaderEvent =
	| { kind: 'section'; name: string }
	| { kind: 'end-section'; name: string }
	| { kind: 'field'; name: string; value: string };

/** Header section names that start a new entity, by normalised key. */
const ENTITY_SECTIONS: Record<string, FilerRole> = {
	FILER: 'filer',
	SUBJECTCOMPANY: 'subject-company',
	FILEDBY: 'filed-by',
	REPORTINGOWNER: 'reporting-owner',
	ISSUER: 'issuer',
	DEPOSITOR: 'depositor',
	SECURITIZER: 'securitizer',
};

/** Sub-sections of an entity whose fields need the section to be interpreted. */
const ADDRESS_SECTIONS: Record<string, 'business' | 'mail'> = { BUSINESSADDRESS: 'business', MAILADDRESS: 'mail' };

/** `COMPANY CONFORMED NAME` and `CONFORMED-NAME` both become `COMPANYCONFORMEDNAME`/`CONFORMEDNAME`. */
export function normaliseKey(key: string): string {
	return key.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** `19981231` → `1998-12-31`; anything that is not a plausible date → undefined. */
export function isoFromCompactDate(value: string): string | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
	if (!match) return undefined;
	const [, year, month, day] = match;
	if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
	return `${year}-${month}-${day}`;
}

/** Events of a `<SEC-HEADER>` block (the lines between the open and close tags). */
export function secHeaderEvents(lines: readonly string[]): HeaderEvent[] {
	const events: HeaderEvent[] = [];
	for (const raw of lines) {
		const line = raw.trim();
		if (line === '') continue;
		const tag = /^<([A-Z0-9-]+)>(.*)$/.exec(line);
		if (tag) {
			// `<ACCEPTANCE-DATETIME>20230306172921` sits among the KEY: lines.
			events.push({ kind: 'field', name: tag[1] ?? '', value: (tag[2] ?? '').trim() });
			continue;
		}
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon);
		const value = line.slice(colon + 1).trim();
		events.push(value === '' ? { kind: 'section', name } : { kind: 'field', name, value });
	}
	return events;
}

/** Events of a dissemination-format header (`<SUBMISSION>` up to the first `<DOCUMENT>`). */
export function archiveHeaderEvents(lines: readonly string[]): HeaderEvent[] {
	const events: HeaderEvent[] = [];
	for (const raw of lines) {
		const match = /^<(\/?)([A-Z0-9-]+)>(.*)$/.exec(raw.trim());
		if (!match) continue;
		const [, slash, name = '', rest = ''] = match;
		const value = rest.trim();
		if (slash) events.push({ kind: 'end-section', name });
		else if (value === '') events.push({ kind: 'section', name });
		else events.push({ kind: 'field', name, value });
	}
	return events;
}

/** Folds header events (either dialect) into a `SubmissionHeader`. */
export function reduceHeader(events: readonly HeaderEvent[]): SubmissionHeader {
	const header: SubmissionHeader = { filers: [] };
	let entity: Filer | undefined;
	let section = '';
	let addressKind: 'business' | 'mail' | undefined;
	let addresses: { business?: FilerAddress; mail?: FilerAddress } = {};

	const closeEntity = () => {
		if (entity) {
			const address = addresses.business ?? addresses.mail;
			if (address) entity.address = address;
			if (entity.name !== '' || entity.cik) header.filers.push(entity);
		}
		entity = undefined;
		addresses = {};
		addressKind = undefined;
		section = '';
	};

	for (const event of events) {
		const key = normaliseKey(event.name);
		if (event.kind === 'section') {
			const role = ENTITY_SECTIONS[key];
			if (role) {
				closeEntity();
				entity = { role, name: '' };
			} else {
				section = key;
				addressKind = ADDRESS_SECTIONS[key];
			}
			continue;
		}
		if (event.kind === 'end-section') {
			if (ENTITY_SECTIONS[key]) closeEntity();
			else if (key === section) {
				section = '';
				addressKind = undefined;
			}
			continue;
		}
		const value = event.value;
		if (entity && addressKind) {
			const address = (addresses[addressKind] ??= {});
			if (key === 'STREET1') address.street1 = value;
			else if (key === 'STREET2') address.street2 = value;
			else if (key === 'CITY') address.city = value;
			else if (key === 'STATE') address.state = value;
			else if (key === 'ZIP') address.zip = value;
			else if (key === 'BUSINESSPHONE' || key === 'PHONE') address.phone = value;
			continue;
		}
		if (entity) {
			switch (key) {
				case 'COMPANYCONFORMEDNAME':
				case 'CONFORMEDNAME':
					if (section !== 'FORMERCOMPANY') entity.name = value;
					continue;
				case 'FORMERCONFORMEDNAME':
					(entity.formerNames ??= []).push(value);
					continue;
				case 'CENTRALINDEXKEY':
				case 'CIK':
					entity.cik = value;
					continue;
				case 'STANDARDINDUSTRIALCLASSIFICATION':
				case 'ASSIGNEDSIC': {
					// `RETAIL-FAMILY CLOTHING STORES [5651]` in SEC-HEADER, a bare `6189` in the archive dialect.
					const code = /\[(\d+)\]\s*$/.exec(value);
					if (code?.[1]) {
						entity.sic = code[1];
						const industry = value.slice(0, code.index).trim();
						if (industry) entity.industry = industry;
					} else entity.sic = value;
					continue;
				}
				// Headers written since 2025 label it `EIN:`.
				case 'IRSNUMBER':
				case 'EIN':
					entity.irsNumber = value;
					continue;
				case 'STATEOFINCORPORATION':
					entity.state = value;
					continue;
				case 'FISCALYEAREND':
					entity.fiscalYearEnd = value;
					continue;
				case 'SECFILENUMBER':
				case 'FILENUMBER':
					entity.fileNumber ??= value;
					continue;
			}
		}
		switch (key) {
			case 'ACCESSIONNUMBER':
				header.accession ??= value;
				break;
			case 'CONFORMEDSUBMISSIONTYPE':
			case 'TYPE':
				header.form ??= value;
				break;
			case 'PUBLICDOCUMENTCOUNT': {
				const count = Number.parseInt(value, 10);
				if (Number.isFinite(count)) header.documentCount = count;
				break;
			}
			case 'CONFORMEDPERIODOFREPORT':
			case 'PERIOD': {
				const iso = isoFromCompactDate(value);
				if (iso) header.period = iso;
				break;
			}
			case 'FILEDASOFDATE':
			case 'FILINGDATE': {
				const iso = isoFromCompactDate(value);
				if (iso) header.filedDate = iso;
				break;
			}
			case 'ACCEPTANCEDATETIME':
				header.acceptanceDateTime = value;
				break;
			case 'ITEMINFORMATION':
			case 'ITEMS':
				(header.items ??= []).push(value);
				break;
		}
	}
	closeEntity();
	return header;
}
