/**
 * A deep copy that shares no string with the text it was parsed from. V8 keeps a string cut
 * out of a larger one (a regex match, a `slice`) as a view on the whole: an id or a party name
 * taken from a submission keeps the entire submission in memory for as long as it lives. What
 * a run keeps from one filing to the next (the corpus index, the summary) is copied with this,
 * or a run over 20,000 filings would hold every one of their sources (about 40 kB each).
 */
export function detached<T>(value: T): T {
	// The structured-clone serialiser writes a string's characters and reads them into a new string.
	return structuredClone(value);
}
