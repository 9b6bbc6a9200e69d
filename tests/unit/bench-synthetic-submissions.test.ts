import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../src/lib/edgar/index.ts';
import { syntheticSubmission } from '../../scripts/lib/synthetic-submissions.ts';

describe('synthetic submissions for the build bench', () => {
	it('draws the same filing from the same seed and number, and another from another seed', () => {
		expect(syntheticSubmission(7, { exhibits: 1000 }).text).toBe(syntheticSubmission(7, { exhibits: 1000 }).text);
		expect(syntheticSubmission(7, { exhibits: 1000, seed: 1 }).text).not.toBe(
			syntheticSubmission(7, { exhibits: 1000 }).text,
		);
	});

	it('is a submission ingest parses, with the exhibits it says and recitals naming the parties', () => {
		const filing = syntheticSubmission(3, { exhibits: 1000 }, 5);
		const submission = parseSubmission(new TextEncoder().encode(filing.text), filing.name);
		const exhibits = submission.documents.filter((d) => d.type.startsWith('EX-'));
		expect(exhibits).toHaveLength(5);
		expect(filing.text.replace(/\s+/g, ' ')).toMatch(
			/between [A-Z][\w ,.]+, a \w+( \w+)? corporation \(the "Company"\), and [A-Z][\w ]+, as /,
		);
	});
});
