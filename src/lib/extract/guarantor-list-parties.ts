/**
 * The parties of a list of subsidiary guarantors and issuers (Regulation S-K Item 601(b)(22),
 * exhibit 22 of a debt shelf since 2021): each entity with the role the list gives it.
 *
 *   The following subsidiaries of Thomson Reuters Corporation (“TRC”) will be the issuer or
 *   guarantors … under the indenture to be entered into between TRC, as parent guarantor, …
 *   Subsidiary Registrant                  Issuer/Guarantor
 *   TR Finance LLC                         Issuer
 *   Subsidiary Guarantor                                          (a heading, then names alone)
 *   West Publishing Corporation
 *
 * A name is kept only when it is an organisation's; a defined abbreviation ("TRC") stands for
 * the name it was defined for.
 */
import type { NamedParty } from './party-clause.ts';
import { isOrganisationName } from './party-entity.ts';
import { organisationParties } from './organisation-parties.ts';
import { cellsOf, normaliseWhitespace, toLines } from '../report/text-columns.ts';

const ROLE_WORD = String.raw`(?:(?:Parent|Subsidiary)\s+)?(?:Co-)?(?:Issuer|Guarantor|Obligor)s?`;
/** A role cell: "Issuer", "Guarantor", "Parent Guarantor", "Co-Issuer". */
const ROLE_CELL = new RegExp(`^${ROLE_WORD}$`, 'i');
/** A heading over names listed alone: "Subsidiary Guarantors", "Issuers". */
const ROLE_HEADING = new RegExp(`^(${ROLE_WORD})(?:\\s+of\\s+.*)?:?$`, 'i');
/** `Thomson Reuters Corporation (“TRC”)`: an abbreviation defined for a name. */
const ABBREVIATION = /([A-Z][^()“”"]{2,80}?)\s*\((?:the\s+)?[“"]([A-Z][A-Za-z&]{1,11})[”"]\)/g;

export function guarantorListParties(text: string): NamedParty[] {
	const { parties, add } = organisationParties();
	const flat = normaliseWhitespace(text);
	const defined = new Map<string, string>();
	for (const [, name, abbreviation] of flat.matchAll(ABBREVIATION)) {
		const full = name!.replace(/^.*\b(?:of|by|from|and|between)\s+(?=[A-Z])/, '').trim();
		if (isOrganisationName(full)) defined.set(abbreviation!, full);
	}
	// "between TRC, as parent guarantor," — the abbreviation's entity in the role it is given.
	for (const [, abbreviation, role] of flat.matchAll(
		/\b([A-Z][A-Za-z&]{1,11}),?\s+as\s+((?:parent\s+)?(?:co-)?(?:issuer|guarantor|obligor))\b/gi,
	)) {
		const name = defined.get(abbreviation!);
		if (name) add(name, role!);
	}
	let heading: string | undefined;
	for (const line of toLines(text)) {
		const cells = cellsOf(line);
		if (cells.length === 0) continue;
		const last = cells[cells.length - 1]!.text;
		if (cells.length >= 2 && ROLE_CELL.test(last))
			add(
				cells
					.slice(0, -1)
					.map((c) => c.text)
					.join(' '),
				last,
			);
		else if (cells.length === 1 && ROLE_HEADING.test(cells[0]!.text)) heading = ROLE_HEADING.exec(cells[0]!.text)![1];
		else if (cells.length === 1 && heading && isOrganisationName(cells[0]!.text)) add(cells[0]!.text, heading);
		else if (cells.length === 1) heading = undefined;
	}
	return parties;
}
