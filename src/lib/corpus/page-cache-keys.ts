/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is reused
 * from the previous build when its key is unchanged, so a key must change whenever anything
 * the page shows changes. Each key hashes what its layout reads from the corpus — the entity's
 * own data and, for every linked entity, the data its link or row shows — and nothing else,
 * so adding a filing re-renders only the pages it touches: its own, its parties' and
 * instruments' hubs, and exhibits whose "related exhibits" list it enters.
 *
 * Conservative by design: a linked entity contributes its whole `data` (not only the field
 * shown today), so a layout change that shows one more field never serves a stale page.
 * Bodies are rendered from their files at page time (src/data/markdown-bodies.ts), out of
 * Astro's sight, so an exhibit's key holds its file's digest and a filing's key the digest of
 * the primary document it shows. Layout code changes are caught by Astro (the route's module
 * graph is part of the cache check).
 */
import { createHash } from 'node:crypto';
import {
	relatedExhibits,
	type ExhibitView,
	type FilingView,
	type InstrumentView,
	type PartyView,
} from './build-corpus.ts';
import { amendmentHistory } from './amendment-chains.ts';
import { referenceCandidates } from './cross-document-references.ts';
import { incorporationLink } from './incorporated-exhibit.ts';

const partyRef = (party: PartyView) => ({ url: party.url, data: party.data });
const instrumentRef = (instrument: InstrumentView) => ({ url: instrument.url, data: instrument.data });
/** What a row naming a filing shows: its data, its registrant, how many exhibits it has. */
const filingRef = (filing: FilingView) => ({
	url: filing.url,
	data: filing.data,
	registrant: partyRef(filing.registrant),
	exhibitCount: filing.exhibits.length,
});
/** What a row naming an exhibit shows: its data and its filing's. */
const exhibitRef = (exhibit: ExhibitView) => ({
	url: exhibit.url,
	data: exhibit.data,
	filing: filingRef(exhibit.filing),
});

/** An exhibit with its parties, instruments and amendment links, as the exhibit page and the filing's twin show them. */
function exhibitWithLinks(exhibit: ExhibitView) {
	return {
		...exhibitRef(exhibit),
		entryId: exhibit.entryId,
		parties: exhibit.parties.map((link) => ({ ...link, party: partyRef(link.party) })),
		instruments: exhibit.instruments.map((link) => ({
			relation: link.relation,
			instrument: instrumentRef(link.instrument),
		})),
		amends: exhibit.amends && { kind: exhibit.amends.kind, exhibit: exhibitRef(exhibit.amends.exhibit) },
		amendedBy: exhibit.amendedBy.map((link) => ({ kind: link.kind, exhibit: exhibitRef(link.exhibit) })),
		incorporatedFrom: incorporationLink(exhibit),
	};
}

export function exhibitPageKey(exhibit: ExhibitView): string {
	return digest({
		exhibit: exhibitWithLinks(exhibit),
		body: exhibit.digest,
		filingExhibits: exhibit.filing.exhibits.map((sibling) => ({ url: sibling.url, data: sibling.data })),
		prev: exhibit.prev && exhibitRef(exhibit.prev),
		next: exhibit.next && exhibitRef(exhibit.next),
		related: relatedExhibits(exhibit).map(({ exhibit: other, shared }) => ({ shared, exhibit: exhibitRef(other) })),
		// The bodies its own body's references to other documents may link into (cross-document-references.ts).
		referenced: exhibit.data.hasBody
			? Object.values(referenceCandidates(exhibit))
					.flat()
					.filter((other) => other.data.hasBody)
					.map((other) => ({ url: other.url, data: other.data, body: other.digest }))
			: [],
	});
}

/**
 * Also the key of the filing's JSON twin and raw source (same `getStaticPaths`).
 * `documentDigest`: the digest of the primary document's file, when the page shows one.
 */
export function filingPageKey(filing: FilingView, documentDigest?: string | number): string {
	return digest({
		filing: filingRef(filing),
		exhibits: filing.exhibits.map(exhibitWithLinks),
		document: documentDigest,
	});
}

export function partyPageKey(party: PartyView): string {
	return digest({
		party: partyRef(party),
		appearances: party.appearances.map((appearance) => ({ ...appearance, exhibit: exhibitRef(appearance.exhibit) })),
		registrantOf: party.registrantOf.map(filingRef),
		signed: party.signed.map((signature) => ({ title: signature.title, filing: filingRef(signature.filing) })),
	});
}

export function instrumentPageKey(instrument: InstrumentView): string {
	return digest({
		instrument: instrumentRef(instrument),
		issuer: instrument.issuer && partyRef(instrument.issuer),
		counterparty: instrument.counterparty && partyRef(instrument.counterparty),
		documents: instrument.documents.map((document) => ({
			relation: document.relation,
			exhibit: exhibitRef(document.exhibit),
		})),
		history: amendmentHistory(instrument.documents.map((document) => document.exhibit)).map(exhibitWithLinks),
	});
}

/** The comparison of a restated version with the version it restates: both documents, bodies included. */
export function exhibitChangesPageKey(exhibit: ExhibitView): string {
	const previous = exhibit.amends?.exhibit;
	return digest({
		exhibit: exhibitRef(exhibit),
		body: exhibit.digest,
		previous: previous && exhibitRef(previous),
		previousBody: previous?.digest,
	});
}

/** JSON is deterministic here: every projected object is built with its keys in a fixed order. */
function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
