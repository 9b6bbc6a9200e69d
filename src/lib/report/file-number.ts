/**
 * A Commission file or registration number as covers, headers and exhibit lists print it:
 * `0-3252`, `001-40536`, `333-256516`, `333-261230-01` (a co-registrant's suffix).
 */
export const FILE_NUMBER_SOURCE = String.raw`\d{1,3}-\d{3,6}(?:-\d{1,3})?`;

const FILE_NUMBER = new RegExp(`^${FILE_NUMBER_SOURCE}$`);

/** The whole text is a file number. */
export const isFileNumber = (text: string) => FILE_NUMBER.test(text);
