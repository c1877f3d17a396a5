/**
 * Light/dark for the extension's own pages. CSS follows prefers-color-scheme unless the root has
 * data-theme; the chosen theme is also kept in localStorage so the next page paints in it at once,
 * before storage.sync has answered.
 */
import type { ThemeSetting } from '../settings/schema.ts';
const CACHE_KEY = 'lpc-theme';

export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage may be disabled; the theme then arrives with the settings a moment later.
  }
}

export function applyCachedTheme(root: HTMLElement = document.documentElement): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached === 'light' || cached === 'dark') root.dataset.theme = cached;
  } catch {
    // As above.
  }
}
