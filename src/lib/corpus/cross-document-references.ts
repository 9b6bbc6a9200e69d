/**
 * Which document a name an exhibit defines for another document means — "Section 2.1 of the
 * Indenture" in a supplemental indenture that says `(the "Indenture")` — so that its reference
 * links to that document's section (src/lib/markdown/rehype-cross-references.ts links it; the
 * build asks here, src/data/site-corpus.ts). Only when the corpus holds the document's text and
 * the name fits exactly one document:
 *
 * 1. first the documents the exhibit's title or status points to: the one it amends
 *    (amendment-chains.ts) and the exhibit it is incorporated from (incorporated-exhibit.ts);
 * 2. else the other exhibits of its own filing (an indenture and its supplement, a credit
 *    agreement and the guarantee filed with it).
 *
 * A name fits a document whose title names it ("Indenture" fits "Form of Indenture, dated …"),
 * one version of it ("Credit Agreement" fits "Amended and Restated Credit Agreement"), or a kind
 * of it ("Indenture" fits "Senior Indenture", "Base Indenture" fits "Indenture") — never an
 * amendment or supplement of it unless named so: two fitting documents are ambiguous, and the
 * reference stays text.
 */
import type { ExhibitView } from './build-corpus.ts';
import { documentKey, documentVersion, readAmendingTitle } from './amendment-chains.ts';
import { incorporatedExhibit } from './incorporated-exhibit.ts';

/** The documents an exhibit's references to others may mean, each once, in the order they are tried. */
export function referenceCandidates(exhibit: ExhibitView): { pointed: ExhibitView[]; siblings: ExhibitView[] } {
	const pointed = [exhibit.amends?.exhibit, incorporatedExhibit(exhibit)].filter(
		(one, i, all): one is ExhibitView => one !== undefined && one !== exhibit && all.indexOf(one) === i,
	);
	const siblings = exhibit.filing.exhibits.filter((one) => one !== exhibit && !pointed.includes(one));
	return { pointed, siblings };
}

function fits(name: string, candidate: ExhibitView): boolean {
	const registrant = candidate.filing.registrant.data;
	const names = [registrant.name, ...registrant.aliases];
	const key = documentKey(candidate.data.title, names);
	const wanted = documentKey(name);
	if (key === wanted) return true;
	const amending = readAmendingTitle(candidate.data.title, names);
	if (amending?.kind === 'amendment' || amending?.kind === 'supplement') return false;
	const { family } = documentVersion(key);
	return family === wanted || key.endsWith(` ${wanted}`) || wanted.endsWith(` ${family}`);
}

/** The exhibit with text that `name` (a term the exhibit defines) means, or undefined when none or several fit. */
export function referencedDocument(exhibit: ExhibitView, name: string): ExhibitView | undefined {
	const { pointed, siblings } = referenceCandidates(exhibit);
	for (const group of [pointed, siblings]) {
		const fitting = group.filter((one) => one.data.hasBody && fits(name, one));
		if (fitting.length === 1) return fitting[0];
		if (fitting.length > 1) return undefined;
	}
	return undefined;
}
