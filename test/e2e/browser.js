// Shared by the e2e launchers: Debian's chromium through playwright-core, both from outside the
// project's dependencies (NODE_PATH points at the cache folder that setup.sh fills).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const require = createRequire(join(process.env.NODE_PATH || process.cwd(), 'noop.js'));
const { chromium } = require('playwright-core');

export async function launch() {
  const udd = mkdtempSync(join(tmpdir(), 'chrome-'));
  const ctx = await chromium.launchPersistentContext(udd, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1400, height: 900 },
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  const close = async () => {
    await ctx.close().catch(() => {});
    rmSync(udd, { recursive: true, force: true });
  };
  return { page, close };
}
