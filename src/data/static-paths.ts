/**
 * `getStaticPaths` for every route with a parameter: one list per entity, so a page, its JSON
 * twin and its raw source are generated for exactly the same entries.
 */
import { getCorpus } from './corpus.ts';

export async function filingPaths() {
	return (await getCorpus()).filings.map((filing) => ({ params: { filing: filing.id }, props: { filing } }));
}

export async function exhibitPaths() {
	return (await getCorpus()).exhibits.map((exhibit) => ({ params: { filing: exhibit.filing.id, exhibit: exhibit.slug }, props: { exhibit } }));
}

export async function partyPaths() {
	return (await getCorpus()).parties.map((party) => ({ params: { party: party.id }, props: { party } }));
}

export async function instrumentPaths() {
	return (await getCorpus()).instruments.map((instrument) => ({ params: { instrument: instrument.id }, props: { instrument } }));
}
