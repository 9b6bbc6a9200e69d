/** One filing as the EDGAR listings name it (submissions JSON, the daily index), before it is fetched. */
export interface FilingRef {
	/** Dashed, `0000950123-03-014557`. */
	accession: string;
	/** The company the filing was listed under, unpadded: the Archives path uses it. */
	cik: string;
	/** As EDGAR lists it: `8-K`, `10-K/A`, `S-3ASR`. */
	form: string;
	/** ISO `YYYY-MM-DD`. */
	filingDate: string;
	/** The company's name, when the listing gives it. */
	company?: string;
}
