// Opens the screens each role starts the day with, in Vietnamese, and saves a screenshot of each:
// the unit head's and the steering office's Tasklist (plan tasks), the specialist's and leader's task lists,
// the supervisor's Cockpit, the administrator's Admin. Needs the demo running and Chromium.
// Prints every word of the visible text that looks English (a short list of Camunda's own words), so that a
// screen a person would meet in English fails the walk.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { englishLines, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');

async function login(browser, app, user, password) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
  await page.goto(`${HOST}/camunda/app/${app}/default/`);
  await typeLogin(page, user, password);
  await page.waitForSelector('input[ng-model="username"]', { state: 'detached', timeout: 60000 });
  await page.waitForTimeout(4000);
  return page;
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const walks = [
    ['tasklist', 'sathay.specialist'], ['tasklist', 'sathay.leader'], ['tasklist', 'sathay.unithead'],
    ['tasklist', 'sathay.steering'], ['cockpit', 'sathay.supervisor'], ['admin', 'demo'],
  ];
  let english = 0;
  for (const [app, user] of walks) {
    let page;
    try {
      page = await login(browser, app, user, user === 'demo' ? 'demo' : user);
    } catch (e) {
      console.log(`${app} as ${user}: LOGIN FAILED (${e.message})`);
      english += 1;
      continue;
    }
    const file = path.join(SHOTS, `role-${app}-${user}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const words = await englishLines(page);
    console.log(`${app} as ${user}: ${file}${words.length ? ' ENGLISH: ' + JSON.stringify(words.slice(0, 8)) : ''}`);
    english += words.length ? 1 : 0;
    await page.close();
  }
  await browser.close();
  process.exit(english ? 1 : 0);
})().catch((e) => { console.error('ROLES FAILED:', e.message); process.exit(1); });
