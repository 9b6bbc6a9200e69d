import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/lib/extract/document-kind.ts';
import { guarantorListParties } from '../../src/lib/extract/guarantor-list-parties.ts';
import { statementParties } from '../../src/lib/extract/statement-parties.ts';

describe('the parties of a distribution statement', () => {
	it('reads names with their role in parentheses, once however many pages repeat them', () => {
		const page = [
			'               RESIDENTIAL FUNDING CORPORATION (MASTER SERVICER)',
			'           RESIDENTIAL FUNDING MORTGAGE SECURITIES I, INC. (COMPANY)',
			'   CONDUIT MORTGAGE PASS-THROUGH CERTIFICATES SERIES 1989-SW1A (POOL #  2000)',
			'STATEMENT TO CERTIFICATEHOLDERS',
		].join('\n');
		expect(statementParties(`${page}\n\n${page}`)).toEqual([
			{ nameAsFiled: 'RESIDENTIAL FUNDING CORPORATION', role: 'Master Servicer' },
			{ nameAsFiled: 'RESIDENTIAL FUNDING MORTGAGE SECURITIES I, INC.', role: 'Company' },
		]);
	});

	it('reads role labels with the firm beside them, and the firm under a contact person’s name', () => {
		const heading = [
			'SELLER:                            Aames Capital Corporation                      ADMINISTRATOR:             David West',
			'SERVICER:                          Aames Capital Corporation                                            Bankers Trust Company',
			'LEAD UNDERWRITER:            NationsBanc Montgomery Securities LLC                                          3 Park Plaza',
			'RECORD DATE:                           November 30, 1998                                                  Irvine, CA 92614',
		].join('\n');
		expect(statementParties(heading)).toEqual([
			{ nameAsFiled: 'Aames Capital Corporation', role: 'Seller' },
			{ nameAsFiled: 'Bankers Trust Company', role: 'Administrator' },
			{ nameAsFiled: 'Aames Capital Corporation', role: 'Servicer' },
			{ nameAsFiled: 'NationsBanc Montgomery Securities LLC', role: 'Lead Underwriter' },
		]);
	});

	it('is the kind of a statement to certificateholders or a distribution report, not of a servicing agreement', () => {
		expect(
			documentKind('20.1', 'Mortgage Pass-Through Certificates, Series 1998-C - Statement to Certificateholders'),
		).toBe('distribution-statement');
		expect(documentKind('1', 'FINANCIAL DISTRIBUTION REPORT')).toBe('distribution-statement');
		expect(documentKind('10.1', 'Pooling and Servicing Agreement')).toBe('agreement');
	});
});

describe('the parties of a list of subsidiary guarantors and issuers', () => {
	it('reads its table rows, the names under a role heading and the parent named by its abbreviation', () => {
		const text = [
			'The following subsidiaries of Thomson Reuters Corporation (“TRC”) will be the issuer or guarantors of debt securities under the indenture to be entered into between TRC, as parent guarantor, and the subsidiaries listed below.',
			'',
			'Subsidiary Registrant                     Issuer/Guarantor',
			'TR Finance LLC                            Issuer',
			'Thomson Reuters Applications Inc.         Guarantor',
			'',
			'Subsidiary Guarantor',
			'',
			'West Publishing Corporation',
		].join('\n');
		expect(guarantorListParties(text)).toEqual([
			{ nameAsFiled: 'Thomson Reuters Corporation', role: 'Parent Guarantor' },
			{ nameAsFiled: 'TR Finance LLC', role: 'Issuer' },
			{ nameAsFiled: 'Thomson Reuters Applications Inc.', role: 'Guarantor' },
			{ nameAsFiled: 'West Publishing Corporation', role: 'Subsidiary Guarantor' },
		]);
		expect(documentKind('22.1', 'List of Subsidiary Issuers and Guarantors')).toBe('guarantor-list');
	});
});
