/**
 * A filing as a paralegal reads it — the shape of the hand-labelled truth files
 * (tests/fixtures/truth/README.md) — and the same reading made from what ingest produced,
 * so the two are compared field by field (scripts/lib/eval/score.ts).
 */
import type { IngestEntries } from '../../../src/lib/ingest/index.ts';
import { isEightK } from '../../../src/lib/ingest/plan-filing.ts';

export type ExhibitStatusReading = 'filed' | 'incorporated' | 'not-filed';

export interface PartyReading {
	name: string;
	roles: string[];
	/** Other spellings that name the same entity (the party's canonical name, its aliases). */
	aliases?: string[];
}

export interface InstrumentReading {
	kind: string;
	name: string | null;
	rate: string | null;
	maturity: string | null;
	principal: number | null;
}

export interface ExhibitReading {
	number: string;
	title: string;
	status: ExhibitStatusReading;
	date: string | null;
	hasText: boolean;
	parties: PartyReading[];
	instruments: InstrumentReading[];
}

export interface CoverReading {
	registrant: string | null;
	state: string | null;
	fileNumber: string | null;
	irsEin: string | null;
	address: string | null;
	phone: string | null;
	reportDate: string | null;
}

export interface FilingReading {
	file: string;
	form: string | null;
	cover: CoverReading;
	exhibits: ExhibitReading[];
}

export const COVER_FIELDS = ['registrant', 'state', 'fileNumber', 'irsEin', 'address', 'phone', 'reportDate'] as const;

const STATUS: Record<string, ExhibitStatusReading> = {
	'Filed herewith': 'filed',
	'Furnished herewith': 'filed',
	'Incorporated by reference': 'incorporated',
	'Not filed': 'not-filed',
};

/** What ingest read out of one filing, in the truth's shape. */
export function readingOfEntries(file: string, entries: IngestEntries): FilingReading {
	const { filing } = entries;
	const parties = new Map(entries.parties.map((party) => [party.id, party]));
	const instruments = new Map(entries.instruments.map((instrument) => [instrument.id, instrument]));
	return {
		file,
		form: filing.form,
		cover: {
			registrant: filing.cover.registrantName || null,
			state: filing.cover.state ?? null,
			fileNumber: filing.cover.fileNumber ?? null,
			irsEin: filing.cover.irsEin ?? null,
			address: filing.cover.address ?? null,
			phone: filing.cover.phone ?? null,
			reportDate: filing.reportDate && isEightK(filing.form) ? filing.reportDate : null,
		},
		exhibits: entries.exhibits.map(({ data }) => ({
			number: data.number,
			title: data.title,
			status: STATUS[data.status] ?? 'filed',
			date: data.date ?? null,
			hasText: data.hasBody,
			parties: mergedParties(
				data.parties.map(({ party, role, nameAsFiled }) => {
					const entry = parties.get(party);
					return { id: party, name: nameAsFiled, role, aliases: entry ? [entry.name, ...entry.aliases] : [] };
				}),
			),
			// The truth lists what an exhibit creates, governs or evidences; a pledge "secures" its facility.
			instruments: data.instruments.flatMap(({ instrument, relation }) => {
				if (relation === 'secures') return [];
				const entry = instruments.get(instrument);
				if (!entry) return [];
				return [
					{
						kind: entry.kind,
						name: entry.name,
						rate: entry.rate?.asFiled ?? null,
						maturity: entry.maturity?.date ?? null,
						principal: entry.principal?.value ?? null,
					},
				];
			}),
		})),
	};
}

/** One reading per party: a party named twice in an exhibit (as Borrower, as Pledgor) has both roles. */
function mergedParties(mentions: { id: string; name: string; role: string; aliases: string[] }[]): PartyReading[] {
	const byId = new Map<string, PartyReading>();
	for (const mention of mentions) {
		const known = byId.get(mention.id);
		if (known) {
			if (!known.roles.includes(mention.role)) known.roles.push(mention.role);
		} else {
			byId.set(mention.id, { name: mention.name, roles: [mention.role], aliases: mention.aliases });
		}
	}
	return [...byId.values()];
}
