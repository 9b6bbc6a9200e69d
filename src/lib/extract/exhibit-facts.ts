/** Everything an exhibit title says: document date, parties and roles, amounts, instruments. */
import { findDocumentDate } from './dates.ts';
import { extractInstrumentFacts, type InstrumentFacts, namedNoteSeries } from './instrument-facts.ts';
import { findMoneyAmounts, type Money } from './money.ts';
import { extractParties, type NamedParty } from './party-clause.ts';

export interface ExhibitFacts {
	/** The document noun phrase, e.g. "Amended and Restated Term Promissory Note". */
	head: string;
	date?: string;
	dateAsFiled?: string;
	parties: NamedParty[];
	otherParties: string[];
	amounts: Money[];
	/** What the exhibit evidences, governs or secures: usually one, a note series each where the title names several. */
	instruments: InstrumentFacts[];
}

/** The head stops at the first comma-or-space "dated", party connector or trailing clause. */
const HEAD_END =
	/,?\s+(?:dated\b|(?:by\s+and\s+)?(?:between|among)\b|(?:made|issued|executed|granted)\s+by\b|in\s+favou?r\s+of\b)|,\s+(?:in|relating|with|pursuant)\b/i;

/** Who "made by X" makes: a note has a maker; a pledge or security agreement, a grantor. */
function makerRoleFor(head: string): string {
	if (/\bPledge\b/i.test(head)) return 'Pledgor';
	if (/\b(?:Security|Mortgage|Deed\s+of\s+Trust)\b/i.test(head)) return 'Grantor';
	if (/\bGuarant/i.test(head)) return 'Guarantor';
	return 'Maker';
}

export function extractExhibitFacts(
	title: string,
	context: { registrantName: string; text?: string; seriesTerms?: ReadonlyMap<string, string> },
): ExhibitFacts {
	const headEnd = HEAD_END.exec(title);
	const head = (headEnd ? title.slice(0, headEnd.index) : title).replace(/\.$/, '').trim();
	const documentDate = findDocumentDate(title);
	const { parties, otherParties } = extractParties(title, { makerRole: makerRoleFor(head) });
	const instrumentContext = {
		head,
		title,
		parties,
		registrantName: context.registrantName,
		...(context.text ? { text: context.text } : {}),
		...(context.seriesTerms ? { seriesTerms: context.seriesTerms } : {}),
	};
	const series = namedNoteSeries(instrumentContext);
	const instrument = series.length > 0 ? undefined : extractInstrumentFacts(instrumentContext);

	return {
		head,
		...(documentDate ? { date: documentDate.date, dateAsFiled: documentDate.dateAsFiled } : {}),
		parties,
		otherParties,
		amounts: findMoneyAmounts(title),
		instruments: instrument ? [instrument] : series,
	};
}
