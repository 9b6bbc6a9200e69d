import { describe, expect, it } from 'vitest';
import { coverWithHeader } from '../../src/lib/report/cover-from-header.ts';

const filer = {
	role: 'filer' as const,
	name: 'ACME CORP',
	state: 'DE',
	irsNumber: '822733567',
	fileNumber: '333-273015',
	address: { street1: '350 SOUTH GRAND AVENUE', city: 'LOS ANGELES', state: 'CA', zip: '90071', phone: '2132105000' },
};

describe('the cover checked against the submission header', () => {
	it('fills what the cover does not print, and drops values of the wrong type', () => {
		const { cover, anomalies } = coverWithHeader({ irsEin: 'Not Applicable', address: '(213) 210-5000' }, filer);
		expect(cover).toEqual({
			state: 'Delaware',
			fileNumber: '333-273015',
			irsEin: '82-2733567',
			address: '350 SOUTH GRAND AVENUE, LOS ANGELES, CA 90071',
			phone: '2132105000',
		});
		expect(anomalies).toEqual([]);
	});

	it('completes a city-only address with the street, and strips an SIC code run into the state', () => {
		const { cover } = coverWithHeader({ state: 'Delaware 2834', address: 'Los Angeles, California 90071' }, filer);
		expect(cover.state).toBe('Delaware');
		expect(cover.address).toBe('350 SOUTH GRAND AVENUE, Los Angeles, California 90071');
	});

	it('keeps a printed address and phone that differ, and flags them; the header’s state of incorporation wins', () => {
		const printed = {
			state: 'Province of Ontario, Canada',
			address: '1 Main Street, Eagan, Minnesota 55121',
			phone: '(651) 687-7000',
		};
		const { cover, anomalies } = coverWithHeader(printed, filer);
		expect(cover).toMatchObject({ state: 'Delaware', address: printed.address, phone: printed.phone });
		expect(anomalies.map((a) => a.code)).toEqual([
			'cover-differs-from-header',
			'cover-differs-from-header',
			'cover-differs-from-header',
		]);
		expect(anomalies[0]!.message).toContain('"(651) 687-7000"');
	});

	it('keeps the cover as printed when there is no header', () => {
		expect(coverWithHeader({ state: 'Delaware', phone: '(212) 319-4657' }, undefined).cover).toMatchObject({
			state: 'Delaware',
			phone: '(212) 319-4657',
		});
	});
});
