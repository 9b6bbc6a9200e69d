/**
 * Where an exhibit incorporated by reference comes from, as a link: the other filing's exhibit
 * page when the corpus holds it (the document the index links, or the same registrant's filing of
 * that form and date and the exhibit number), else the document on EDGAR the index links, else
 * the registrant's EDGAR filings of that form up to that date — pages that leave this site.
 * The reference itself is parsed at ingest (src/lib/report/incorporation.ts).
 */
import type { ExhibitView } from './build-corpus.ts';
import { archivesFiling } from '../edgar-api/referenced-filings.ts';
import { exhibitNumberKey } from '../report/exhibit-number.ts';

export type IncorporationLink =
	{ url: string; internal: true; label: string } | { url: string; internal: false; document: boolean };

const formKey = (form: string) => form.toUpperCase().replace(/\s+/g, '');

/**
 * The other filing's exhibit an exhibit is incorporated from, when the corpus holds it: by the
 * document the index links (its filing's accession, then its file name or the exhibit number),
 * else by the registrant's filing of that form and date and the exhibit number.
 */
export function incorporatedExhibit(exhibit: ExhibitView): ExhibitView | undefined {
	const reference = exhibit.data.incorporatedFrom;
	const linked = reference?.url === undefined ? undefined : archivesFiling(reference.url);
	if (linked) {
		const filing = exhibit.filing.registrant.registrantOf.find((one) => one.data.accession === linked.accession);
		const name = reference!.url!.slice(reference!.url!.lastIndexOf('/') + 1);
		const found =
			filing?.exhibits.find((one) => one.data.source?.filename === name) ??
			(reference!.exhibit === undefined
				? undefined
				: filing?.exhibits.find((one) => exhibitNumberKey(one.data.number) === exhibitNumberKey(reference!.exhibit!)));
		if (found) return found;
	}
	if (!reference?.form || !reference.exhibit || (!reference.filed && !reference.period)) return undefined;
	// The registrant's own filings (its party page lists them): no pass over the whole corpus per exhibit.
	const source = exhibit.filing.registrant.registrantOf.find(
		(filing) =>
			formKey(filing.data.form) === formKey(reference.form!) &&
			(filing.data.filedDate === reference.filed ||
				filing.data.reportDate === reference.filed ||
				(reference.period !== undefined && filing.data.period === reference.period)),
	);
	return source?.exhibits.find((one) => exhibitNumberKey(one.data.number) === exhibitNumberKey(reference.exhibit!));
}

export function incorporationLink(exhibit: ExhibitView): IncorporationLink | undefined {
	const reference = exhibit.data.incorporatedFrom;
	if (!reference) return undefined;
	// The document itself on EDGAR, where the index links it; else the filing list of that form and date.
	const outside = reference.url ? ({ url: reference.url, internal: false, document: true } as const) : undefined;
	const target = incorporatedExhibit(exhibit);
	if (target)
		return {
			url: target.url,
			internal: true,
			label: `Exhibit ${target.data.number} to ${target.filing.registrant.data.name}, Form ${target.filing.data.form}`,
		};
	if (outside || !reference.form || (!reference.filed && !reference.period)) return outside;
	const { registrant } = exhibit.filing;
	const cik = registrant.data.cik ?? exhibit.filing.data.filers.find((filer) => filer.party === registrant.id)?.cik;
	if (!cik) return undefined;
	const before = (reference.filed ?? reference.period)!.replace(/-/g, '');
	const query = new URLSearchParams({
		action: 'getcompany',
		CIK: cik,
		type: reference.form,
		dateb: before,
		owner: 'include',
		count: '40',
	});
	return { url: `https://www.sec.gov/cgi-bin/browse-edgar?${query}`, internal: false, document: false };
}
