/**
 * The instrument an exhibit evidences, governs or secures, upserted into the filing's
 * InstrumentRegistry (instrument-registry.ts) with its issuer and counterparty resolved as
 * parties. Two passes: evidences/governs links while the exhibits are read in order, then
 * "secures" links once every facility of the filing is known, whatever order the exhibits
 * come in.
 */
import type { InstrumentFacts } from '../extract/instrument-facts.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import { type InstrumentRegistry, instrumentId } from './instrument-registry.ts';
import type { PartyRegistry } from './party-registry.ts';

export type InstrumentLink = Exhibit['instruments'][number];

/** Evidences/governs links are made now; "secures" waits until every facility is known (linkSecurityAgreements). */
export function linkInstrument(
	facts: InstrumentFacts | undefined,
	parties: PartyRegistry,
	instruments: InstrumentRegistry,
): InstrumentLink | undefined {
	if (!facts || facts.relation === 'secures') return undefined;
	return { instrument: upsertInstrument(facts, parties, instruments), relation: facts.relation };
}

/**
 * A security or pledge agreement secures the loan facility its secured party is agent for;
 * without one it links to nothing (the agreement is an exhibit, not an instrument).
 */
export function linkSecurityAgreements(
	exhibits: { facts: { instruments: InstrumentFacts[] }; links: InstrumentLink[] }[],
	parties: PartyRegistry,
	instruments: InstrumentRegistry,
): void {
	for (const entry of exhibits) {
		const facts = entry.facts.instruments.find((one) => one.relation === 'secures');
		if (!facts) continue;
		const agent = facts.securedParty ? parties.resolve(facts.securedParty) : undefined;
		const facility = agent ? instruments.findFacilityByAgent(agent) : undefined;
		entry.links = facility ? [{ instrument: facility.id, relation: 'secures' }] : [];
	}
}

function upsertInstrument(facts: InstrumentFacts, parties: PartyRegistry, instruments: InstrumentRegistry): string {
	const issuer = facts.issuerName ? parties.resolve(facts.issuerName) : undefined;
	const counterparty = facts.counterpartyName ? parties.resolve(facts.counterpartyName) : undefined;
	return instruments.upsert({
		id: instrumentId(issuer, facts.name),
		name: facts.name,
		kind: facts.kind,
		rate: facts.rate,
		maturity: facts.maturity,
		principal: facts.principal,
		issuer,
		counterparty,
		generated: true,
	});
}
