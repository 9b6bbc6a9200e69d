/**
 * `getStaticPaths` for every route with a parameter: one list per entity, so a page, its JSON
 * twin and its raw source are generated for exactly the same entries. Each path carries a
 * `cacheKey` (src/lib/corpus/page-cache-keys.ts) so an incremental build reuses unchanged pages.
 */
import { hasComparison } from '../lib/corpus/amendment-chains.ts';
import {
	exhibitChangesPageKey,
	exhibitPageKey,
	filingPageKey,
	instrumentPageKey,
	partyPageKey,
} from '../lib/corpus/page-cache-keys.ts';
import { getCorpus, primaryDocumentDigests } from './site-corpus.ts';
import { filingImageNames } from './filed-images.ts';

export async function filingPaths() {
	const documents = await primaryDocumentDigests();
	return (await getCorpus()).filings.map((filing) => ({
		params: { filing: filing.id },
		props: { filing },
		cacheKey: filingPageKey(filing, documents.get(filing.id)),
	}));
}

/** Images the filings' documents show, published beside their pages (`/filings/{id}/ex5-1_001.jpg`). */
export async function filingImagePaths() {
	return (await getCorpus()).filings.flatMap((filing) =>
		filingImageNames(filing).map((name) => ({
			params: { filing: filing.id, image: name },
			props: { filingId: filing.id, name },
		})),
	);
}

export async function exhibitPaths() {
	return (await getCorpus()).exhibits.map((exhibit) => ({
		params: { filing: exhibit.filing.id, exhibit: exhibit.slug },
		props: { exhibit },
		cacheKey: exhibitPageKey(exhibit),
	}));
}

/** A restated version whose corpus holds the text of the version it restates: the page of what changed. */
export async function exhibitChangesPaths() {
	return (await getCorpus()).exhibits.filter(hasComparison).map((exhibit) => ({
		params: { filing: exhibit.filing.id, exhibit: exhibit.slug },
		props: { exhibit },
		cacheKey: exhibitChangesPageKey(exhibit),
	}));
}

export async function partyPaths() {
	return (await getCorpus()).parties.map((party) => ({
		params: { party: party.id },
		props: { party },
		cacheKey: partyPageKey(party),
	}));
}

export async function instrumentPaths() {
	return (await getCorpus()).instruments.map((instrument) => ({
		params: { instrument: instrument.id },
		props: { instrument },
		cacheKey: instrumentPageKey(instrument),
	}));
}
