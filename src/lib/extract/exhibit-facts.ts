/** Everything an exhibit title says: document date, parties and roles, amounts, instrument. */
import { findDocumentDate } from './dates.ts';
import { extractInstrumentFacts, type InstrumentFacts } from './instrument-facts.ts';
import { findMoneyAmounts, type Money } from './money.ts';
import { extractParties, type NamedParty } from './party-clause.ts';
import { partyKey } from './party-key.ts';

export interface ExhibitFacts {
	/** The document noun phrase, e.g. "Amended and Restated Term Promissory Note". */
	head: string;
	date?: string;
	dateAsFiled?: string;
	parties: NamedParty[];
	otherParties: string[];
	amounts: Money[];
	instrument?: InstrumentFacts;
}

/** The head stops at the first comma-or-space "dated", party connector or trailing clause. */
const HEAD_END =
	/,?\s+(?:dated\b|(?:by\s+and\s+)?(?:between|among)\b|(?:made|issued|executed|granted)\s+by\b|in\s+favou?r\s+of\b)|,\s+(?:in|relating|with|pursuant)\b/i;

/** Who "made by X" makes: a note has a maker; a pledge or security agreement, a grantor. */
function makerRoleFor(head: string): string {
	if (/\b(?:Pledge|Security|Mortgage|Deed\s+of\s+Trust)\b/i.test(head)) return 'Grantor';
	if (/\bGuarant/i.test(head)) return 'Guarantor';
	return 'Maker';
}

export function extractExhibitFacts(title: string, context: { registrantName: string }): ExhibitFacts {
	const headEnd = HEAD_END.exec(title);
	const head = (headEnd ? title.slice(0, headEnd.index) : title).replace(/\.$/, '').trim();
	const documentDate = findDocumentDate(title);
	const { parties, otherParties } = extractParties(title, { makerRole: makerRoleFor(head) });
	const instrument = extractInstrumentFacts({
		head,
		title,
		dateAsFiled: documentDate?.dateAsFiled,
		parties,
		registrantName: context.registrantName,
	});

	// The registrant issues the notes, warrants and units whose forms it files, and the indenture
	// it is party to — even when the title ("Form of Warrant.") does not name it.
	const issues =
		instrument &&
		(instrument.kind === 'indenture' || (instrument.isSecurityClass && instrument.relation === 'evidences'));
	if (issues && instrument.issuerName) {
		const registrantKey = partyKey(context.registrantName);
		if (partyKey(instrument.issuerName) === registrantKey) {
			const named = parties.find((p) => partyKey(p.nameAsFiled) === registrantKey);
			if (named && named.role === 'Party') named.role = 'Issuer';
			// Not written in the title: the cover's spelling stands in as the name as filed.
			else if (!named) parties.unshift({ nameAsFiled: context.registrantName, role: 'Issuer' });
		}
	}

	return {
		head,
		...(documentDate ? { date: documentDate.date, dateAsFiled: documentDate.dateAsFiled } : {}),
		parties,
		otherParties,
		amounts: findMoneyAmounts(title),
		instrument,
	};
}
