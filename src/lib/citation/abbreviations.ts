/**
 * The abbreviation tables citations use, as data only (read by citation-source.ts and
 * citation-formats.ts). The Bluebook ones are from The Bluebook: A Uniform System of Citation
 * (table T12 for months, T6 for words in company names); BibTeX's month macros are the ones
 * every standard BibTeX style defines.
 */

/** Bluebook T12: May, June and July are not abbreviated; September is "Sept.". */
export const bluebookMonths = [
	'Jan.',
	'Feb.',
	'Mar.',
	'Apr.',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.',
];

/** BibTeX's predefined month macros, written unbraced (`month = dec`) so styles can localise them. */
export const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * How Bluebook designates forms that are not cited as "Form …" (proxy statements and beneficial
 * ownership reports are schedules). Keys are base forms, upper case, without "/A".
 */
export const formDesignations: Record<string, string> = {
	'DEF 14A': 'Schedule 14A',
	'PRE 14A': 'Schedule 14A',
	'SC 13D': 'Schedule 13D',
	'SC 13G': 'Schedule 13G',
};

/**
 * Bluebook T6 abbreviations for words in a company name (the words a registrant's name is
 * likely to hold; T6 has more). Keys are lower case; matching is whole-word and case-blind.
 */
export const t6Abbreviations: Record<string, string> = {
	administration: 'Admin.',
	america: 'Am.',
	american: 'Am.',
	and: '&',
	association: "Ass'n",
	associates: 'Assocs.',
	brothers: 'Bros.',
	capital: 'Cap.',
	center: 'Ctr.',
	chemical: 'Chem.',
	commercial: 'Com.',
	communications: "Commc'ns",
	company: 'Co.',
	computer: 'Comput.',
	consolidated: 'Consol.',
	construction: 'Constr.',
	corporation: 'Corp.',
	development: 'Dev.',
	distribution: 'Distrib.',
	electric: 'Elec.',
	electronic: 'Elec.',
	engineering: "Eng'g",
	entertainment: 'Ent.',
	environmental: "Env't",
	equipment: 'Equip.',
	exchange: 'Exch.',
	federal: 'Fed.',
	finance: 'Fin.',
	financial: 'Fin.',
	general: 'Gen.',
	government: "Gov't",
	group: 'Grp.',
	guaranty: 'Guar.',
	hospital: 'Hosp.',
	incorporated: 'Inc.',
	industrial: 'Indus.',
	industries: 'Indus.',
	industry: 'Indus.',
	institute: 'Inst.',
	insurance: 'Ins.',
	international: "Int'l",
	investment: 'Inv.',
	laboratories: "Lab'ys",
	limited: 'Ltd.',
	management: 'Mgmt.',
	manufacturing: 'Mfg.',
	medical: 'Med.',
	mortgage: 'Mortg.',
	mutual: 'Mut.',
	national: "Nat'l",
	organization: 'Org.',
	partnership: "P'ship",
	petroleum: 'Petrol.',
	pharmaceutical: 'Pharm.',
	pharmaceuticals: 'Pharms.',
	products: 'Prods.',
	properties: 'Props.',
	public: 'Pub.',
	railroad: 'R.R.',
	railway: 'Ry.',
	research: 'Rsch.',
	resources: 'Res.',
	savings: 'Sav.',
	securities: 'Sec.',
	services: 'Servs.',
	society: "Soc'y",
	systems: 'Sys.',
	technology: 'Tech.',
	technologies: 'Techs.',
	telecommunications: 'Telecomms.',
	telephone: 'Tel.',
	transportation: 'Transp.',
	trust: 'Tr.',
	university: 'Univ.',
	utilities: 'Utils.',
};
