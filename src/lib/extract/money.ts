/** Money amounts as filed ("$4,000,000", "$9.5 million", "€500,000,000") with their parsed value. */
import type { z } from 'astro/zod';
import type { money } from '../../schemas/common.ts';

export type Money = z.infer<typeof money>;

const MONEY_PATTERN = /(U\.S\.\s?\$|US\$|\$|€|£)\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(million|billion))?/gi;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };
/** Euro and sterling notes are issued under US shelves too ("€1,000,000,000 aggregate principal amount"). */
const CURRENCY: Record<string, string> = { '€': 'EUR', '£': 'GBP' };

/** Every dollar (euro, sterling) amount in `text`, in order: `"… amount of $4,000,000."` → `[{ asFiled: "$4,000,000", value: 4000000, currency: "USD" }]`. */
export function findMoneyAmounts(text: string): Money[] {
	const amounts: Money[] = [];
	for (const match of text.matchAll(MONEY_PATTERN)) {
		const units = Number(`${match[2]!.replace(/,/g, '')}${match[3] ?? ''}`);
		const scale = match[4] ? (SCALE[match[4].toLowerCase()] ?? 1) : 1;
		// Round away binary noise from "9.5 million" so the YAML shows 9500000, not 9500000.000000002.
		const value = Math.round(units * scale * 100) / 100;
		amounts.push({ asFiled: match[0], value, currency: CURRENCY[match[1]!] ?? 'USD' });
	}
	return amounts;
}
