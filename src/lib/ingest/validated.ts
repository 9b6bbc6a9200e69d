/**
 * An entry checked against its schema (src/schemas/) before it is written. What ingest reads
 * from a filing should always fit; when it does not, the error says which entry and field, and
 * what the value was, instead of a dump of the schema library's issues.
 */
import type { ZodType } from 'astro/zod';

export function validated<T>(schema: ZodType<T>, data: unknown, what: string): T {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const field = issue?.path.join('.') || '(root)';
	const value = issue?.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], data);
	throw new Error(
		`the ${what} read from it has an invalid ${field}${value === undefined ? '' : ` (${JSON.stringify(value)})`}: ${issue?.message}. Ingest read something its content schema does not allow; please report the file.`,
	);
}
