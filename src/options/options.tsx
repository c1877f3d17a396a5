/** The options page: site rules, defaults, and what the pack is. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import pack from 'pack:full';
import { loadSettings } from '../shared/settings/store.ts';
import type { ParseResult } from '../shared/settings/schema.ts';

export function Options() {
  const [result, setResult] = useState<ParseResult | null>(null);
  useEffect(() => void loadSettings(browser).then(setResult), []);
  return (
    <main>
      <h1>{pack.meta.title}: settings</h1>
      {result?.problems.length ? (
        <div role="alert">
          <p>Some stored settings were invalid and were replaced by defaults:</p>
          <ul>{result.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}
      <h2>Site rules</h2>
      <ul data-testid="rules">
        {result?.settings.sites.map((r) => <li key={r.host}>{r.host}{r.includeSubdomains ? ' and subdomains' : ''}: {r.mode}</li>)}
      </ul>
      <h2>About</h2>
      <p>Topic pack {pack.meta.id} version {pack.meta.version}, updated {pack.meta.updated}.</p>
    </main>
  );
}
