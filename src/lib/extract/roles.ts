/** Party roles as filed ("as borrowers", "as agent") → title case singular ("Borrower", "Agent"). */

/** Words never singularised by dropping a final "s" (they are singular already). */
const SINGULAR_ENDINGS = /(?:ss|us|is)$/i;

function singular(word: string): string {
	if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
	if (/s$/i.test(word) && !SINGULAR_ENDINGS.test(word)) return word.slice(0, -1);
	return word;
}

const titleCaseWord = (word: string) =>
	word
		.split('-')
		.map((part) =>
			/^(?:of|and|for|the)$/i.test(part)
				? part.toLowerCase()
				: part.charAt(0).toUpperCase() + part.slice(1).toLowerCase(),
		)
		.join('-');

/** True when the role names several parties at once ("as borrowers", "each as Guarantor" is not). */
export function isPluralRole(roleAsFiled: string): boolean {
	const words = bareRole(roleAsFiled).split(/\s+/);
	const last = words[words.length - 1] ?? '';
	return singular(last) !== last;
}

/** Strip "as", articles, possessives and qualifiers: "as the administrative agent for the Lenders" → "administrative agent". */
function bareRole(roleAsFiled: string): string {
	return (
		roleAsFiled
			.trim()
			.replace(/^(?:each\s+)?as\s+/i, '')
			.replace(/^(?:the|a|an|its|their)\s+/i, '')
			// The role ends where its qualifier starts: "representatives of the several underwriters named therein".
			.replace(ROLE_QUALIFIER, '')
			// A note after the role is not part of it: "as grantee (English translation)".
			.replace(/\s*\([^()]*\)?\s*$/, '')
			.replace(/[.,;]+$/, '')
			.trim()
	);
}

const ROLE_QUALIFIER =
	/\s+(?:of\s+the|for\s+the|on\s+behalf\s+of|named\s+(?:therein|herein|in)|party\s+(?:thereto|hereto)|parties\s+(?:thereto|hereto)|from\s+time\s+to\s+time|under\s+the|pursuant\s+to)\b.*$/i;

/** `"as borrowers"` → `"Borrower"`, `"as agent"` → `"Agent"`, `"as Co-Agent"` → `"Co-Agent"`. */
export function normaliseRole(roleAsFiled: string): string {
	const words = bareRole(roleAsFiled).split(/\s+/).filter(Boolean);
	return words.map((word, i) => titleCaseWord(i === words.length - 1 ? singular(word) : word)).join(' ');
}
