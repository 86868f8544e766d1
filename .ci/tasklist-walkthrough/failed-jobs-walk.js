// Walks issue 15's status syncs as product jobs: while the national portal (DVCQG, simulated) is down, a dossier's
// status syncs fail until their retries are spent: the submission's, and the reception's, whose two statuses (the
// clerk's one click) share one job. The walk runs the retries at once as the administrator instead of waiting 1, 5
// and 15 minutes. The Sa Thầy supervisor then finds them in Cockpit, on the dashboard and on the page "Giám sát",
// under "Việc tự động bị lỗi", in Vietnamese, and presses "Thử lại" on each once DVCQG is back: the jobs run again
// and the statuses reach DVCQG. Kon Tum's supervisor does not see them. Needs the demo running
// (mvn spring-boot:run -Dspring-boot.run.profiles=demo) and Chromium. Screenshots go to ./shots. Exits non-zero
// when a step does not behave as described.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { basic, englishLines, fail, onePagePdf, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');

async function call(method, pathAndQuery, body, user = 'demo') {
  const response = await fetch(HOST + pathAndQuery, {
    method, headers: { ...basic(user), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

async function failedSyncJobs() {
  return (await call('GET', '/engine-rest/job?processDefinitionKey=product-job&tenantIdIn=sa-thay&withException=true')).json;
}

async function shot(page, name) {
  const file = `failed-jobs-${name}.png`;
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
  console.log('screenshot', file);
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // 1. DVCQG down; the portal submits an online birth registration: its status sync fails.
  if ((await call('PUT', '/api/admin/simulators/dvcqg', { failing: true })).status !== 200) fail('cannot take the simulated DVCQG down');
  const form = new FormData();
  form.append('application', new Blob([JSON.stringify({
    procedureCode: '1.001193', receivingCommuneId: 'sa-thay', channel: 'ONLINE',
    applicant: { personalId: '062095001234', fullName: 'Nguyễn Văn An', phone: '0905123456', address: 'Thôn 1, xã Sa Thầy' },
    copies: 1, pages: 1, data: { ghiChu: 'đi thử đồng bộ lỗi' },
  })], { type: 'application/json' }));
  form.append('TO_KHAI', new Blob([onePagePdf('To khai dang ky khai sinh')], { type: 'application/pdf' }), 'to-khai.pdf');
  form.append('GIAY_CHUNG_SINH', new Blob([onePagePdf('Giay chung sinh - Nguyen Minh Khoi')], { type: 'application/pdf' }), 'giay-chung-sinh.pdf');
  const submitted = await fetch(HOST + '/api/dossiers', {
    method: 'POST', body: form, headers: { ...basic('portal'), 'Idempotency-Key': 'failed-jobs-walk-' + Date.now() } });
  if (submitted.status !== 201) fail(`the submission answered ${submitted.status}: ${await submitted.text()}`);
  const code = (await submitted.json()).code;
  console.log(`dossier ${code} submitted while DVCQG is down`);

  // 2. Sa Thầy's clerk receives it (still while DVCQG is down): "Đã tiếp nhận" and "Đang xử lý" come from that one
  // click and share one sync job, which fails too.
  let task = null;
  for (let i = 0; i < 60 && !task; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    task = (await call('GET', `/engine-rest/task?processInstanceBusinessKey=${code}&taskDefinitionKey=UserTask_ReceiveDossier`, undefined, 'sathay.clerk')).json[0];
  }
  if (!task) fail('no reception task after 60 s');
  if ((await call('POST', `/engine-rest/task/${task.id}/claim`, { userId: 'sathay.clerk' }, 'sathay.clerk')).status !== 204) fail('the clerk cannot claim the reception task');
  const received = await call('POST', `/engine-rest/task/${task.id}/complete`, { variables: { receiptDecision: { value: 'accept' } } }, 'sathay.clerk');
  if (received.status !== 204) fail(`receiving answered ${received.status}: ${JSON.stringify(received.json)}`);
  console.log(`dossier ${code} received by the clerk`);

  // 3. The first tries fail on the job executor; the administrator runs the three retries of each now.
  let jobs = [];
  for (let i = 0; i < 60 && jobs.filter((j) => j.exceptionMessage).length < 2; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    jobs = await failedSyncJobs();
  }
  if (!jobs.length) fail('no failed product job after 60 s');
  for (const job of jobs) {
    for (let i = 0; i < 5 && job.retries > 0; i++) {
      await call('POST', `/engine-rest/job/${job.id}/execute`);
      job.retries = (await call('GET', `/engine-rest/job/${job.id}`)).json.retries;
    }
  }
  // the dossier's own job, as the page lists it
  const listed = (await call('GET', '/api/reports/failed-jobs?communeId=sa-thay')).json.communes[0].jobs;
  const own = listed.filter((j) => j.dossierCode === code);
  console.log(`Sa Thầy's failed jobs: ${listed.length}; of this dossier: ${own.map((j) => `${j.title}: ${j.detail}: ${j.error}`).join(' | ')}`);
  if (own.length !== 2) fail(`the dossier's two status syncs are not listed as failed: ${JSON.stringify(own)}`);
  if (!own.some((j) => /^Các trạng thái "Được tiếp nhận", "Đang xử lý" \(lần đổi trạng thái thứ 2 đến 3\)$/.test(j.detail))) {
    fail('the reception\'s two statuses are not one job');
  }
  await call('PUT', '/api/admin/simulators/dvcqg', { failing: false });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // 4. Sa Thầy's supervisor: the dashboard, then the page Giám sát; press "Thử lại" on the dossier's rows.
    let context = await browser.newContext({ viewport: { width: 1500, height: 1300 }, locale: 'en-US', timezoneId: 'UTC' });
    let page = await context.newPage();
    await page.goto(`${HOST}/camunda/app/cockpit/default/`);
    await typeLogin(page, 'sathay.supervisor', 'sathay.supervisor');
    const dashboardRow = page.locator('table.commune-gs-failed-jobs tr', { hasText: code }).first();
    await dashboardRow.waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);
    await shot(page, '01-dashboard');
    await page.goto(`${HOST}/camunda/app/cockpit/default/#/giam-sat`);
    const rows = page.locator('table.commune-gs-failed-jobs tr', { hasText: code });
    await rows.nth(1).waitFor({ timeout: 30000 });
    await page.waitForTimeout(1500);
    for (let r = 0; r < 2; r++) {
      const rowText = await rows.nth(r).innerText();
      console.log('row on Giám sát:', rowText.replace(/\s+/g, ' '));
      if (!/Đồng bộ trạng thái lên Cổng DVCQG/.test(rowText) || !/Cổng Dịch vụ công quốc gia/.test(rowText)) fail('the row does not say what failed and why');
    }
    const english = await englishLines(page);
    if (english.length) fail(`English on Giám sát: ${JSON.stringify(english.slice(0, 8))}`);
    for (let r = 0; r < 2; r++) {
      await rows.nth(r).locator('button', { hasText: 'Thử lại' }).click();
      await rows.nth(r).getByText('Đã đặt chạy lại').waitFor({ timeout: 15000 });
    }
    await shot(page, '02-retried');
    // the job executor runs them again and DVCQG receives the statuses
    let left = 1;
    for (let i = 0; i < 60 && left; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      left = 0;
      for (const job of own) left += (await call('GET', `/engine-rest/job?jobId=${job.jobId}`)).json.length;
    }
    if (left) fail('a retried job is still there after 60 s');
    console.log('retried: the jobs ran and are gone');
    await page.reload();
    await page.getByText('Kết quả giải quyết trong kỳ').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(1500);
    if (await page.locator('table.commune-gs-failed-jobs tr', { hasText: code }).count()) fail('the dossier is still listed after the retry');
    await shot(page, '03-after');
    await context.close();

    // 5. Kon Tum's supervisor sees nothing of it.
    context = await browser.newContext({ viewport: { width: 1500, height: 1300 }, locale: 'en-US', timezoneId: 'UTC' });
    page = await context.newPage();
    await page.goto(`${HOST}/camunda/app/cockpit/default/#/giam-sat`);
    await typeLogin(page, 'kontum.supervisor', 'kontum.supervisor');
    await page.getByText('Kết quả giải quyết trong kỳ').first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);
    if ((await page.innerText('body')).includes(code)) fail('Kon Tum\'s supervisor sees the Sa Thầy dossier');
    await shot(page, '04-kon-tum');
    console.log('Kon Tum\'s supervisor: nothing of Sa Thầy');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
