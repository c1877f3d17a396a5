/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with dist/firefox installed as a
 * temporary add-on. The uuids pref pins the moz-extension:// origin so extension pages have a
 * known URL; they are opened with a raw BiDi navigate because Firefox sends no load events for
 * extension documents (page.goto would hang).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { firefoxExecutable } from '../../scripts/lib/browsers.ts';
import { DIST } from '../../scripts/lib/paths.ts';
import { after, before } from 'node:test';
import { startServer, type FixtureServer } from './server.ts';
import { inspectableBuild, type BuildSource } from '../../scripts/lib/inspectable-build.ts';

export const FIREFOX_EXTENSION_DIR = path.join(DIST, 'firefox');
export const EXTENSION_UUID = 'a6b0c7de-2f3e-4b1a-9c8d-5e6f7a8b9c0d';

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /** Opens an extension page (e.g. 'popup/popup.html?tabId=3') in a new tab and returns it. */
  openExtensionPage(relative: string): Promise<Page>;
  close(): Promise<void>;
}

/** `shipped`: install dist/firefox as built (closed card root) rather than the inspectable copy (test-build.ts). */
export async function launchFirefox(options: { shipped?: boolean; from?: BuildSource } = {}): Promise<FirefoxSession> {
  const copy = options.shipped ? undefined : await inspectableBuild('firefox', options.from);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxExecutable(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      // Keep Firefox off the network: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(copy?.dir ?? FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = () => browser.newPage();
  return {
    browser,
    extensionOrigin,
    newPage,
    async openExtensionPage(relative: string) {
      const page = await newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      // puppeteer's BiDi connection: send the navigate ourselves and wait for the document.
      const connection = (browser as unknown as { connection: { send(method: string, params: unknown): Promise<unknown> } }).connection;
      await connection.send('browsingContext.navigate', { context, url: `${extensionOrigin}/${relative}`, wait: 'complete' });
      return page;
    },
    async close() {
      await browser.close();
      await copy?.remove();
    },
  };
}

/** Resolves the Firefox tab id of a page by asking the extension (from one of its pages). */
export async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

/**
 * Starts the fixture server and Firefox before a test file's tests and stops both after:
 * `const env = useFirefox();` then `env.ff`, `env.server` inside tests.
 */
export function useFirefox(options: { shipped?: boolean } = {}): { readonly ff: FirefoxSession; readonly server: FixtureServer } {
  const env = {} as { ff: FirefoxSession; server: FixtureServer };
  before(async () => {
    env.server = await startServer();
    env.ff = await launchFirefox(options);
  });
  after(async () => {
    await env.ff?.close();
    await env.server?.close();
  });
  return env;
}
