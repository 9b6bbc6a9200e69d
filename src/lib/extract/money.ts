/** Money amounts as filed ("$4,000,000", "$9.5 million") with their parsed value. */
import type { z } from 'astro/zod';
import type { money } from '../../schemas/common.ts';

export type Money = z.infer<typeof money>;

const MONEY_PATTERN = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(million|billion))?/gi;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };

/** Every dollar amount in `text`, in order: `"… amount of $4,000,000."` → `[{ asFiled: "$4,000,000", value: 4000000, currency: "USD" }]`. */
export function findMoneyAmounts(text: string): Money[] {
	const amounts: Money[] = [];
	for (const match of text.matchAll(MONEY_PATTERN)) {
		const units = Number(`${match[1]!.replace(/,/g, '')}${match[2] ?? ''}`);
		const scale = match[3] ? (SCALE[match[3].toLowerCase()] ?? 1) : 1;
		// Round away binary noise from "9.5 million" so the YAML shows 9500000, not 9500000.000000002.
		amounts.push({ asFiled: match[0], value: Math.round(units * scale * 100) / 100, currency: 'USD' });
	}
	return amounts;
}
