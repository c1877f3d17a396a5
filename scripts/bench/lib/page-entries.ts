import { entriesIn, pageLanguages } from '../../../src/content/app/page-languages.ts';
import type { Entry } from '../../../src/shared/pack/types.ts';

/**
 * In the page: the entries with the aliases the app would highlight there (English and the
 * page's declared language), so the pattern the bench builds and runs is the app's, not the
 * larger one of every language.
 */
export const pageEntries = (entries: readonly Entry[]): Entry[] => entriesIn(entries, pageLanguages(document, null, new Map()));
