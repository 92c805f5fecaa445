import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (apt install chromium); CHROMIUM_PATH points elsewhere if needed. Shared by
 * the e2e suite and the web benchmark, so both measure the same browser.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
