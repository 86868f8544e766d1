// Walks what issue 14 and 16 added, in Chromium against the running demo:
// 1. the steering office imports a plan whose tasks are an appendix table (DOCX with a Word table, made from
//    src/test/resources/plans/eval/a-appendix-table.txt by ./mkdocx.py, given as PLAN_DOCX) and opens
//    the review task in Tasklist: every row of the table must be there with its lead unit, deadline and product;
// 2. the Sa Thầy supervisor opens Cockpit: the "Giám sát" section on the dashboard and the full page #/giam-sat,
//    in Vietnamese, with nothing of Kon Tum;
// 3. the province administrator (demo) opens the page Giám sát: Sa Thầy and Kon Tum side by side.
// Screens are saved in ./shots. Exits non-zero when a step does not behave as described.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { englishLines, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');
const PLAN_DOCX = process.env.PLAN_DOCX;
const EXPECTED = path.join(__dirname, '../../src/test/resources/plans/eval/a-appendix-table.expected.tsv');

let browser;
const seen = [];

function fail(message) {
  throw new Error(message);
}

async function shot(page, name, what) {
  const file = `supervision-${name}.png`;
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
  seen.push(`${file}: ${what}`);
}

async function login(app, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1400 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${HOST}/camunda/app/${app}/default/`);
  await typeLogin(page, user, user);
  return page;
}

async function noEnglish(page, name) {
  const lines = await englishLines(page);
  if (lines.length) fail(`English on "${name}": ${JSON.stringify(lines.slice(0, 8))}`);
}

async function importPlan() {
  if (!PLAN_DOCX) fail('PLAN_DOCX (the table plan as DOCX) is not set');
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(PLAN_DOCX)], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), path.basename(PLAN_DOCX));
  const response = await fetch(`${HOST}/api/plans/import/review`, {
    method: 'POST', body: form,
    headers: { Authorization: 'Basic ' + Buffer.from('sathay.steering:sathay.steering').toString('base64') } });
  const text = await response.text();
  if (!response.ok) fail(`import answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    // 1. the table plan in the review form
    const imported = await importPlan();
    const expected = fs.readFileSync(EXPECTED, 'utf8').trim().split('\n').map((line) => line.split('\t'));
    let page = await login('tasklist', 'sathay.steering');
    await page.getByText('Việc của nhóm tôi').first().click({ timeout: 60000 });
    const item = page.locator('ol.tasks-list > li', { hasText: 'Rà soát, hiệu chỉnh dự thảo kế hoạch' }).first();
    await item.waitFor({ timeout: 20000 });
    await item.locator('a', { hasText: 'Rà soát, hiệu chỉnh dự thảo kế hoạch' }).first().click();
    const claim = page.locator('button:has-text("Nhận xử lý")');
    if (await claim.first().waitFor({ timeout: 8000 }).then(() => true, () => false)) await claim.first().click();
    await page.locator('button:has-text("Hoàn thành")').waitFor({ timeout: 20000 });
    await page.waitForTimeout(2500);
    const values = await page.evaluate(() => Array.from(document.querySelectorAll('input, textarea, select'))
      .map((e) => (e.tagName === 'SELECT' ? (e.options[e.selectedIndex] || {}).text || '' : e.value)).join('\n')
      + '\n' + document.body.innerText);
    const missing = [];
    // lead units of the commune's own organisation are shown as their unit code (VP, KT, TTPVHCC…), so the
    // content, the product and the deadline are compared, and the count of rows
    if (!values.includes(`Danh sách nhiệm vụ (${expected.length})`)) missing.push(`Danh sách nhiệm vụ (${expected.length})`);
    for (const [content, deadline, , , , product] of expected) {
      for (const part of [content, product, deadline].filter(Boolean)) {
        if (!values.includes(part)) missing.push(part);
      }
    }
    await shot(page, 'import-review', `review form of the imported table plan (${expected.length} rows expected)`);
    if (missing.length) fail(`the review form lacks: ${JSON.stringify(missing.slice(0, 10))}`);
    await noEnglish(page, 'review of the imported plan');
    console.log(`import: plan ${imported.number || imported.planNumber || ''} in review; all ${expected.length} rows with unit, deadline, product`);

    // 2. Cockpit as the Sa Thầy supervisor
    page = await login('cockpit', 'sathay.supervisor');
    await page.getByText('Hồ sơ cần chú ý').first().waitFor({ timeout: 60000 })
      .catch(async () => { await shot(page, 'dashboard-missing', 'dashboard without the section'); fail('no "Hồ sơ cần chú ý" on the Cockpit dashboard'); });
    await page.waitForTimeout(2500);
    await shot(page, 'cockpit-dashboard', 'Cockpit dashboard of the Sa Thầy supervisor');
    let text = await page.evaluate(() => document.body.innerText);
    if (/Kon Tum/.test(text)) fail('the Sa Thầy supervisor sees Kon Tum on the dashboard');
    await noEnglish(page, 'Cockpit dashboard');
    await page.goto(`${HOST}/camunda/app/cockpit/default/#/giam-sat`);
    await page.getByText('Kết quả giải quyết trong kỳ').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(2500);
    await shot(page, 'cockpit-page', 'the page Giám sát');
    text = await page.evaluate(() => document.body.innerText);
    if (/Kon Tum/.test(text)) fail('the Sa Thầy supervisor sees Kon Tum on the page Giám sát');
    await noEnglish(page, 'Giám sát');
    console.log('cockpit: dashboard section and page Giám sát in Vietnamese, nothing of Kon Tum');

    // 3. Cockpit as the province's administrator: every commune side by side, one answer for all
    page = await login('cockpit', 'demo');
    await page.goto(`${HOST}/camunda/app/cockpit/default/#/giam-sat`);
    await page.getByText('Kết quả giải quyết trong kỳ').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(2500);
    await shot(page, 'cockpit-province', 'the page Giám sát of the province administrator');
    text = await page.evaluate(() => document.body.innerText);
    for (const commune of ['Sa Thầy', 'Kon Tum']) {
      if (!text.includes(commune)) fail(`the province administrator does not see ${commune} on the page Giám sát`);
    }
    await noEnglish(page, 'Giám sát (province)');
    console.log('cockpit: the province administrator sees Sa Thầy and Kon Tum side by side on the page Giám sát');
    console.log(seen.join('\n'));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
