/**
 * Gives node tests the browser's `chrome.i18n.getMessage` over the English messages, so UI
 * components render the text a person with an English browser reads. Import it first.
 */
import { installEnglishMessages } from '../../../scripts/lib/messages.ts';

installEnglishMessages();
