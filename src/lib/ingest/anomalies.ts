/** Anomalies found while turning a parsed filing into content, beside those the parser found. */
import type { Anomaly } from '../report/merge-exhibits.ts';
import type { Instrument } from '../../schemas/instrument.ts';

/**
 * An instrument that matures before the report that files it is suspect (the seed's Exhibit
 * 4.5, "due August 1, 2003", in a report of December 18, 2003). Kept as filed, flagged.
 */
export function maturityBeforeReportDate(
	exhibit: { number: string; title: string },
	instrument: Pick<Instrument, 'id' | 'maturity'>,
	report: { date?: string; asFiled?: string },
): Anomaly | undefined {
	if (!instrument.maturity || !report.date) return undefined;
	// A maturity stated as a year alone ("due 2003") is before the report only if that year is.
	const { date } = instrument.maturity;
	if (date >= report.date.slice(0, date.length)) return undefined;
	return {
		code: 'maturity-before-report-date',
		exhibit: exhibit.number,
		instrument: instrument.id,
		message: `Exhibit ${exhibit.number} ("${exhibit.title}") gives a maturity of ${instrument.maturity.asFiled}, before this report's date of ${report.asFiled ?? report.date}. It is kept as filed.`,
	};
}
