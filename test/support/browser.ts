import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it. Never a downloaded browser. */
const CHROMIUM = process.env.SECONDLOOK_CHROMIUM ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, offline-friendly flags, and the given window size. */
export async function launchBrowser(
  options: { width?: number; height?: number; locale?: string; args?: readonly string[] } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set SECONDLOOK_CHROMIUM`,
    );
  const profile = mkdtempSync(join(tmpdir(), 'secondlook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new tab with nobody logged in: the session is a cookie every tab of the profile shares (and
 * localStorage remembers who), so the last test's login is ended first.
 */
export async function loggedOutPage(browser: Browser, base: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.goto(`${base}/`);
  await page.evaluate("localStorage.removeItem('secondlook.session'); sessionStorage.clear()");
  await page.goto(`${base}/`);
  return page;
}
