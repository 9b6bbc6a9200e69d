import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import { buildIngestEntries, CorpusIndex, emptyCorpus } from '../../src/lib/ingest/index.ts';
import { InstrumentRegistry } from '../../src/lib/ingest/instrument-registry.ts';
import { KeyIndex } from '../../src/lib/ingest/key-index.ts';
import { PartyRegistry } from '../../src/lib/ingest/party-registry.ts';
import { instrumentSchema, type Party } from '../../src/schemas/index.ts';

describe('KeyIndex', () => {
	it('names the first and last holder of a key in the order ids were first set', () => {
		const index = new KeyIndex();
		index.set('b', ['x']);
		index.set('a', ['x', 'y']);
		index.set('c', []);
		expect(index.first('x')).toBe('b');
		expect(index.last('x')).toBe('a');
		expect(index.first('y')).toBe('a');
		expect(index.first('z')).toBeUndefined();
		expect(index.all('x').sort()).toEqual(['a', 'b']);
	});

	it('replaces an id’s keys on a second set but keeps its place in the order', () => {
		const index = new KeyIndex();
		index.set('a', ['old']);
		index.set('b', ['new']);
		index.set('a', ['new', 'new']);
		expect(index.first('old')).toBeUndefined();
		expect(index.first('new')).toBe('a');
		expect(index.last('new')).toBe('b');
		expect(index.all('new').sort()).toEqual(['a', 'b']);
	});
});

const party = (id: string, name: string, extra: Partial<Party> = {}): Party => ({
	id,
	name,
	aliases: [name],
	kind: 'company',
	generated: true,
	...extra,
});

describe('CorpusIndex', () => {
	it('answers as a scan of the corpus in order would: a spelling names the first party with it, a CIK the last', () => {
		const index = CorpusIndex.of({
			...emptyCorpus(),
			parties: [
				party('acme-one', 'Acme Corp', { cik: '0000000042' }),
				party('acme-two', 'ACME CORPORATION', { cik: '42' }),
			],
		});
		const registry = new PartyRegistry(index.parties);
		expect(registry.resolve('Acme Corporation')).toBe('acme-one');
		expect(registry.resolve('Someone Else', undefined, '0042')).toBe('acme-two');
	});

	it('changes only when a filing’s entries are added: a registry works on copies', () => {
		const index = CorpusIndex.of({
			...emptyCorpus(),
			parties: [party('apple', 'APPLE COMPUTER INC', { cik: '320193' })],
		});
		const registry = new PartyRegistry(index.parties);
		expect(registry.resolve('Apple Inc.', undefined, '0000320193')).toBe('apple');
		// Learnt in this filing, but found by spelling only from the next one on.
		expect(index.parties.get('apple')!.aliases).toEqual(['APPLE COMPUTER INC']);
		expect(new PartyRegistry(index.parties).resolve('Apple Inc.')).toBe('apple-inc');

		index.parties.add(registry.touched()[0]!);
		expect(index.parties.get('apple')).toMatchObject({
			name: 'Apple Inc.',
			aliases: ['APPLE COMPUTER INC', 'Apple Inc.'],
		});
		expect(new PartyRegistry(index.parties).resolve('APPLE INC')).toBe('apple');
	});

	it('finds a loan facility by its agent once an added entry names the agent', () => {
		const facility = instrumentSchema.parse({
			id: 'acme-credit-agreement',
			name: 'Credit Agreement',
			kind: 'loan-facility',
		});
		const index = CorpusIndex.of({ ...emptyCorpus(), instruments: [facility] });
		expect(new InstrumentRegistry(index.instruments).findFacilityByAgent('big-bank')).toBeUndefined();
		index.instruments.add({ ...facility, counterparty: 'big-bank' });
		expect(new InstrumentRegistry(index.instruments).findFacilityByAgent('big-bank')?.id).toBe('acme-credit-agreement');
		expect(index.instruments.facilityIds('big-bank')).toEqual(['acme-credit-agreement']);
	});

	it('gives the same entries as the plain corpus it indexes, and keeps the seed’s id when the same bytes come again', () => {
		const name = '000_9cedef71c4f08c24.txt';
		const bytes = readFileSync(`tests/fixtures/seed/${name}`);
		const source = { name, sha256: createHash('sha256').update(bytes).digest('hex') };
		const parsed = parseEightKText(bytes.toString('utf8'), name);
		const first = buildIngestEntries(parsed, source, emptyCorpus(), { today: '2024-01-02' });
		const corpus = {
			filings: [{ ...first.filing, id: 'frozen-id' }],
			parties: first.parties,
			instruments: first.instruments,
		};

		const index = CorpusIndex.of(corpus);
		const fromIndex = buildIngestEntries(parsed, source, index, { today: '2030-01-01' });
		expect(fromIndex).toEqual(buildIngestEntries(parsed, source, corpus, { today: '2030-01-01' }));
		expect(fromIndex.filing.id).toBe('frozen-id');
		expect(fromIndex.filing.provenance.ingested).toBe('2024-01-02');
		// Building entries leaves the index as it was.
		expect(index.parties.get(first.parties[0]!.id)).toEqual(first.parties[0]);
	});
});
