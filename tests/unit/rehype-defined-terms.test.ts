import { describe, expect, it } from 'vitest';
import { definitionId, findDefinitions } from '../../src/lib/markdown/rehype-defined-terms.ts';
import { attr, findAll, textOf } from '../support/html.ts';
import { renderBody } from '../support/render-body.ts';

describe('findDefinitions', () => {
	it('reads a term that "means", with its alternatives', () => {
		expect(findDefinitions('“Global Security” or “Global Securities” means a Security.')).toEqual([
			{ term: 'Global Security', index: 1, form: 'means' },
			{ term: 'Global Securities', index: 22, form: 'means' },
		]);
		expect(findDefinitions('"Business Day" shall mean any day.').map((d) => d.term)).toEqual(['Business Day']);
		expect(findDefinitions('The term “Custodian” means any receiver.').map((d) => d.term)).toEqual(['Custodian']);
	});

	it('reads the names a parenthetical gives', () => {
		const recital =
			'between Acme Inc., a Delaware corporation (the "Company"), and the guarantors (each, a "Guarantor" and collectively, the "Guarantors")';
		expect(findDefinitions(recital).map((d) => [d.term, d.form])).toEqual([
			['Company', 'parenthetical'],
			['Guarantor', 'parenthetical'],
			['Guarantors', 'parenthetical'],
		]);
	});

	it('ignores quotations that define nothing and lower-case terms', () => {
		expect(findDefinitions('He said "Hello" to the Trustee (see "Notices").')).toEqual([]);
		expect(findDefinitions('“person” means any individual.')).toEqual([]);
		expect(findDefinitions('“THIS SECURITY IS A GLOBAL SECURITY” legend text')).toEqual([]);
	});
});

describe('definitionId', () => {
	it('gives a stable slug under def-', () => {
		expect(definitionId('Business Day')).toBe('def-business-day');
		expect(definitionId('Officer’s Certificate')).toBe('def-officers-certificate');
		expect(definitionId('U.S. Government Obligations')).toBe('def-u-s-government-obligations');
	});
});

describe('rehypeDefinedTerms', () => {
	const body = [
		'This Indenture is made by Acme Inc. (the "Company").',
		'"Business Day" means any day on which banks in New York are open. Other text.',
		'"Company" means the party named above.',
		'Payment is due on a Business Day; if not a Business Day, the next Business Day.',
		'The Company shall pay. Businesses Day and business day are not the term.',
	].join('\n\n');

	it('anchors each term once, preferring what it "means" over a naming', async () => {
		const { tree } = await renderBody(body);
		expect(
			findAll(tree, 'dfn').map(
				(dfn) =>
					`${attr(dfn, 'id')}@${attr(
						findAll(tree, 'p').find((p) => findAll(p, 'dfn').includes(dfn))!,
						'id',
					)}`,
			),
		).toEqual(['def-business-day@p2', 'def-company@p3']);
		expect(attr(findAll(tree, 'dfn')[0]!, 'dataPagefindWeight')).toBe('5');
		// No label of its own: "Cite this" names a targeted definition by the paragraph it is in.
		expect(attr(findAll(tree, 'dfn')[0]!, 'dataPinpointLabel')).toBeUndefined();
	});

	it('links the first exact use in each block to the definition', async () => {
		const { tree } = await renderBody(body);
		const uses = findAll(tree, 'a', (a) => (attr(a, 'href') ?? '').startsWith('#def-') && textOf(a) !== '');
		const inText = uses.filter((a) => !findAll(tree, 'nav').some((nav) => findAll(nav, 'a').includes(a)));
		expect(inText.map((a) => `${textOf(a)} → ${attr(a, 'href')}`)).toEqual([
			'Company → #def-company',
			'Business Day → #def-business-day',
			'Company → #def-company',
		]);
	});

	it('links the first five blocks using a term and counts the others', async () => {
		const uses = Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1} names the Company.`);
		const { tree } = await renderBody(['"Company" means Acme Inc.', ...uses].join('\n\n'));
		const note = findAll(tree, 'span', (el) => attr(el, 'className') === 'term-uses')[0]!;
		expect(textOf(note)).toBe('“Company” is used 7 times: ¶ 2, ¶ 3, ¶ 4, ¶ 5, ¶ 6 and in 2 more paragraphs.');
	});

	it('says on the definition how often the term is used and links the blocks that use it', async () => {
		const { tree } = await renderBody(body);
		const note = findAll(tree, 'span', (el) => attr(el, 'className') === 'term-uses');
		expect(note.map(textOf)).toEqual(['“Business Day” is used 3 times: ¶ 4.', '“Company” is used 2 times: ¶ 1, ¶ 5.']);
		expect(findAll(note[1]!, 'a').map((a) => attr(a, 'href'))).toEqual(['#p1', '#p5']);
		expect(attr(note[0]!, 'dataPagefindIgnore')).toBe('');
	});
});
