/**
 * The filing entry (`content/filings/{id}.yaml`): the id it is frozen under (filing-id.ts), its
 * cover and items as parsed, its filers and signatures as resolved to parties
 * (party-references.ts), its anomalies and its provenance. Validated against the filing schema
 * here, so nothing invalid reaches content/.
 */
import { validated } from './validated.ts';
import type { Anomaly } from '../report/merge-exhibits.ts';
import { type Filing, filingSchema } from '../../schemas/filing.ts';
import { type FilingIndex, type FilingStamp, filingIdFor } from './filing-id.ts';
import type { FilerParties } from './party-references.ts';
import type { PlannedFiling } from './plan-filing.ts';

/** Written into provenance.generator; bump when the output of the same input changes shape. */
export const GENERATOR = 'filed-herewith-ingest/2';

export interface SourceInfo {
	/** File name as given to ingest (no directories), e.g. "000_9cedef71c4f08c24.txt". */
	name: string;
	/** SHA-256 of the source bytes, lower-case hex. */
	sha256: string;
	/** Accession number, when the container carried one. */
	accession?: string;
}

/** What a filing is known by, settled before its exhibits are read. */
export interface FilingIdentity {
	id: string;
	accession?: string;
	/** The cover's report date, else the header's period of report. */
	reportDate?: string;
	/** The corpus's stamp of this filing, when an earlier ingest wrote it. */
	previous?: FilingStamp;
}

export function identifyFiling(
	plan: PlannedFiling,
	source: SourceInfo,
	registrant: string,
	filings: FilingIndex,
): FilingIdentity {
	const { form, reportDate: coverDate } = plan.report.cover;
	const reportDate = coverDate ?? plan.period;
	const accession = source.accession ?? plan.accession;
	const id = filingIdFor({ accession, registrantId: registrant, form, reportDate, sha256: source.sha256 }, filings);
	return { id, accession, reportDate, previous: filings.get(id) };
}

/** What the filing's parties and exhibits gave it: its resolved filers and signers, and every anomaly. */
export interface FilingLinks extends FilerParties {
	signatures: Filing['signatures'];
	anomalies: Anomaly[];
}

export function filingEntry(
	plan: PlannedFiling,
	identity: FilingIdentity,
	links: FilingLinks,
	stamp: { source: SourceInfo; today: string },
): Filing {
	const { cover, items } = plan.report;
	const { id, accession, reportDate, previous } = identity;
	const { source } = stamp;
	return validated(
		filingSchema,
		{
			id,
			accession,
			form: cover.form,
			registrant: links.registrant,
			reportDate,
			filedDate: plan.filedDate,
			cover: {
				registrantName: cover.registrantName,
				state: cover.state,
				fileNumber: cover.fileNumber,
				irsEin: cover.irsEin,
				address: cover.address,
				phone: cover.phone,
				reportDateAsFiled: cover.reportDateAsFiled,
			},
			items: items.map(({ number, title, text }) => ({ number, title, text })),
			signatures: links.signatures,
			exhibits: plan.exhibits.map((exhibit) => exhibit.number),
			anomalies: links.anomalies,
			filers: links.filers,
			period: plan.period,
			documents: plan.documents,
			provenance: {
				generator: GENERATOR,
				source: source.name,
				sha256: source.sha256,
				// Same bytes as before: keep the first ingest date so a re-run changes nothing.
				ingested: previous && previous.sha256 === source.sha256 ? previous.ingested : stamp.today,
			},
		},
		'filing',
	);
}
