/**
 * The checks the Chrome Web Store applies to a manifest before review, as far as they can be
 * made offline: what Chrome itself would warn about on load (unknown or Firefox-only keys), the
 * store's length limits, icons that exist at their declared sizes, and a CSP with nothing remote.
 * Returns the problems; an empty list means the upload would not be refused for its manifest.
 */
/** Keys Chrome's MV3 manifest parser knows; anything else is an "Unrecognized manifest key" warning. */
const CHROME_KEYS = new Set([
  'manifest_version', 'name', 'short_name', 'version', 'version_name', 'description', 'icons', 'action', 'options_ui', 'options_page',
  'background', 'content_scripts', 'permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'commands',
  'content_security_policy', 'web_accessible_resources', 'default_locale', 'minimum_chrome_version', 'author', 'homepage_url', 'incognito',
]);
/** Permissions this extension may ask for; a new one should be a decision, not an accident. */
const KNOWN_PERMISSIONS = new Set(['storage', 'scripting', 'activeTab']);

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(bytes);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export function checkChromeManifest(manifest: Record<string, unknown>, files: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const m = manifest as Record<string, any>;
  for (const key of Object.keys(m)) if (!CHROME_KEYS.has(key)) problems.push(`unrecognized manifest key for Chrome: ${key}`);
  if (m.manifest_version !== 3) problems.push('manifest_version must be 3');
  if (typeof m.name !== 'string' || m.name.length > 75) problems.push('name: required, at most 75 characters');
  if (m.short_name && String(m.short_name).length > 12) problems.push(`short_name "${m.short_name}" is over 12 characters (Chrome truncates it)`);
  if (typeof m.description !== 'string' || m.description.length > 132) problems.push(`description: required, at most 132 characters (is ${String(m.description ?? '').length})`);
  if (!/^\d+(\.\d+){0,3}$/.test(String(m.version))) problems.push(`version "${m.version}" is not 1–4 dot-separated integers`);
  if (m.background?.scripts) problems.push('background.scripts is Firefox-only: Chrome MV3 needs background.service_worker alone');
  if (!m.background?.service_worker || !files[m.background.service_worker]) problems.push('background.service_worker missing or not in the package');
  for (const p of m.permissions ?? []) if (!KNOWN_PERMISSIONS.has(p)) problems.push(`permission "${p}" is not one this extension has decided to ask for`);
  const csp = String(m.content_security_policy?.extension_pages ?? '');
  if (/unsafe-eval|unsafe-inline|https?:|\*/.test(csp.replace(/'self'/g, ''))) problems.push(`extension_pages CSP allows remote or inline code: ${csp}`);
  for (const [size, file] of Object.entries<string>({ ...m.icons, ...m.action?.default_icon })) {
    const png = files[file] ? pngSize(files[file]!) : null;
    if (!png) problems.push(`icon ${file} (${size}) is missing or not a PNG`);
    else if (png.width !== Number(size) || png.height !== Number(size)) problems.push(`icon ${file} is ${png.width}×${png.height}, declared ${size}`);
  }
  if (!m.icons?.['128']) problems.push('a 128×128 icon is required by the store');
  for (const cs of m.content_scripts ?? []) for (const js of cs.js ?? []) if (!files[js]) problems.push(`content script ${js} is not in the package`);
  for (const page of [m.action?.default_popup, m.options_ui?.page]) if (page && !files[page]) problems.push(`page ${page} is not in the package`);
  return problems;
}
