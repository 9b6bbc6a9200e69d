/** What an SEC form is called, for headings and citations: `"8-K"` → `"Current Report"`. */
const FORM_NAMES: Record<string, string> = {
	'8-K': 'Current Report',
	'8-K/A': 'Current Report (Amendment)',
	'10-K': 'Annual Report',
	'10-K405': 'Annual Report',
	'10-Q': 'Quarterly Report',
	'S-1': 'Registration Statement',
	'S-3': 'Registration Statement',
	'S-4': 'Registration Statement',
	'S-8': 'Registration Statement',
	'F-1': 'Registration Statement',
	'F-3': 'Registration Statement',
	'20-F': 'Annual Report',
	'6-K': 'Report of Foreign Private Issuer',
	'DEF 14A': 'Definitive Proxy Statement',
};

export function formName(form: string): string | undefined {
	return FORM_NAMES[form.toUpperCase()];
}
