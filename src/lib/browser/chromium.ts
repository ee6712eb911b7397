/**
 * One answer to "which Chromium?", for pa11y-ci, the PDF printer and the
 * browser tests. Nothing here downloads a browser:
 *   1. CHROME_PATH, if set (it overrides everything);
 *   2. an installed Chrome, Chromium or Edge, found by chrome-launcher's
 *      locator (Windows, macOS, Linux) plus Edge's usual places;
 *   3. on Linux x64, the Chromium shipped inside the @sparticuz/chromium npm
 *      package, unpacked to the temp folder (needs only libnss3/libnspr4).
 */
import { accessSync, constants } from 'node:fs';

export interface ResolvedChromium {
  executablePath: string;
  source: 'CHROME_PATH' | 'installed' | '@sparticuz/chromium';
}

/** Flags that work as root in a container, with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

const EDGE_PATHS: Record<string, string[]> = {
  win32: [
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ],
  darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  linux: ['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable'],
};

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function installed(): Promise<string | undefined> {
  try {
    const { Launcher } = await import('chrome-launcher');
    const found = Launcher.getInstallations().find(executable);
    if (found) return found;
  } catch {
    // The locator throws on platforms it does not know; fall through.
  }
  return (EDGE_PATHS[process.platform] ?? []).find(executable);
}

let cached: Promise<ResolvedChromium> | undefined;

export function resolveChromium(): Promise<ResolvedChromium> {
  cached ??= (async (): Promise<ResolvedChromium> => {
    const override = process.env.CHROME_PATH;
    if (override) {
      if (!executable(override)) throw new Error(`CHROME_PATH is set to ${override}, but there is no browser there that can be run.`);
      return { executablePath: override, source: 'CHROME_PATH' };
    }
    const local = await installed();
    if (local) return { executablePath: local, source: 'installed' };
    if (process.platform === 'linux' && process.arch === 'x64') {
      const { default: chromium } = await import('@sparticuz/chromium');
      return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium' };
    }
    throw new Error('No Chrome, Chromium or Edge was found. Install one, or set CHROME_PATH to its program file.');
  })();
  return cached;
}
