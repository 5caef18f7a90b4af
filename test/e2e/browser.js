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

/**
 * The launchers' steps: `step(name, fn, skip)` runs one, counts it in `results`, prints `ok` or
 * `not ok` with the time since the start (`lap`), and on failure takes a screenshot
 * (OUT_DIR/`prefix`fail-N.png) and calls `onFail`, whose text (if any) is added to the message.
 * With `skip` (a reason) the step prints SKIP and does not run. The last line a launcher prints is
 * `summary()`, which run.sh reads.
 */
export function steps(page, { outDir, prefix = '', onFail = async () => '' }) {
  const t0 = Date.now();
  const lap = (m) => console.log(`[${prefix ? prefix + ' ' : ''}${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const results = { passed: 0, failed: 0 };
  async function step(name, fn, skip) {
    if (skip) {
      console.log(`SKIP ${name}: ${skip}`);
      return;
    }
    try {
      await fn();
      results.passed++;
      lap(`ok ${name}`);
    } catch (e) {
      results.failed++;
      const shot = join(outDir, `${prefix ? prefix + '-' : ''}fail-${results.failed}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      const more = await onFail().catch((x) => `(and ${x.message})`);
      lap(`not ok ${name}: ${String(e.message).split('\n')[0]} (screenshot ${shot})${more ? `; ${more}` : ''}`);
    }
  }
  const summary = () => `${results.passed} passed, ${results.failed} failed`;
  return { step, lap, results, summary };
}
