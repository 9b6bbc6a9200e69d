/**
 * What kind of party a name denotes, by the words in it. A heuristic: it reads names the
 * way a person skimming an exhibit list would, and the ingest lets a known context (a
 * signer is a person) override it.
 */
import type { partyKinds } from '../../schemas/party.ts';

export type PartyKind = (typeof partyKinds)[number];

const BANK = /\b(?:Bank|Banque|Bancorporation|Savings|National\s+Association)\b|\bN\.\s?A\.(?=\s|$|,)/i;
const COMPANY =
	/\b(?:Inc|Incorporated|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|L\.P|LP|PLC|N\.V|S\.A|AG|GmbH)\b\.?/i;
/** Business words that rule out a personal name ("Ableco Finance", "Cerberus Partners"). */
const BUSINESS =
	/\b(?:Group|Partners|Holdings|Capital|Fund|Associates|Finance|Financial|Investments?|Ventures|Management|Services|Lenders|Trust|Securities|Industries|International|Enterprises)\b/i;
/** "Michael A. Lubin", "Warren Delano", "John Q. Public, Jr." */
const PERSON = /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?$/;

export function guessPartyKind(name: string): PartyKind {
	if (BANK.test(name)) return 'bank';
	if (COMPANY.test(name)) return 'company';
	if (/\bTrust\b/i.test(name)) return 'trust';
	if (PERSON.test(name.trim()) && !BUSINESS.test(name)) return 'person';
	return 'company';
}
