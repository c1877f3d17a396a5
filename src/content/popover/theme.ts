/**
 * Light or dark card: the reader's setting wins; on "auto" the card follows the background the
 * term actually sits on, and only a page without any background of its own defers to the OS.
 */
import type { ThemeSetting } from '../../shared/settings/schema.ts';

export type { ThemeSetting };
export type Theme = 'light' | 'dark';
export type Rgba = [number, number, number, number];

/** Parses the rgb()/rgba() strings getComputedStyle returns. */
export function parseRgb(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba | [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Where black and white text have equal contrast: darker backgrounds read better with light text. */
const DARK_BELOW = 0.18;

export function resolveTheme(setting: ThemeSetting, background: Rgba | null, osPrefersDark: boolean): Theme {
  if (setting !== 'auto') return setting;
  if (background) return luminance(background) < DARK_BELOW ? 'dark' : 'light';
  return osPrefersDark ? 'dark' : 'light';
}

/**
 * The first mostly opaque page background behind `el` (its own background is our highlight, so
 * the walk starts at its parent), up to the root; null when the page sets none.
 */
export function backgroundBehind(el: Element): Rgba | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const rgba = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return rgba;
  }
  return null;
}

/** The OS preference counts only when the page lets the canvas go dark (color-scheme: dark). */
export function pagePrefersDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view?.matchMedia?.('(prefers-color-scheme: dark)').matches) return false;
  return /\bdark\b/.test(view.getComputedStyle(doc.documentElement).colorScheme ?? '');
}
