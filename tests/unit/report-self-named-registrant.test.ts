import { describe, expect, it } from 'vitest';
import { selfNamedRegistrant } from '../../src/lib/report/self-named-registrant.ts';

describe('the registrant a document names itself as', () => {
	it('reads who "we" are from the sentence that defines it', () => {
		expect(
			selfNamedRegistrant(
				'Unless the context indicates otherwise, the terms “FFIC,” the “Company,” “we,” “our” and “us” in this prospectus supplement refer to Flushing Financial Corporation and its subsidiaries.',
			),
		).toBe('Flushing Financial Corporation');
		expect(
			selfNamedRegistrant(
				'When used in this prospectus supplement, (i) the terms “we,” “our,” “us” and “the Company” refer to PG&E Corporation and not its subsidiaries',
			),
		).toBe('PG&E Corporation');
		expect(
			selfNamedRegistrant(
				'As used in this prospectus, references to "we," "us," "our" and "the company" refer to Acme Widgets, Inc. Our principal offices are in Ohio.',
			),
		).toBe('Acme Widgets, Inc.');
	});

	it('ends the name where a clause about it starts, and keeps the "and" of a name', () => {
		expect(
			selfNamedRegistrant(
				'References to “we,” “us” and “our” refer to Vigil Neuroscience, Inc. and, where appropriate, our subsidiary.',
			),
		).toBe('Vigil Neuroscience, Inc.');
		expect(
			selfNamedRegistrant('the terms “we” and “our” refer to Pacific Gas and Electric Company and its subsidiaries.'),
		).toBe('Pacific Gas and Electric Company');
	});

	it('falls back to the issuer’s name printed on a cover line of its own', () => {
		const cover = [
			'PROSPECTUS SUPPLEMENT (To prospectus dated February 8, 2024)',
			'Filed Pursuant to Rule 424(b)(2)',
			'Registration No. 333-276954',
			'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
			'Emerging growth company ☐',
			'ANNUAL NOTICE OF SECURITIES SOLD',
			'6,912,969 Shares',
			'Healthpeak Properties, Inc.',
			'Common Stock',
		].join('\n');
		expect(selfNamedRegistrant(cover)).toBe('Healthpeak Properties, Inc.');
	});

	it('reads a cover line only on a prospectus, and no item or file number as part of a name', () => {
		expect(selfNamedRegistrant('Press Release\nAbout Beyond Cancer, Ltd.\nBeyond Cancer is a company')).toBeUndefined();
		expect(
			selfNamedRegistrant('“we” and “us” refer to 7(a). Name Deutsche Bank National Trust Company'),
		).toBeUndefined();
	});

	it('names nobody when a reference is not an organisation or no line is a name', () => {
		expect(selfNamedRegistrant('In this summary, “we” and “our” refer to the issuer described below.')).toBeUndefined();
		expect(selfNamedRegistrant('PROSPECTUS\n$100,000,000\nCommon Stock\nJ.P. Morgan   Barclays')).toBeUndefined();
	});
});
