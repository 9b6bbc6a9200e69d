/**
 * Accession numbers and CIKs as EDGAR writes them in its different places: `0000950123-03-014557`
 * in submissions JSON and file names, `000095012303014557` in Archives folder names; a CIK
 * zero-padded to ten digits in data.sec.gov file names, unpadded in Archives paths.
 */

/** Accepts `0000950123-03-014557` or `000095012303014557`; the dashed form, or undefined if neither. */
export function normaliseAccession(text: string): string | undefined {
	const digits = /^(\d{10})-?(\d{2})-?(\d{6})$/.exec(text.trim());
	return digits ? `${digits[1]}-${digits[2]}-${digits[3]}` : undefined;
}

/** `0000950123-03-014557` → `000095012303014557`, the Archives folder of the submission. */
export const accessionFolder = (accession: string): string => accession.replaceAll('-', '');

/** The filer-id part of an accession number, as a CIK: the filer itself, or the agent that filed for it. */
export const accessionFilerCik = (accession: string): string => String(Number(accession.slice(0, 10)));

/** `320193`, `0000320193` or `CIK0000320193` → `320193`; undefined when it is not a CIK. */
export function normaliseCik(text: string | number): string | undefined {
	const digits = /^(?:CIK)?0*(\d{1,10})$/i.exec(String(text).trim());
	return digits && digits[1] !== '0' ? digits[1] : undefined;
}

/** `320193` → `0000320193`, as data.sec.gov names its files. */
export const paddedCik = (cik: string): string => cik.padStart(10, '0');
