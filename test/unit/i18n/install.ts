/**
 * Gives node tests the browser's `chrome.i18n.getMessage` over the English messages, so UI
 * components render the text a person with an English browser reads. Import it first.
 */
import { getMessage, readMessages } from '../../../scripts/lib/messages.ts';

const english = readMessages('en');
const g = globalThis as unknown as { chrome?: Record<string, unknown> };
g.chrome = { ...(g.chrome ?? {}), i18n: { getMessage: (key: string, values?: string[]) => getMessage(english, key, values) } };
