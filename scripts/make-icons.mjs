// Renders src/assets/icons/icon.svg to the PNG sizes the manifest and the stores ask for, in
// Chromium (the same browser the e2e tests use), so every size comes from one source:
// 16, 32, 48, 128 for Chrome and its Web Store, 96 for Firefox's high-density screens, and the
// Chrome Web Store's required 440x280 small promo tile (the icon beside the name; not shipped).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../src/assets/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const executablePath = process.env.CHROMIUM_PATH || execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: new URL(`icon-${size}.png`, dir).pathname, omitBackground: true });
}

await page.setViewportSize({ width: 440, height: 280 });
await page.setContent(`<style>
  html,body{margin:0;width:440px;height:280px;overflow:hidden}
  body{display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;background:#eef3fd;
    font-family:system-ui,'DejaVu Sans',sans-serif;color:#1b2a4a}
  svg{flex:none;width:128px;height:128px}
  h1{margin:0 0 10px;font-size:30px;line-height:1.1}
  p{margin:0;font-size:17px;line-height:1.35;color:#34466b}
</style>${svg}<div><h1>Kubelist Curator</h1><p>Clip links as you read, write the blurbs, export the issue.</p></div>`);
await page.screenshot({ path: new URL('promo-440x280.png', dir).pathname });
await browser.close();
