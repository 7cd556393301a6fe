import { chromium } from '@playwright/test';
const [,, url, out, width='375', mode='screen', height='812'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
if (mode === 'pdf') { await page.pdf({ path: out, format: 'Letter', printBackground: true }); }
else if (mode === 'a4') { await page.pdf({ path: out, format: 'A4', printBackground: true }); }
else if (mode === 'full') await page.screenshot({ path: out, fullPage: true });
else await page.screenshot({ path: out });
await browser.close();
