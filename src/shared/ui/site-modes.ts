/** How site modes are named wherever a person chooses one (popup, options). */
import type { SiteMode } from '../settings/schema.ts';

export const MODE_LABELS: Record<SiteMode, string> = {
  on: 'On when detected',
  off: 'Off',
  always: 'Always highlight',
};
