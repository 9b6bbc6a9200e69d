/** Pure extraction from exhibit titles: dates, parties and roles, amounts, instruments. */
export { extractExhibitFacts, type ExhibitFacts } from './exhibit-facts.ts';
export {
	extractInstrumentFacts,
	type InstrumentFacts,
	type InstrumentKind,
	type InstrumentRelation,
} from './instrument-facts.ts';
export { extractParties, type NamedParty, type PartyClause } from './party-clause.ts';
export { findDocumentDate, findLongDate, parseLongDate, type DocumentDate } from './dates.ts';
export { findMoneyAmounts, type Money } from './money.ts';
export { normaliseRole, isPluralRole } from './roles.ts';
export { guessPartyKind, type PartyKind } from './party-kind.ts';
export { partyKey } from './party-key.ts';
export { extractRecitalParties } from './recitals.ts';
