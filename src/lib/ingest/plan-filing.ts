/**
 * A parsed submission → what the site makes of it: the report facts (cover, items,
 * signatures, exhibit lists) read from the primary document, header facts, one exhibit per
 * readable `EX-*` document with its body as MDX-safe Markdown, the images those bodies
 * show, and the list of every document with where it is shown. Pure: no file system.
 *
 * Decisions (the URL contract, docs/architecture.md, allows no new page kinds):
 * - The primary document is the one whose type is the form (`8-K`, `10-Q`, `S-3`), else the
 *   first readable non-exhibit document. An 8-K's primary document is shown as the filing
 *   page's items; any other primary document (or an 8-K whose items cannot be read) is
 *   shown in full on the filing page, under "Document", with paragraph pinpoints.
 * - Exhibit numbers come from the type (see `exhibitNumberFromType`), else from an
 *   "Exhibit 107" line opening the body. Two documents with one number (EDGAR allows it)
 *   keep the first; later ones get `.seq{sequence}` appended (`99.1.seq4`), unique in the
 *   submission and stable across re-ingests of the same bytes.
 * - Titles: the filing's own exhibit list when it names the number, else a `<DESCRIPTION>`
 *   that says more than the type, else the body's first line.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlToMarkdown } from '../edgar/html-to-markdown.ts';
import { htmlToTextView, type TextView } from '../edgar/html-to-text.ts';
import { deiCover, deiFacts } from '../edgar/dei-facts.ts';
import { coverWithDei } from '../report/cover-from-dei.ts';
import { isReadableFormat } from '../edgar/classify.ts';
import type { Submission, SubmissionDocument } from '../edgar/submission.ts';
import { textToMarkdown } from '../edgar/text-to-markdown.ts';
import { plainTextView, type TextBlock, textBlocks } from '../edgar/text-blocks.ts';
import { decodeTextEntities } from '../edgar/text-entities.ts';
import { joinWrappedWords } from '../edgar/wrapped-words.ts';
import { SourceError } from '../source-error.ts';
import type { MergedExhibit } from '../report/merge-exhibits.ts';
import { type IncorporationReference, parseIncorporation } from '../report/incorporation.ts';
import { type ParsedReport, parseReportText } from '../report/parse-report.ts';
import { compareExhibitNumbers } from '../report/exhibit-number.ts';
import type { NamedParty } from '../extract/party-clause.ts';
import { findDocumentDate, type DocumentDate } from '../extract/dates.ts';
import { documentOwnDate, signaturePageDate } from '../extract/document-date.ts';
import { partyKey } from '../extract/party-key.ts';
import { coverWithHeader } from '../report/cover-from-header.ts';
import { selfNamedRegistrant } from '../report/self-named-registrant.ts';
import { extractRecitalParties } from '../extract/recitals.ts';
import type { Filing } from '../../schemas/filing.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { exhibitNumberKey } from '../report/exhibit-number.ts';
import {
	exhibitNumberFromBody,
	exhibitNumberFromType,
	isMeaningfulDescription,
	safeFileName,
	titleFromBody,
} from './exhibit-documents.ts';

type FilingDocument = Filing['documents'][number];

/** A sibling file a document came from (bare exhibits saved beside their primary document). */
export interface SiblingSource {
	name: string;
	sha256: string;
}

export interface PageBody {
	/** MDX-safe Markdown. */
	markdown: string;
	/** Decoded images the Markdown shows as `./name`, to be written beside the page. */
	images: { name: string; bytes: Uint8Array }[];
}

export interface PlannedExhibit {
	number: string;
	type: string;
	title: string;
	description?: string;
	listedIn: MergedExhibit['listedIn'] | Array<MergedExhibit['listedIn'][number] | 'document'>;
	status: MergedExhibit['status'];
	/** For one incorporated by reference: the filing and exhibit it comes from. */
	incorporatedFrom?: IncorporationReference;
	/** The document's own date: from its text, or the host document's for one included in another. */
	date?: DocumentDate;
	/** Absent for an exhibit the filing lists but does not contain. */
	document?: {
		sequence: number;
		filename?: string;
		description?: string;
		body: PageBody;
		/** Its plain text, as the extractors read it. */
		text: string;
		/** Parties its opening recital or cover captions name. */
		parties: NamedParty[];
	};
}

export interface PlannedFiling {
	/** The report as read from the primary document, with cover facts completed from the header. */
	report: ParsedReport & { cover: ParsedReport['cover'] & { form: string; registrantName: string } };
	accession?: string;
	filedDate?: string;
	period?: string;
	filers: Submission['header']['filers'];
	/** The registrant as its cover names it, then the co-registrants the header names. */
	registrants: string[];
	/** The primary document's plain text: its signature pages carry powers of attorney. */
	primaryText: string;
	/** The primary document's text, when the filing page shows it in full. */
	primary?: { type: string; sequence: number; filename?: string; body: PageBody };
	exhibits: PlannedExhibit[];
	documents: FilingDocument[];
	warnings: string[];
}

const normaliseForm = (form: string) => form.trim().toUpperCase().replace(/\s+/g, ' ');
export const isEightK = (form: string) => /^8-K\b/i.test(form.trim());

export function choosePrimary(submission: Submission): SubmissionDocument | undefined {
	const form = submission.header.form ? normaliseForm(submission.header.form) : undefined;
	const { documents } = submission;
	return (
		(form ? documents.find((d) => normaliseForm(d.type) === form) : undefined) ??
		documents.find((d) => !/^EX-/i.test(d.type) && isReadableFormat(d.format)) ??
		documents.find((d) => isReadableFormat(d.format)) ??
		documents[0]
	);
}

/**
 * A readable document parsed once, for both its plain text and its page body: HTML as its tree
 * (the text is laid out from a copy), plain text, its character references decoded and its words
 * cut by a line break joined, as its blocks.
 */
type ReadDocument = { tree: Root } | { text: string; blocks: TextBlock[] } | Record<string, never>;

function readDocument(document: SubmissionDocument): ReadDocument {
	if (document.format === 'html') return { tree: fromHtml(document.text ?? '') };
	if (document.format === 'text') {
		const text = joinWrappedWords(decodeTextEntities(document.text ?? ''));
		return { text, blocks: textBlocks(text) };
	}
	return {};
}

/** Plain text of a readable document (HTML laid out as text) and the tables laid out in it; empty for other formats. */
function documentTextView(read: ReadDocument): TextView {
	if ('tree' in read) return htmlToTextView(read.tree);
	if ('text' in read) return plainTextView(read.text, read.blocks);
	return { text: '', tables: [] };
}

export function planFiling(
	submission: Submission,
	sourceName: string,
	siblings: ReadonlyMap<number, SiblingSource> = new Map(),
): PlannedFiling {
	const warnings = submission.warnings.map((w) => `${sourceName}:${w.line}: ${w.message}`);
	const { header } = submission;
	const primary = choosePrimary(submission);
	const primaryRead = primary ? readDocument(primary) : {};
	const primaryView = documentTextView(primaryRead);
	const primaryText = primaryView.text;
	const formHint = header.form ?? primary?.type ?? 'UNKNOWN';

	const filer =
		header.filers.find((f) => f.role === 'filer' || f.role === 'subject-company' || f.role === 'issuer') ??
		header.filers[0];
	let report: ParsedReport;
	try {
		const { repeats, ...parsed } = parseReportText(
			primaryText,
			sourceName,
			primaryView.tables,
			filer?.name,
			isEightK(formHint) ? 'refuse' : 'keep-first',
		);
		warnings.push(...repeats.map((repeat) => `${repeat} The first is kept.`));
		report = parsed;
	} catch (error) {
		// An 8-K's exhibit lists decide its exhibits: a contradiction there must be fixed, not guessed.
		if (!(error instanceof SourceError) || isEightK(formHint)) throw error;
		warnings.push(error.message);
		report = { source: sourceName, cover: { lines: {} }, items: [], signatures: [], exhibits: [], anomalies: [] };
	}
	const form = header.form ?? report.cover.form ?? primary?.type ?? 'UNKNOWN';
	report = {
		...report,
		cover: coverWithDei(
			report.cover,
			'tree' in primaryRead ? deiCover(deiFacts(primaryRead.tree)) : {},
			isEightK(formHint),
		),
	};
	// A bare prospectus names itself only where it says who "we" are, or on its cover.
	const selfNamed = report.cover.registrantName || filer ? undefined : selfNamedRegistrant(primaryText);
	if (selfNamed)
		warnings.push(
			`${sourceName}:${primary?.startLine ?? 1}: no header or "(Exact name of registrant …)" caption names the registrant; read "${selfNamed}" from the document's own words (who "we" are, or its cover). Pass the complete submission (.txt from EDGAR) to have the header name it.`,
		);
	const registrantName = report.cover.registrantName ?? filer?.name ?? selfNamed;
	if (!registrantName) {
		throw new SourceError(
			sourceName,
			primary?.startLine ?? 1,
			`No registrant name: the submission has no header naming a filer, and its ${form} document has no "(Exact name of registrant as specified in its charter)" caption and says nowhere who "we" are.`,
			'Pass the complete submission (.txt from EDGAR), which names the filer in its header, or a bare exhibit file together with its primary document (…_primary.htm beside …_EX-99.1.htm).',
		);
	}
	const registrantFiler = header.filers.find((f) => partyKey(f.name) === partyKey(registrantName)) ?? filer;
	const checked = coverWithHeader(report.cover, registrantFiler);
	// A non-8-K's "items" (10-Q Part I Item 1…) are chapters of one document, shown whole instead.
	const items = isEightK(form) ? report.items : [];
	// Every readable primary document is shown in full, an 8-K's too: its cover's check boxes, its
	// items as filed and its signature block are part of what it says (its parsed items stay in the data).
	const shownInFull = primary !== undefined && isReadableFormat(primary.format);

	const used = new Set<string>();
	// "10.A.49" in a list and "EX-10.A49" as a type are one exhibit: match on letters and digits only.
	const listed = new Map(report.exhibits.map((exhibit) => [exhibitNumberKey(exhibit.number), exhibit]));
	const exhibits: PlannedExhibit[] = [];
	const pageOf = new Map<number, { shownAs: FilingDocument['shownAs']; exhibit?: string }>();
	const imageOwners = new Map<string, PageBody>();
	const images = imagesByName(submission);

	if (primary)
		pageOf.set(primary.sequence, { shownAs: shownInFull ? 'filing-page' : items.length > 0 ? 'items' : 'listed' });
	const primaryBody = shownInFull && primary ? pageBody(primaryRead, images, imageOwners) : undefined;

	for (const document of submission.documents) {
		if (document === primary || !/^EX-/i.test(document.type) || !isReadableFormat(document.format)) continue;
		const read = readDocument(document);
		const plain = documentTextView(read).text;
		let number = exhibitNumberFromType(document.type) ?? exhibitNumberFromBody(plain);
		if (!number) {
			warnings.push(
				`${sourceName}:${document.startLine}: document ${document.sequence} (${document.type}) names no exhibit number in its type or its first lines; it is listed on the filing page only`,
			);
			continue;
		}
		if (used.has(number)) number = `${number}.seq${document.sequence}`;
		used.add(number);
		const fromList = listed.get(exhibitNumberKey(number));
		const title =
			fromList?.title ??
			(isMeaningfulDescription(document.description, document.type) ? document.description : undefined) ??
			titleFromBody(plain) ??
			document.type;
		const date = documentOwnDate(plain) ?? findDocumentDate(title);
		exhibits.push({
			...(date ? { date } : {}),
			number,
			type: document.type,
			title,
			...(fromList && isMeaningfulDescription(document.description, document.type)
				? { description: document.description }
				: {}),
			listedIn: fromList ? [...fromList.listedIn, 'document'] : ['document'],
			status: fromList?.status ?? 'Filed herewith',
			document: {
				sequence: document.sequence,
				...(document.filename ? { filename: document.filename } : {}),
				...(document.description ? { description: document.description } : {}),
				body: pageBody(read, images, imageOwners),
				text: plain,
				parties: extractRecitalParties(plain),
			},
		});
		pageOf.set(document.sequence, { shownAs: 'exhibit', exhibit: number });
	}
	// Exhibits the filing lists without containing them (incorporated by reference, XBRL cover 104…).
	const usedKeys = new Set([...used].map(exhibitNumberKey));
	for (const entry of report.exhibits) {
		if (usedKeys.has(exhibitNumberKey(entry.number))) continue;
		usedKeys.add(exhibitNumberKey(entry.number));
		const incorporatedFrom = entry.status === 'Incorporated by reference' ? incorporation(entry) : undefined;
		exhibits.push({
			number: entry.number,
			type: `EX-${entry.number}`,
			title: entry.title,
			listedIn: entry.listedIn,
			status: entry.status,
			...(incorporatedFrom ? { incorporatedFrom } : {}),
		});
	}
	exhibits.sort(listOrder(report.exhibits.map((e) => e.number)));
	datesOfIncludedExhibits(
		exhibits,
		report.signatures.find((signature) => signature.date)?.date ?? signaturePageDate(primaryText),
	);

	const documents: FilingDocument[] = submission.documents.map((document) => {
		const page = pageOf.get(document.sequence) ?? { shownAs: 'listed' as const };
		const sibling = siblings.get(document.sequence);
		const imageName = document.filename ? safeFileName(document.filename) : undefined;
		return {
			sequence: document.sequence,
			type: document.type,
			...(document.filename ? { filename: document.filename } : {}),
			...(document.description ? { description: document.description } : {}),
			format: document.format,
			size: document.bytes?.length ?? Buffer.byteLength(document.text ?? '', 'utf8'),
			shownAs: page.shownAs,
			...(page.exhibit ? { exhibit: page.exhibit } : {}),
			...(imageName && imageOwners.has(imageName.toLowerCase()) ? { image: imageName } : {}),
			...(sibling ? { sourceFile: sibling.name, sha256: sibling.sha256 } : {}),
		};
	});

	return {
		report: {
			...report,
			items,
			cover: { ...report.cover, ...checked.cover, form, registrantName },
			anomalies: [...report.anomalies, ...checked.anomalies],
		},
		...(header.accession ? { accession: header.accession } : {}),
		...(header.filedDate ? { filedDate: header.filedDate } : {}),
		...(header.period ? { period: header.period } : {}),
		filers: header.filers,
		registrants: registrantsOf(registrantName, header.filers, report.cover.coRegistrants),
		primaryText,
		...(primary && primaryBody
			? {
					primary: {
						type: primary.type,
						sequence: primary.sequence,
						...(primary.filename ? { filename: primary.filename } : {}),
						body: primaryBody,
					},
				}
			: {}),
		exhibits,
		documents,
		warnings,
	};
}

/** The cover's registrant, then every other filer the header names as filing, then any other the cover prints (co-registrants). */
function registrantsOf(
	registrantName: string,
	filers: Submission['header']['filers'],
	coRegistrants: readonly string[] = [],
): string[] {
	const names = [registrantName];
	const add = (name: string) => {
		if (!names.some((known) => partyKey(known) === partyKey(name))) names.push(name);
	};
	for (const filer of filers) if (filer.role === 'filer' || filer.role === 'subject-company') add(filer.name);
	// A co-registrant printed beside the registrant on the cover that files under its own form (F-10 beside F-3).
	for (const name of coRegistrants) add(name);
	return names;
}

/** Where a listed exhibit incorporated by reference comes from: its location text, parsed, and its EDGAR link. */
function incorporation(entry: MergedExhibit): IncorporationReference | undefined {
	const parsed = entry.reference ? parseIncorporation(entry.reference) : undefined;
	if (!entry.link) return parsed;
	return { ...(parsed ?? { asFiled: entry.reference ?? entry.link }), url: entry.link };
}

/** `(included in Exhibit 5.1)`, `(included in the opinion filed as Exhibit 5.2 to this Form F-3)`. */
const INCLUDED_IN_EXHIBIT =
	/\(included\s+in\s+(?:the\s+\w+\s+filed\s+as\s+)?Exhibit\s+(\d{1,3}(?:\.[0-9A-Za-z]{1,4})*)(?![^)]*\bto\s+(?!this\b))/i;
/** `(included on the signature page)`, `(included in the signature pages to this Form F-3)`. */
const INCLUDED_ON_SIGNATURE_PAGE =
	/\(included\s+(?:on|in)\s+(?:the\s+)?signature\s+pages?\b(?![^)]*\bas\s+originally\s+filed)/i;

/**
 * A consent inside an opinion, or a power of attorney on the signature page, is dated as the
 * document that carries it: the exhibit it is included in, or the report's signatures.
 */
function datesOfIncludedExhibits(exhibits: PlannedExhibit[], signatureDate: string | undefined) {
	const byKey = new Map(exhibits.map((exhibit) => [exhibitNumberKey(exhibit.number), exhibit]));
	for (const exhibit of exhibits) {
		if (exhibit.document || exhibit.date || exhibit.status !== 'Filed herewith') continue;
		const host = INCLUDED_IN_EXHIBIT.exec(exhibit.title)?.[1];
		const date = host ? byKey.get(exhibitNumberKey(host))?.date : undefined;
		if (date) exhibit.date = date;
		// Exhibit 24 is a power of attorney (Regulation S-K Item 601(b)(24)): filed without a
		// document of its own, it is printed on the signature page.
		else if (signatureDate && (INCLUDED_ON_SIGNATURE_PAGE.test(exhibit.title) || /^24(?:\.|$)/.test(exhibit.number))) {
			exhibit.date = { date: signatureDate, dateAsFiled: signatureDate };
		}
	}
}

/** Decoded images of the submission by safe, lower-cased file name. */
function imagesByName(submission: Submission): Map<string, { name: string; bytes: Uint8Array }> {
	const images = new Map<string, { name: string; bytes: Uint8Array }>();
	for (const document of submission.documents) {
		const name = document.filename ? safeFileName(document.filename) : undefined;
		if (!name || !document.bytes || !/\.(?:jpe?g|gif|png)$/i.test(name)) continue;
		images.set(name.toLowerCase(), { name, bytes: document.bytes });
	}
	return images;
}

/**
 * The page body of a readable document. Images its HTML shows are kept when the submission
 * holds them (decoded GRAPHIC parts); a reference to a missing image becomes its alt text,
 * because a dangling `./x.jpg` would fail the site build.
 */
function pageBody(
	read: ReadDocument,
	images: Map<string, { name: string; bytes: Uint8Array }>,
	owners: Map<string, PageBody>,
): PageBody {
	if ('text' in read) return { markdown: textToMarkdown(read.text, read.blocks), images: [] };
	if (!('tree' in read)) return { markdown: '', images: [] };
	const converted = htmlToMarkdown(read.tree);
	const body: PageBody = { markdown: converted.markdown, images: [] };
	for (const reference of converted.images) {
		const image = images.get(reference.toLowerCase());
		const pattern = new RegExp(`!\\[([^\\]]*)\\]\\(\\./${escapeRegExp(reference)}\\)`, 'g');
		if (image) {
			// The written file keeps the submission's spelling; the reference must match it exactly.
			body.markdown = body.markdown.replace(pattern, (_all, alt: string) => `![${alt}](./${image.name})`);
			if (!body.images.some((i) => i.name === image.name)) body.images.push(image);
			owners.set(image.name.toLowerCase(), body);
		} else {
			body.markdown = body.markdown.replace(pattern, (_all, alt: string) => alt);
		}
	}
	return body;
}

/** The filing's own list order first, then the rest by number. */
function listOrder(listed: string[]) {
	const position = new Map(listed.map((number, i) => [number, i]));
	return (a: PlannedExhibit, b: PlannedExhibit) =>
		(position.get(a.number) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.number) ?? Number.MAX_SAFE_INTEGER) ||
		compareExhibitNumbers(a.number, b.number);
}
