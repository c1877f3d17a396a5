/** A select of the site modes, named as everywhere else a person picks one. */
import { SITE_MODES, type SiteMode } from '../shared/settings/schema.ts';
import { modeLabel } from '../shared/settings/labels.ts';

export function ModeSelect({ id, value, onChange }: { id: string; value: SiteMode; onChange(m: SiteMode): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
      {SITE_MODES.map((m) => (
        <option key={m} value={m}>
          {modeLabel(m)}
        </option>
      ))}
    </select>
  );
}
