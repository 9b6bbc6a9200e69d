import { describe, expect, it } from 'vitest';
import { decodeTextEntities } from '../../src/lib/edgar/text-entities.ts';

describe('character references in a plain-text document', () => {
	it('decodes complete references, a reference a line break split included', () => {
		expect(decodeTextEntities('Smith &amp; Jones LLP&n\nbsp;agreed; the Company&#146;s notes.')).toBe(
			'Smith & Jones LLP\u00a0agreed; the Company’s notes.',
		);
	});

	it('leaves ampersands that start no reference as filed', () => {
		const text = 'AT&T Inc. and R&D; costs, a&b.\nThe &n\nfoo; line.';
		expect(decodeTextEntities(text)).toBe(text);
	});
});
