// Walks one digital-transformation plan task through Camunda Tasklist, as the README describes the plan day:
// the steering office creates a one-task plan (REST, as the importer's review would), reviews and issues it in
// Tasklist, the unit head assigns the officer, the officer reports the result with a PDF as evidence, the unit
// head opens the evidence (with the Tasklist session, no second login) and accepts, the steering office confirms.
// Every screen is checked for Camunda's English words (the list of roles.js) and saved in ./shots.
// Needs the demo running (mvn spring-boot:run -Dspring-boot.run.profiles=demo) and Chromium.
// Exits non-zero when a step does not behave as described.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { englishLines, onePagePdf, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const TASKLIST = HOST + '/camunda/app/tasklist/default/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');
const OFFICER = 'sathay.specialist'; // member of Phòng Văn hóa - Xã hội (VHXH), whose head is sathay.unithead
const PDF = onePagePdf('Bien ban hop trien khai so hoa ket qua TTHC');

let browser;
let step = 0;
const seen = [];

function fail(message) {
  throw new Error(message);
}

async function rest(method, pathAndQuery, user, body) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(HOST + pathAndQuery, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) fail(`${method} ${pathAndQuery} as ${user} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** Fails when a visible line of the page reads like Camunda's English (as roles.js). */
async function noEnglish(page, name) {
  const lines = await englishLines(page);
  if (lines.length) fail(`English on "${name}": ${JSON.stringify(lines.slice(0, 8))}`);
}

async function login(user) {
  // a context of its own per login (the evidence page opens as a second tab of it, sharing the session)
  const context = await browser.newContext({ viewport: { width: 1400, height: 1400 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(TASKLIST);
  await typeLogin(page, user, user);
  await page.getByText('Việc của nhóm tôi').first().waitFor({ timeout: 60000 })
    .catch(async () => { await shot(page, 'login-' + user + '-failed'); fail(`${user} could not log in to Tasklist`); });
  await page.waitForTimeout(1500);
  await noEnglish(page, `${user}'s task list`);
  return page;
}

async function shot(page, name, what) {
  step += 1;
  const file = `${String(step).padStart(2, '0')}-plan-${name}.png`;
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
  if (what) seen.push(`${file}: ${what}`);
}

/** Opens the plan's task from the given filter (claiming it when it is a group task) and returns the page showing its form. */
async function openTask(user, filter, taskName, planNumber) {
  const page = await login(user);
  await page.getByText(filter).first().click();
  // the card shows the plan number (cardPlanNumber): pick this plan's task, not another plan's
  const item = page.locator('ol.tasks-list > li', { hasText: planNumber }).filter({ hasText: taskName }).first();
  await item.waitFor({ timeout: 20000 })
    .catch(async () => { await shot(page, `missing-${user}`); fail(`${user} does not see "${taskName}" of plan ${planNumber} under "${filter}"`); });
  await item.locator('a', { hasText: taskName }).first().click();
  const claim = page.locator('button:has-text("Nhận xử lý")');
  // a group task is claimed first; the officer's own task is already assigned
  if (await claim.first().waitFor({ timeout: 8000 }).then(() => true, () => false)) await claim.first().click();
  await page.locator('button:has-text("Hoàn thành")').waitFor();
  await page.waitForTimeout(2000);
  await noEnglish(page, taskName);
  return page;
}

async function complete(page, name, what) {
  await noEnglish(page, name);
  await shot(page, name, what);
  await page.click('button:has-text("Hoàn thành")');
  await page.getByText('Chọn một công việc trong danh sách.').waitFor({ timeout: 20000 })
    .catch(async () => { await shot(page, name + '-failed'); fail(`completing "${name}" failed`); });
  await noEnglish(page, name + ' (after completing)');
  await page.context().close();
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  // 1. The steering office creates a one-task plan from a draft; the deadline is 5 working days ahead.
  const today = new Date().toISOString().slice(0, 10);
  const due = (await rest('GET', `/api/calendar/deadline?receivedAt=${today}T08:00&workingDays=5`, 'sathay.steering')).due;
  const number = `${Date.now() % 1000000}/KH-UBND`;
  const plan = await rest('POST', '/api/plans', 'sathay.steering', {
    communeId: 'sa-thay',
    endsOn: `${today.slice(0, 4)}-12-31` > due ? `${today.slice(0, 4)}-12-31` : due,
    draft: {
      number,
      title: 'Kế hoạch số hóa kết quả giải quyết thủ tục hành chính',
      issuingBody: 'Ủy ban nhân dân xã Sa Thầy',
      issuedOn: today,
      parentPlans: ['02-KH/BCĐTW'],
      reporting: { monthlyDueDay: 13 },
      tasks: [{
        code: '1', section: '1. Hiện đại hóa dịch vụ công', content: 'Số hóa kết quả giải quyết thủ tục hành chính năm 2026',
        leadUnit: 'VHXH', coordinatingUnits: ['VP'], deadline: due, recurring: false,
        expectedResult: 'Biên bản kiểm tra kết quả số hóa',
      }],
      warnings: [],
    },
  });
  console.log(`plan ${plan.id} (${number}), task due ${due}`);

  // 2. Rà soát, hiệu chỉnh dự thảo kế hoạch → Ban hành.
  let page = await openTask('sathay.steering', 'Việc của nhóm tôi', 'Rà soát, hiệu chỉnh dự thảo kế hoạch', number);
  await page.getByText('Số hóa kết quả giải quyết thủ tục hành chính năm 2026').first().waitFor({ timeout: 5000 })
    .catch(() => page.locator('textarea[aria-label="Nội dung nhiệm vụ"]').first().waitFor({ timeout: 5000 }));
  await page.getByLabel('Ban hành kế hoạch, giao nhiệm vụ').check();
  await page.waitForTimeout(500);
  await complete(page, 'review-draft', 'steering office: draft plan review (plan-review.html), "Ban hành" chosen');

  // 3. Phân công cán bộ thực hiện: the officer comes from the lead unit's members.
  page = await openTask('sathay.unithead', 'Việc của nhóm tôi', 'Phân công cán bộ thực hiện', number);
  const select = page.locator('.fjs-form-field-select').first();
  await select.click();
  await page.locator('.fjs-dropdownlist-item', { hasText: `(${OFFICER})` }).first().click()
    .catch(async () => { await shot(page, 'assign-no-officer'); fail(`${OFFICER} is not offered in the assignment list`); });
  await page.locator('textarea[id*="assignNote"]').fill('Đồng chí Minh chủ động phối hợp Văn phòng.');
  await page.waitForTimeout(500);
  await complete(page, 'assign', `unit head: assignment (plan-assign.form), officer ${OFFICER} picked`);

  // 4. Báo cáo kết quả, minh chứng: the officer's own task.
  page = await openTask(OFFICER, 'Việc của tôi', 'Báo cáo kết quả, minh chứng', number);
  await page.fill('#resultText', 'Đã số hóa 100% kết quả giải quyết TTHC năm 2026; biên bản kiểm tra kèm theo.');
  await page.setInputFiles('#evidence_1', { name: 'bien-ban-kiem-tra.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForTimeout(800);
  await complete(page, 'submit-result', 'officer: result report (plan-submit-result.html), text typed, PDF attached');

  // 5. Trưởng đơn vị xem xét kết quả: the evidence opens with the Tasklist session.
  page = await openTask('sathay.unithead', 'Việc của nhóm tôi', 'Trưởng đơn vị xem xét kết quả', number);
  await shot(page, 'review-result-top', 'unit head: top of the result review, with the link to the officer\'s evidence');
  const link = page.locator('a', { hasText: 'Mở tài liệu minh chứng của cán bộ' }).first();
  const href = await link.getAttribute('href');
  if (!href || !/\/api\/plans\/tasks\/\d+\/papers$/.test(href)) fail(`the evidence link is "${href}"`);
  const papers = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    return { status: response.status, text: await response.text() };
  }, href);
  if (papers.status !== 200 || !papers.text.includes('bien-ban-kiem-tra.pdf')) {
    fail(`the evidence page answered ${papers.status} without the officer's file: ${papers.text.slice(0, 200)}`);
  }
  // click it as the unit head would. A form-js (Camunda Forms) link has no target: it opens in the same tab,
  // replacing Tasklist; the walk accepts that (a new tab too), checks the page, and goes back to the form
  const popup = page.context().waitForEvent('page', { timeout: 5000 }).catch(() => null);
  await link.click();
  let evidence = await popup;
  const sameTab = !evidence;
  if (sameTab) {
    evidence = page;
    await page.waitForURL((url) => url.pathname.endsWith('/papers'), { timeout: 10000 })
      .catch(() => fail('clicking the evidence link opened nothing'));
  }
  await evidence.waitForLoadState();
  console.log(`evidence link opened in ${sameTab ? 'the same tab (Tasklist replaced)' : 'a new tab'}: ${evidence.url()}`);
  if (await evidence.locator('input[type="password"]').count()) fail('the evidence page asks for a password');
  await noEnglish(evidence, 'evidence page');
  await shot(evidence, 'evidence', `evidence page, opened by clicking the link (${sameTab ? 'same tab' : 'new tab'}), no login`);
  const fileHref = await evidence.locator('a', { hasText: 'bien-ban-kiem-tra.pdf' }).first().getAttribute('href');
  if (sameTab) {
    await page.goBack();
    await page.locator('button:has-text("Hoàn thành")').waitFor({ timeout: 30000 })
      .catch(() => fail('going back from the evidence page does not show the review form again'));
    await page.waitForTimeout(2000);
    if (await page.locator('input[ng-model="username"]').count()) fail('going back to Tasklist asks for the password again');
  }
  // the paper page forbids scripts (its CSP): fetch the file from the Tasklist form, with the same session
  const file = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, head: String.fromCharCode(...bytes.slice(0, 5)) };
  }, fileHref);
  if (file.status !== 200 || file.head !== '%PDF-') fail(`the evidence file answered ${file.status} (${file.head})`);
  console.log(`evidence ${href} → 200, file ${fileHref} → 200 ${file.head}`);
  if (!sameTab) await evidence.close();
  await page.getByLabel('Chấp nhận, trình Thường trực BCĐ').check();
  await page.waitForTimeout(500);
  await complete(page, 'review-result', 'unit head: result review (plan-review-result.form), accepted');

  // 6. Thường trực BCĐ xác nhận kết quả.
  page = await openTask('sathay.steering', 'Việc của nhóm tôi', 'Thường trực BCĐ xác nhận kết quả', number);
  await page.locator('a', { hasText: 'Mở tài liệu minh chứng của cán bộ' }).first().waitFor({ timeout: 5000 })
    .catch(() => fail('the confirmation form has no link to the evidence'));
  await shot(page, 'confirm-result-top', 'steering office: top of the confirmation, with the link to the evidence');
  await page.getByLabel('Xác nhận hoàn thành').check();
  await page.waitForTimeout(500);
  await complete(page, 'confirm-result', 'steering office: confirmation (plan-confirm-result.form), confirmed');

  // 7. The task is done on time.
  let task;
  for (let attempt = 0; attempt < 20; attempt++) {
    task = (await rest('GET', `/api/plans/${plan.id}`, 'demo')).tasks[0];
    if (task.status.startsWith('HOAN_THANH')) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (task.status !== 'HOAN_THANH_DUNG_HAN') fail(`the task is ${task.status} (${task.statusLabel}), not done on time`);
  console.log(`walked plan ${number}: task ${task.code} ${task.statusLabel} (officer ${task.officerId}); screenshots in ${SHOTS}`);
  seen.forEach((line) => console.log('  ' + line));
  await browser.close();
})().catch(async (error) => {
  console.error('PLAN WALK FAILED:', error.message);
  if (browser) await browser.close();
  process.exit(1);
});
