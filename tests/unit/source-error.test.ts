import { describe, expect, it } from 'vitest';
import { SourceError, sourceLocation } from '../../src/lib/source-error.ts';

describe('SourceError', () => {
	it('reads `file:line: problem. remedy.`, adding the full stops the texts lack', () => {
		const error = new SourceError('filing.txt', 12, 'the header is never closed', 'Re-download it from EDGAR');
		expect(error.message).toBe('filing.txt:12: the header is never closed. Re-download it from EDGAR.');
		expect(error.detail).toBe('the header is never closed. Re-download it from EDGAR.');
		expect(error).toMatchObject({ name: 'SourceError', file: 'filing.txt', source: 'filing.txt', line: 12 });
	});

	it('keeps the punctuation a text already ends with', () => {
		const error = new SourceError('dup.txt', 17, 'Exhibit 4.1 is listed twice.', 'Is the exhibit index complete?');
		expect(error.message).toBe('dup.txt:17: Exhibit 4.1 is listed twice. Is the exhibit index complete?');
		expect(new SourceError('x.txt', 1, 'Stop!', 'Fix it.').detail).toBe('Stop! Fix it.');
	});

	it('names the file alone when the problem has no line', () => {
		const error = new SourceError('parties/acme.yaml', undefined, 'not a party entry', 'Delete it and re-run ingest.');
		expect(error.message).toBe('parties/acme.yaml: not a party entry. Delete it and re-run ingest.');
		expect(error.line).toBeUndefined();
		expect(sourceLocation('a.md', undefined)).toBe('a.md');
		expect(sourceLocation('a.md', 3)).toBe('a.md:3');
	});

	it('keeps the problem, the remedy and the cause apart from the message', () => {
		const cause = new Error('unexpected end of input');
		const error = new SourceError('a.yaml', 2, 'the YAML is cut off', 'Fix the file', { cause });
		expect(error).toBeInstanceOf(Error);
		expect(error.cause).toBe(cause);
		expect(error.problem).toBe('the YAML is cut off');
		expect(error.remedy).toBe('Fix the file');
	});
});
