/** The content contract: one schema per collection. See each module for field docs. */
export * from './common.ts';
export * from './document.ts';
export * from './exhibit.ts';
export * from './filing.ts';
export * from './instrument.ts';
export * from './party.ts';
