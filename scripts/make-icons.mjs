// Renders src/assets/icons/icon.svg to the PNG sizes the manifest and the stores ask for, in
// Chromium (the same browser the e2e tests use), so every size comes from one source.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../src/assets/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const executablePath = process.env.CHROMIUM_PATH || execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: new URL(`icon-${size}.png`, dir).pathname, omitBackground: true });
}
await browser.close();
