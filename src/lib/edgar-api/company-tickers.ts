/**
 * company_tickers.json (www.sec.gov/files/), EDGAR's ticker → CIK table: an object of rows
 * `{"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}` keyed "0", "1", ….
 */
export interface TickerCompany {
	cik: string;
	title: string;
}

/** Upper-case ticker → company. A ticker listed twice keeps its first row (EDGAR lists the main class first). */
export function parseCompanyTickers(json: unknown): Map<string, TickerCompany> {
	const table = new Map<string, TickerCompany>();
	if (typeof json !== 'object' || json === null) return table;
	for (const row of Object.values(json as Record<string, unknown>)) {
		if (typeof row !== 'object' || row === null) continue;
		const { cik_str: cik, ticker, title } = row as Record<string, unknown>;
		if (typeof ticker !== 'string' || (typeof cik !== 'number' && typeof cik !== 'string')) continue;
		const key = ticker.toUpperCase();
		if (!table.has(key)) table.set(key, { cik: String(Number(cik)), title: typeof title === 'string' ? title : '' });
	}
	return table;
}
