/**
 * Parties collected one at a time from a document that lists them (a distribution statement's
 * headings, a list of subsidiary guarantors): each name in each role once, and only a name that
 * is an organisation's (src/lib/extract/party-entity.ts), its role normalised ("MASTER
 * SERVICER" → "Master Servicer").
 */
import type { NamedParty } from './party-clause.ts';
import { isOrganisationName, isPartyName } from './party-entity.ts';
import { partyKey } from './party-key.ts';
import { normaliseRole } from './roles.ts';

export function organisationParties(): { parties: NamedParty[]; add: (name: string, roleAsFiled: string) => void } {
	const parties: NamedParty[] = [];
	const seen = new Set<string>();
	const add = (name: string, roleAsFiled: string) => {
		const role = normaliseRole(roleAsFiled);
		const key = `${partyKey(name)}|${role}`;
		if (seen.has(key) || !isPartyName(name) || !isOrganisationName(name)) return;
		seen.add(key);
		parties.push({ nameAsFiled: name, role });
	};
	return { parties, add };
}
