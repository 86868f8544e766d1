// Walks one counter dossier (đăng ký khai sinh) end to end through Camunda Tasklist, as the README
// describes it: the clerk starts it, receives it, uploads the scans (one disguised file first, which
// must be refused), the specialist reviews, the leader signs, the clerk returns the result.
// Needs the demo running (mvn spring-boot:run -Dspring-boot.run.profiles=demo) and Chromium.
// Screenshots go to ./shots. Exits non-zero when a step does not behave as described.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { onePagePdf, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const TASKLIST = HOST + '/camunda/app/tasklist/default/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');
const PDF = onePagePdf('To khai dang ky khai sinh - Nguyen Minh Khoi');

let browser;
let step = 0;

function fail(message) {
  throw new Error(message);
}

async function api(pathAndQuery) {
  const response = await fetch(HOST + pathAndQuery, { headers: { Authorization: 'Basic ' + Buffer.from('demo:demo').toString('base64') } });
  if (!response.ok) fail(`GET ${pathAndQuery} answered ${response.status}`);
  return response.json();
}

async function login(user) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
  await page.goto(TASKLIST);
  await typeLogin(page, user, user);
  await page.getByText('Việc của nhóm tôi').first().waitFor({ timeout: 60000 })
    .catch(async () => { await shot(page, 'login-' + user + '-failed'); fail(`${user} could not log in to Tasklist`); });
  return page;
}

async function shot(page, name) {
  step += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** Opens the task from "Việc của nhóm tôi", claims it and returns the page showing its form. */
async function openTask(user, taskName) {
  const page = await login(user);
  await page.getByText('Việc của nhóm tôi').first().click();
  const item = page.getByText(taskName, { exact: true }).first();
  await item.waitFor({ timeout: 15000 }).catch(() => fail(`${user} does not see the task "${taskName}"`));
  await item.click();
  const claim = page.locator('button:has-text("Nhận xử lý")');
  await claim.first().waitFor({ timeout: 10000 });
  await claim.first().click();
  await page.locator('button:has-text("Hoàn thành")').waitFor();
  await page.waitForTimeout(1500);
  return page;
}

async function complete(page, name) {
  await shot(page, name);
  await page.click('button:has-text("Hoàn thành")');
  await page.getByText('Chọn một công việc trong danh sách.').waitFor({ timeout: 15000 })
    .catch(async () => { await shot(page, name + '-failed'); fail(`completing "${name}" failed`); });
  await page.close();
}

async function tasksOf(code) {
  return api('/engine-rest/task?processInstanceBusinessKey=' + encodeURIComponent(code));
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  // 1. The clerk starts "Giải quyết hồ sơ thủ tục hành chính" with the counter start form.
  let page = await login('sathay.clerk');
  await page.click('text=Khởi tạo quy trình');
  await page.click('text=Giải quyết hồ sơ thủ tục hành chính');
  const procedure = page.locator('.fjs-form-field-select').first().locator('input');
  await procedure.click();
  await procedure.fill('khai sinh');
  await page.locator('.fjs-dropdownlist-item', { hasText: 'Đăng ký khai sinh' }).first().click();
  // form-js takes a typed value after a short debounce; a field filled within another's debounce can be
  // overwritten when that one settles, so each field is left and allowed to settle before the next
  // (the procedure's own change may still wipe the first field filled after it: fill again what was lost)
  const fields = [['applicantPersonalId', '062095001234'], ['applicantName', 'Nguyễn Văn An'], ['applicantPhone', '0912345678']];
  for (let round = 1; ; round++) {
    for (const [field, value] of fields) {
      if (await page.inputValue(`input[id*="${field}"]`) === value) continue;
      await page.fill(`input[id*="${field}"]`, value);
      await page.press(`input[id*="${field}"]`, 'Tab');
      await page.waitForTimeout(500);
    }
    let kept = true;
    for (const [field, value] of fields) kept = kept && await page.inputValue(`input[id*="${field}"]`) === value;
    if (kept) break;
    if (round === 5) fail('the start form keeps losing what was typed');
  }
  await shot(page, 'counter-start');
  await page.click('button:has-text("Khởi tạo")');
  await page.getByText('Đã khởi tạo quy trình.').waitFor();
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 3000)); // population lookup (asynchronous)

  const started = await api('/engine-rest/history/process-instance?processDefinitionKey=dossier&startedBy=sathay.clerk&sortBy=startTime&sortOrder=desc&maxResults=1');
  const code = started[0].businessKey;
  console.log('dossier', code);

  // 2. Tiếp nhận: the form shows the declared data beside the population database's.
  page = await openTask('sathay.clerk', 'Tiếp nhận hồ sơ');
  await page.getByText('Thông tin trong CSDL quốc gia về dân cư').waitFor();
  await page.getByLabel('Tiếp nhận', { exact: true }).check();
  await complete(page, 'receive');

  // 3. Số hóa: a disguised file is refused with a Vietnamese message and the task stays open.
  page = await openTask('sathay.clerk', 'Số hóa thành phần hồ sơ');
  const inputs = page.locator('input[type=file]');
  await inputs.nth(0).setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a scan</html>') });
  await inputs.nth(1).setInputFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.click('button:has-text("Hoàn thành")');
  await page.getByText('nội dung thực là').first().waitFor({ timeout: 15000 })
    .catch(() => fail('the disguised scan was not refused'));
  await shot(page, 'digitise-refused');
  await inputs.nth(0).setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForTimeout(800);
  await complete(page, 'digitise');

  // 4. Thẩm định by the specialist, 5. phê duyệt, ký số by the leader.
  page = await openTask('sathay.specialist', 'Thẩm định hồ sơ');
  await page.getByLabel('Đề xuất phê duyệt', { exact: false }).first().check();
  await page.locator('textarea[id*="reviewNote"]').fill('Đủ điều kiện đăng ký khai sinh cho cháu Nguyễn Minh Khôi.');
  await complete(page, 'review');
  page = await openTask('sathay.leader', 'Phê duyệt, ký số');
  await page.getByLabel('Phê duyệt', { exact: false }).first().check();
  await complete(page, 'approve');

  // 6. Trả kết quả tại quầy.
  page = await openTask('sathay.clerk', 'Trả kết quả tại quầy');
  await page.getByText('Kết quả: Giải quyết').waitFor();
  await page.getByLabel('Đã trả kết quả', { exact: false }).first().check();
  await complete(page, 'return');

  const dossier = await (await fetch(HOST + '/api/public/dossiers/' + encodeURIComponent(code) + '?last4=5678')).json();
  if (dossier.statusCode !== 10) fail(`expected status 10 (Đã trả kết quả), got ${dossier.statusCode}`);
  const issued = await api('/api/dossiers/' + encodeURIComponent(code) + '/documents');
  const documents = issued.map((d) => d.type);
  for (const type of ['RECEIPT', 'RESULT', 'PROCESS_CONTROL']) {
    if (!documents.includes(type)) fail(`document ${type} missing: ${documents}`);
  }
  const result = issued.find((d) => d.type === 'RESULT');
  if (result.mediaType !== 'application/pdf' || !result.signature || !result.signature.valid) {
    fail(`the result is not a validly signed PDF: ${JSON.stringify(result)}`);
  }
  console.log(`result ${result.fileName}: ${result.signature.conclusion}`);
  if ((await tasksOf(code)).length !== 0) fail('tasks left open');
  console.log(`walked ${code}: status ${dossier.statusCode} (${dossier.statusName}), documents ${documents.join(', ')}; screenshots in ${SHOTS}`);
  await browser.close();
})().catch(async (error) => {
  console.error('WALK FAILED:', error.message);
  if (browser) await browser.close();
  process.exit(1);
});
