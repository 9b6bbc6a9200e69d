/** A small corpus built from a list of documents, for the tests of corpus-level passes (amendment chains, references between documents). */
import { buildCorpus, type CorpusInput } from '../../src/lib/corpus/build-corpus.ts';
import type { Exhibit, Filing } from '../../src/schemas/index.ts';

export interface SyntheticDocument {
	filing: string;
	number: string;
	title: string;
	date?: string;
	parties?: string[];
	status?: Exhibit['status'];
	hasBody?: boolean;
	incorporatedFiled?: string;
}

/**
 * A corpus of filings `{registrant}-{date}` (8-Ks) holding the documents given, with lookups:
 * `exhibit(filing, number)`, and `amends(filing, number)` as `"{kind} of {filing} {number}"`.
 */
export function syntheticCorpus(docs: SyntheticDocument[]) {
	const filingIds = [...new Set(docs.map((doc) => doc.filing))];
	const registrantOf = (filing: string) => filing.replace(/-\d{4}-\d{2}-\d{2}$/, '');
	const partyIds = new Set([...filingIds.map(registrantOf), ...docs.flatMap((doc) => doc.parties ?? [])]);
	const input: CorpusInput = {
		parties: [...partyIds].map((id) => ({
			id,
			data: { id, name: id === 'acme' ? 'Acme Corporation' : id, aliases: [], kind: 'company', generated: true },
		})),
		instruments: [],
		filings: filingIds.map((id) => ({
			id,
			data: {
				id,
				form: '8-K',
				registrant: registrantOf(id),
				reportDate: id.slice(-10),
				cover: { registrantName: registrantOf(id) },
				items: [],
				signatures: [],
				exhibits: docs.filter((doc) => doc.filing === id).map((doc) => doc.number),
				anomalies: [],
				provenance: { generator: 'test', source: `${id}.txt`, sha256: '0'.repeat(64), ingested: '2024-01-01' },
				filers: [],
				documents: [],
			} as unknown as Filing,
		})),
		exhibits: docs.map((doc) => ({
			id: `${doc.filing}/ex-${doc.number}`,
			data: {
				filing: doc.filing,
				number: doc.number,
				type: `EX-${doc.number}`,
				title: doc.title,
				listedIn: ['exhibit-index'],
				date: doc.date,
				status: doc.status ?? (doc.incorporatedFiled ? 'Incorporated by reference' : 'Filed herewith'),
				incorporatedFrom: doc.incorporatedFiled ? { asFiled: 'incorporated', filed: doc.incorporatedFiled } : undefined,
				parties: (doc.parties ?? []).map((party) => ({ party, role: 'Party', nameAsFiled: party })),
				otherParties: [],
				instruments: [],
				amounts: [],
				hasBody: doc.hasBody ?? false,
				generated: true,
			},
		})),
	};
	const built = buildCorpus(input);
	const exhibit = (filing: string, number: string) =>
		built.exhibits.find((one) => one.filing.id === filing && one.data.number === number)!;
	const amends = (filing: string, number: string) => {
		const target = exhibit(filing, number).amends;
		return target && `${target.kind} of ${target.exhibit.filing.id} ${target.exhibit.data.number}`;
	};
	return { built, exhibit, amends };
}
