/**
 * Which document a name an exhibit defines for another one means (src/lib/corpus/cross-document-references.ts):
 * the one it amends or is incorporated from first, else the only fitting exhibit of its filing.
 */
import { describe, expect, it } from 'vitest';
import { referencedDocument } from '../../src/lib/corpus/cross-document-references.ts';
import { syntheticCorpus } from '../support/synthetic-corpus.ts';

const trustee = ['trust-co'];

describe('the document a defined name means', () => {
	it('is the document the exhibit amends, when the name fits it', () => {
		const { exhibit } = syntheticCorpus([
			{ filing: 'acme-2020-01-01', number: '4.1', title: 'Indenture', parties: trustee, hasBody: true },
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'First Supplemental Indenture', parties: trustee },
			{ filing: 'acme-2021-01-01', number: '4.2', title: 'Form of Indenture', hasBody: true },
		]);
		const supplement = exhibit('acme-2021-01-01', '4.1');
		expect(referencedDocument(supplement, 'Indenture')).toBe(exhibit('acme-2020-01-01', '4.1'));
		expect(referencedDocument(supplement, 'Base Indenture')).toBe(exhibit('acme-2020-01-01', '4.1'));
		expect(referencedDocument(supplement, 'Credit Agreement')).toBeUndefined();
	});

	it('is else the one exhibit of the same filing the name fits, never an amendment of it', () => {
		const { exhibit } = syntheticCorpus([
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'Senior Indenture, dated as of May 1, 2021', hasBody: true },
			{ filing: 'acme-2021-01-01', number: '4.2', title: 'First Supplemental Indenture', hasBody: true },
			{ filing: 'acme-2021-01-01', number: '10.1', title: 'Guarantee Agreement', hasBody: true },
		]);
		expect(referencedDocument(exhibit('acme-2021-01-01', '10.1'), 'Indenture')).toBe(exhibit('acme-2021-01-01', '4.1'));
	});

	it('is none when two documents fit, or the one that fits has no text', () => {
		const two = syntheticCorpus([
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'Senior Indenture', hasBody: true },
			{ filing: 'acme-2021-01-01', number: '4.2', title: 'Subordinated Indenture', hasBody: true },
			{ filing: 'acme-2021-01-01', number: '5.1', title: 'Opinion of counsel', hasBody: true },
		]);
		expect(referencedDocument(two.exhibit('acme-2021-01-01', '5.1'), 'Indenture')).toBeUndefined();
		const titleOnly = syntheticCorpus([
			{ filing: 'acme-2021-01-01', number: '4.1', title: 'Indenture' },
			{ filing: 'acme-2021-01-01', number: '5.1', title: 'Opinion of counsel', hasBody: true },
		]);
		expect(referencedDocument(titleOnly.exhibit('acme-2021-01-01', '5.1'), 'Indenture')).toBeUndefined();
	});
});
