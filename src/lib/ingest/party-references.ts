/**
 * Every place a filing names a party, resolved to one party id through the filing's
 * PartyRegistry (party-registry.ts): the registrant and the header's filers, each exhibit's
 * parties, and the signers. The order of the calls
 * is the order spellings are learnt in, so build-entries.ts makes them in filing order.
 */
import { partyKey } from '../extract/party-key.ts';
import type { NamedParty } from '../extract/party-clause.ts';
import type { ParsedSignature } from '../report/signatures.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Filing } from '../../schemas/filing.ts';
import type { PartyRegistry } from './party-registry.ts';
import type { PlannedFiling } from './plan-filing.ts';

/** The registrant's party id and the header's filers, each with the party it names. */
export interface FilerParties {
	registrant: string;
	filers: Filing['filers'];
}

/**
 * The registrant is the filer whose name is the cover's (or the only filer), so it takes that
 * filer's CIK; every other filer is resolved by its own name and CIK.
 */
export function resolveFilers(plan: PlannedFiling, parties: PartyRegistry): FilerParties {
	const { registrantName } = plan.report.cover;
	const sameName = plan.filers.find((f) => partyKey(f.name) === partyKey(registrantName));
	const filer = sameName ?? (plan.filers.length === 1 ? plan.filers[0] : undefined);
	const registrant = parties.resolve(registrantName, undefined, filer?.cik);
	const filers = plan.filers.map((f) => ({
		name: f.name,
		role: f.role,
		...(f.cik && /^\d{1,10}$/.test(f.cik) ? { cik: f.cik } : {}),
		...(f.state ? { state: f.state } : {}),
		party: f === filer ? registrant : parties.resolve(f.name, undefined, f.cik),
	}));
	return { registrant, filers };
}

/**
 * An exhibit's parties (src/lib/extract/exhibit-parties.ts decides who they are), each
 * resolved to its party id, once per role.
 */
export function resolveExhibitParties(named: readonly NamedParty[], parties: PartyRegistry): Exhibit['parties'] {
	const resolved = named.map((p) => ({
		party: parties.resolve(p.nameAsFiled),
		role: p.role,
		...(p.roleAsFiled ? { roleAsFiled: p.roleAsFiled } : {}),
		nameAsFiled: p.nameAsFiled,
	}));
	return uniqueBy(resolved, (p) => `${p.party}|${p.role}`);
}

/** Signers become person parties; a signing entity only adds a spelling to a party already known. */
export function resolveSignatures(
	signatures: readonly ParsedSignature[],
	parties: PartyRegistry,
): Filing['signatures'] {
	return signatures.map((signature) => {
		if (signature.entity) parties.resolveIfKnown(signature.entity);
		return {
			entity: signature.entity,
			signer: signature.signer,
			signerParty: parties.resolve(signature.signer, 'person'),
			title: signature.title,
			date: signature.date,
			conformed: signature.conformed,
		};
	});
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
