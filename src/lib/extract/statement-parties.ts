/**
 * The parties of a distribution statement — the monthly "Statement to Certificateholders" or
 * distribution report an asset-backed issuer files on Form 8-K. It has no recital: each page's
 * heading names the parties with their roles, in one of two layouts.
 *
 *   RESIDENTIAL FUNDING CORPORATION (MASTER SERVICER)          a name, its role in parentheses
 *   SELLER:      Aames Capital Corporation    ADMINISTRATOR:  David West
 *                                                            Bankers Trust Company
 *                                                            a role label, the name beside it
 *
 * A label's name that is a person's is the contact at the firm printed under it. Pages repeat
 * their heading, so each party is read once; a name is kept only when it is an organisation's.
 */
import type { NamedParty } from './party-clause.ts';
import { isOrganisationName, isPersonName } from './party-entity.ts';
import { organisationParties } from './organisation-parties.ts';
import { cellsOf, toLines } from '../report/text-columns.ts';

/** "NAME (ROLE)" alone on its line. */
const NAME_WITH_ROLE = /^\s*([A-Z][^()]{2,100}?)\s+\(([A-Za-z][A-Za-z -]{2,40})\)\s*$/;
/** A role label: one to three words ending in an agent noun ("SELLER:", "LEAD UNDERWRITER:", "TRUSTEE:"). */
const ROLE_LABEL = /^((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+(?:er|or|ee|ent|ian|ary))\s*:$/i;

export function statementParties(text: string): NamedParty[] {
	const lines = toLines(text);
	const { parties, add } = organisationParties();
	lines.forEach((line, i) => {
		const named = NAME_WITH_ROLE.exec(line);
		if (named) add(named[1]!.trim(), named[2]!);
		const cells = cellsOf(line);
		cells.forEach((cell, c) => {
			const label = ROLE_LABEL.exec(cell.text);
			const value = cells[c + 1];
			if (!label || !value || ROLE_LABEL.test(value.text)) return;
			add(
				isPersonName(value.text) ? (firmUnder(lines[i + 1] ?? '', value.start) ?? value.text) : value.text,
				label[1]!,
			);
		});
	});
	return parties;
}

/** The organisation printed under a contact's name, in its column. */
function firmUnder(line: string, column: number): string | undefined {
	const cell = cellsOf(line).find((c) => Math.abs(c.start - column) <= 8);
	return cell && isOrganisationName(cell.text) ? cell.text : undefined;
}
