import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import { buildIngestEntries, emptyCorpus, type IngestEntries } from '../../src/lib/ingest/index.ts';
import { exhibitSchema, filingSchema, instrumentSchema, partySchema, type Party } from '../../src/schemas/index.ts';
import { maturityBeforeReportDate } from '../../src/lib/ingest/anomalies.ts';

const SEED_NAME = '000_9cedef71c4f08c24.txt';
const bytes = readFileSync(`tests/fixtures/seed/${SEED_NAME}`);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const parsed = parseEightKText(bytes.toString('utf8'), SEED_NAME);
const source = { name: SEED_NAME, sha256 };
const build = (corpus = emptyCorpus(), today = '2024-01-02') => buildIngestEntries(parsed, source, corpus, { today });
const seed = build();

const exhibit = (entries: IngestEntries, number: string) =>
	entries.exhibits.find((e) => e.data.number === number)!.data;
const party = (entries: IngestEntries, id: string) => entries.parties.find((p) => p.id === id);

describe('content entries for the seed filing', () => {
	it('validates every entry against its collection schema', () => {
		expect(() => filingSchema.parse(seed.filing)).not.toThrow();
		for (const e of seed.exhibits) expect(() => exhibitSchema.parse(e.data)).not.toThrow();
		for (const p of seed.parties) expect(() => partySchema.parse(p)).not.toThrow();
		for (const i of seed.instruments) expect(() => instrumentSchema.parse(i)).not.toThrow();
	});

	it('gives the filing a slug id from registrant, form and report date, with provenance', () => {
		expect(seed.filing).toMatchObject({
			id: 'lexington-precision-corporation-8-k-2003-12-18',
			form: '8-K',
			registrant: 'lexington-precision-corporation',
			reportDate: '2003-12-18',
			provenance: { generator: 'filed-herewith-ingest/2', source: SEED_NAME, sha256, ingested: '2024-01-02' },
		});
		expect(seed.filing.accession).toBeUndefined();
		expect(seed.filing.signatures[0]).toMatchObject({
			signer: 'Warren Delano',
			signerParty: 'warren-delano',
			title: 'President',
		});
	});

	it('writes one exhibit per number with URL slugs, statuses and empty bodies', () => {
		expect(seed.exhibits.map((e) => e.slug)).toEqual([
			'ex-4-1',
			'ex-4-2',
			'ex-4-3',
			'ex-4-4',
			'ex-4-5',
			'ex-4-6',
			'ex-10-1',
			'ex-10-2',
			'ex-10-3',
			'ex-10-4',
			'ex-10-5',
			'ex-10-6',
			'ex-10-7',
			'ex-10-8',
			'ex-10-9',
			'ex-99-1',
		]);
		for (const e of seed.exhibits) {
			expect(e.data).toMatchObject({
				filing: seed.filing.id,
				type: `EX-${e.data.number}`,
				status: 'Filed herewith',
				hasBody: false,
			});
			expect(e.body).toBe('');
		}
	});

	it('flags the note maturing before the report date, kept as filed', () => {
		const [anomaly, ...others] = seed.filing.anomalies;
		expect(others).toEqual([]);
		expect(anomaly).toMatchObject({
			code: 'maturity-before-report-date',
			exhibit: '4.5',
			instrument: 'lexington-precision-corporation-12-senior-subordinated-notes-due-august-1-2003',
		});
		expect(anomaly!.message).toContain('August 1, 2003');
		expect(anomaly!.message).toContain('December 18, 2003');
		expect(seed.instruments.find((i) => i.id === anomaly!.instrument)?.maturity).toEqual({
			asFiled: 'August 1, 2003',
			date: '2003-08-01',
		});
	});

	it('resolves one party per entity and keeps every spelling as filed', () => {
		expect(seed.parties.map((p) => p.id).sort()).toEqual([
			'ableco-finance-llc',
			'congress-financial-corporation',
			'lexington-precision-corporation',
			'lexington-rubber-group-inc',
			'michael-a-lubin',
			'nomura-special-situations-investment-trust',
			'the-cit-group-commercial-financing-inc',
			'warren-delano',
			'wilmington-trust-company',
		]);
		expect(party(seed, 'lexington-precision-corporation')).toMatchObject({
			name: 'Lexington Precision Corporation',
			aliases: ['Lexington Precision Corporation', 'LEXINGTON PRECISION CORPORATION'],
			kind: 'company',
		});
		expect(party(seed, 'the-cit-group-commercial-financing-inc')?.aliases).toEqual([
			'The Cit Group/ Commercial Financing, Inc.',
		]);
		expect(party(seed, 'warren-delano')?.kind).toBe('person');
	});

	it('links parties to exhibits with their roles', () => {
		expect(exhibit(seed, '4.1').parties).toEqual([
			{ party: 'lexington-precision-corporation', role: 'Issuer', nameAsFiled: 'Lexington Precision Corporation' },
			{
				party: 'wilmington-trust-company',
				role: 'Trustee',
				roleAsFiled: 'as Trustee',
				nameAsFiled: 'Wilmington Trust Company',
			},
		]);
		expect(exhibit(seed, '10.3').parties.map((p) => [p.party, p.role])).toEqual([
			['lexington-precision-corporation', 'Borrower'],
			['lexington-rubber-group-inc', 'Borrower'],
			['congress-financial-corporation', 'Agent'],
			['the-cit-group-commercial-financing-inc', 'Co-Agent'],
		]);
		expect(exhibit(seed, '4.2').otherParties).toEqual(['Purchasers listed therein']);
	});

	it('links the warrant form and the warrant agent agreement to one Warrants instrument', () => {
		expect(exhibit(seed, '4.4').instruments).toEqual([
			{ instrument: 'lexington-precision-corporation-warrants', relation: 'evidences' },
		]);
		expect(exhibit(seed, '10.2').instruments).toEqual([
			{ instrument: 'lexington-precision-corporation-warrants', relation: 'governs' },
		]);
		expect(seed.instruments.find((i) => i.id === 'lexington-precision-corporation-warrants')).toMatchObject({
			kind: 'warrant',
			issuer: 'lexington-precision-corporation',
			counterparty: 'wilmington-trust-company',
		});
	});

	it('has each pledge and security agreement secure the facility of the same agent', () => {
		expect(exhibit(seed, '10.4').instruments).toEqual([
			{
				instrument: 'lexington-precision-corporation-loan-and-security-agreement-congress-financial-corporation-agent',
				relation: 'secures',
			},
		]);
		expect(exhibit(seed, '10.8').instruments).toEqual([
			{
				instrument: 'lexington-precision-corporation-loan-and-security-agreement-ableco-finance-llc-agent',
				relation: 'secures',
			},
		]);
	});

	it('links a security agreement listed before its facility all the same', () => {
		const reversed = buildIngestEntries(
			{ ...parsed, exhibits: [...parsed.exhibits].reverse() },
			source,
			emptyCorpus(),
			{ today: '2024-01-02' },
		);
		expect(exhibit(reversed, '10.8').instruments[0]).toEqual({
			instrument: 'lexington-precision-corporation-loan-and-security-agreement-ableco-finance-llc-agent',
			relation: 'secures',
		});
	});

	it('records principal, rate and maturity on the instruments', () => {
		const byId = new Map(seed.instruments.map((i) => [i.id, i]));
		expect(byId.get('lexington-precision-corporation-term-promissory-note-4000000')?.principal?.value).toBe(4000000);
		expect(byId.get('lexington-rubber-group-inc-term-promissory-note-9500000')?.issuer).toBe(
			'lexington-rubber-group-inc',
		);
		expect(byId.get('lexington-precision-corporation-13-junior-subordinated-notes-due-november-1-2009')).toMatchObject({
			rate: { percent: 13 },
			maturity: { date: '2009-11-01' },
		});
	});
});

describe('merging with the corpus already on disk', () => {
	it('reuses an existing party under another spelling, keeps its id and upgrades an ALL-CAPS name', () => {
		const existing: Party = {
			id: 'congress-financial',
			name: 'CONGRESS FINANCIAL CORP',
			aliases: ['CONGRESS FINANCIAL CORP'],
			kind: 'company',
			generated: true,
		};
		const merged = build({ ...emptyCorpus(), parties: [existing] });
		expect(party(merged, 'congress-financial')).toEqual({
			...existing,
			name: 'Congress Financial Corporation',
			aliases: ['CONGRESS FINANCIAL CORP', 'Congress Financial Corporation'],
		});
		expect(party(merged, 'congress-financial-corporation')).toBeUndefined();
		expect(exhibit(merged, '10.4').parties[1]!.party).toBe('congress-financial');
		expect(
			merged.instruments.some(
				(i) => i.id.endsWith('-congress-financial-agent') || i.counterparty === 'congress-financial',
			),
		).toBe(true);
	});

	it('never edits a party a human marked as not generated', () => {
		const curated: Party = { id: 'wtc', name: 'Wilmington Trust', aliases: [], kind: 'bank', generated: false };
		const merged = build({ ...emptyCorpus(), parties: [{ ...curated, aliases: ['Wilmington Trust Company'] }] });
		expect(party(merged, 'wtc')).toEqual({ ...curated, aliases: ['Wilmington Trust Company'] });
	});

	it('keeps the id and first ingest date of a filing ingested from the same bytes', () => {
		const earlier = filingSchema.parse({
			...seed.filing,
			id: 'frozen-earlier-id',
			provenance: { ...seed.filing.provenance, ingested: '2020-05-05' },
		});
		const again = build({ ...emptyCorpus(), filings: [earlier] }, '2030-01-01');
		expect(again.filing.id).toBe('frozen-earlier-id');
		expect(again.filing.provenance.ingested).toBe('2020-05-05');
		expect(again.exhibits[0]!.data.filing).toBe('frozen-earlier-id');
	});

	it('records a new ingest date when the source bytes changed', () => {
		const earlier = filingSchema.parse({
			...seed.filing,
			provenance: { ...seed.filing.provenance, sha256: 'f'.repeat(64), ingested: '2020-05-05' },
		});
		const again = build({ ...emptyCorpus(), filings: [earlier] }, '2030-01-01');
		expect(again.filing.id).toBe(seed.filing.id);
		expect(again.filing.provenance.ingested).toBe('2030-01-01');
	});

	it('fills fields an existing instrument lacks without changing what it has', () => {
		const existing = instrumentSchema.parse({
			id: 'lexington-precision-corporation-warrants',
			name: 'Common Stock Warrants',
			kind: 'warrant',
		});
		const merged = build({ ...emptyCorpus(), instruments: [existing] });
		expect(merged.instruments.find((i) => i.id === existing.id)).toMatchObject({
			name: 'Common Stock Warrants',
			issuer: 'lexington-precision-corporation',
			counterparty: 'wilmington-trust-company',
		});
	});

	it('produces identical entries when given its own output as the corpus', () => {
		const again = build({ filings: [seed.filing], parties: seed.parties, instruments: seed.instruments }, '2031-01-01');
		expect(again).toEqual(seed);
	});
});

describe('a maturity stated as a year', () => {
	const exhibit = { number: '4.1', title: 'Form of Note for 0.125% Notes due 2003' };
	const report = { date: '2003-12-18', asFiled: 'December 18, 2003' };
	const due = (year: string) => ({ id: 'notes', maturity: { asFiled: year, date: year } });

	it('is before the report only when its year is', () => {
		expect(maturityBeforeReportDate(exhibit, due('2003'), report)).toBeUndefined();
		expect(maturityBeforeReportDate(exhibit, due('2002'), report)?.code).toBe('maturity-before-report-date');
	});
});
