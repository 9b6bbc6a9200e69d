/**
 * The User-Agent EDGAR asks every automated client to send: who is asking and how to reach
 * them, "Sample Company Name AdminContact@<sample company domain>.com". Without one EDGAR
 * answers 403; the fetcher refuses to send a single request instead.
 */

export const USER_AGENT_REMEDY =
	'Set EDGAR_USER_AGENT="Your Site Name you@example.org" (or `userAgent:` in corpus.yaml): the SEC asks every automated client to name itself and a contact e-mail';

/** The problem with `userAgent`, or undefined when it names someone and an e-mail address. */
export function userAgentProblem(userAgent: string | undefined): string | undefined {
	const value = userAgent?.trim() ?? '';
	if (value === '') return 'no User-Agent for EDGAR is set';
	const email = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.exec(value);
	if (email === null) return `the User-Agent "${value}" has no contact e-mail address`;
	if (value.replace(email[0], '').replace(/[\s<>()]/g, '') === '')
		return `the User-Agent "${value}" names no site or organisation besides the e-mail address`;
	return undefined;
}
