/**
 * The company a document speaks for, when neither a submission header nor a cover caption
 * names it: a prospectus saved from EDGAR as a bare `.htm` has no header, no "(Exact name of
 * registrant …)" caption, and often prints its name only in a logo image. It still says who
 * "we" are, in the sentence every prospectus carries:
 *
 *   Unless the context indicates otherwise, the terms "FFIC," the "Company," "we," "our" and
 *   "us" … refer to Flushing Financial Corporation and its subsidiaries.
 *
 * and failing that, a prospectus's cover prints the issuer's name on a line of its own above
 * the offering ("6,912,969 Shares / Healthpeak Properties, Inc. / Common Stock"). Either name
 * counts only when it is an organisation's (src/lib/extract/party-entity.ts).
 */
import { isOrganisationName, isPartyName } from '../extract/party-entity.ts';
import { normaliseWhitespace } from './text-columns.ts';

/** A quoted self-reference ("we", "us", "our", "the Company"), then within the sentence what it refers to. */
const SELF_REFERENCE =
	/[“"](?:we|us|our|the\s+Company|Company)[,.]?[”"][^.;]{0,300}?\b(?:refers?\s+to|mean|means)\s+([^;()]{3,160})/gi;
/**
 * Where the name ends: "and" before a lower-case word or a comma ("and its subsidiaries", "and,
 * where appropriate, …": the "and" of a name joins capitalised words), a qualification, a clause.
 */
const NAME_END =
	/\s+and(?=,|\s+[a-z])|\s+together\b|,?\s+(?:including|unless|except|as\s+the\s+context)\b|\s*,\s*(?:a|an|the)\s|[.,]\s*$|\.\s+[A-Z]/;
/** Cover lines read for the issuer's name: the cover ends well before this. */
const COVER_LINES = 40;
const ABBREVIATED_SUFFIX = /\b(?:Inc|Corp|Co|Ltd|N\.A|L\.P|S\.A|N\.V|P\.L\.C)$/;
const MAX_NAME_WORDS = 8;
const PROSPECTUS = /\bprospectus\b|\bRule\s+424\b/i;

/** The registrant a document names itself as, or undefined. */
export function selfNamedRegistrant(text: string): string | undefined {
	for (const match of text.matchAll(SELF_REFERENCE)) {
		const name = nameBefore(normaliseWhitespace(match[1]!));
		if (name) return name;
	}
	// Only a prospectus's cover prints its issuer so; elsewhere a line like that is a heading ("About X Ltd.").
	const lines = text.split('\n').map(normaliseWhitespace).filter(Boolean).slice(0, COVER_LINES);
	return lines.some((line) => PROSPECTUS.test(line)) ? lines.find((line) => isIssuerLine(line)) : undefined;
}

function nameBefore(text: string): string | undefined {
	const end = NAME_END.exec(text);
	let name = (end ? text.slice(0, end.index) : text).trim();
	// The full stop of "Inc." is the name's, though the sentence may end with it.
	if (end?.[0].startsWith('.') && ABBREVIATED_SUFFIX.test(name)) name += '.';
	name = name.replace(/[,\s]+$/, '');
	return isIssuerName(name) ? name : undefined;
}

/** The regulator every cover is addressed to is no issuer. */
const REGULATOR = /\bSecurities\s+and\s+Exchange\s+Commission\b/i;

/** A cover line that is a company's name ends with its corporate suffix ("Healthpeak Properties, Inc."). */
const ENDS_WITH_SUFFIX =
	/[\s,](?:Inc|Incorporated|Corp|Corporation|Company|Co|LLC|L\.L\.C|LP|L\.P|Ltd|Limited|plc|PLC|N\.A|N\.V|S\.A|SA|AG|SE|Trust|Bancorp|Holdings)\.?$/i;
/** Every word of a name is capitalised but its connectives ("Pacific Gas and Electric Company"). */
const NAME_WORD = /^(?:[A-Z0-9&(]|(?:of|and|the|de|du|la|for)$)/;

function isIssuerLine(line: string): boolean {
	const words = line.split(' ');
	return (
		words.length <= MAX_NAME_WORDS &&
		words.every((word) => NAME_WORD.test(word)) &&
		ENDS_WITH_SUFFIX.test(line) &&
		!REGULATOR.test(line) &&
		isIssuerName(line)
	);
}

/** A word of numbers and marks is an item or file number ("7(a).", "0001083387"), never part of a name read here. */
const NUMBER_WORD = /^[\d().,:/-]+$/;

const isIssuerName = (name: string) =>
	isOrganisationName(name) && isPartyName(name) && !name.split(' ').some((word) => NUMBER_WORD.test(word));
