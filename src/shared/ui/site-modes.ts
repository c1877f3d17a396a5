/** How site modes are named wherever a person chooses one (popup, options). */
import type { SiteMode } from '../settings/schema.ts';
import { t, type MessageKey } from './i18n.ts';

const MODE_KEYS: Record<SiteMode, MessageKey> = { on: 'modeOn', off: 'modeOff', always: 'modeAlways' };

export const modeLabel = (mode: SiteMode): string => t(MODE_KEYS[mode]);
