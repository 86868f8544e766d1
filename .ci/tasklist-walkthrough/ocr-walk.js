// Walks issue 15's OCR after the upload: the portal submits an online birth registration whose declaration is a
// scan (a PNG picture of text) stamped TUYỆT MẬT. The upload is answered at once; OCR runs afterwards as a job,
// finds the mark, removes the file and writes it in the dossier's history; the clerk's reception form then shows the
// component as refused, in Vietnamese. Needs the demo running (mvn spring-boot:run -Dspring-boot.run.profiles=demo),
// Tesseract with Vietnamese data, and Chromium. Screenshots go to ./shots. Exits non-zero when a step does not
// behave as described.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { basic, englishLines, fail, onePagePdf, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const TASKLIST = HOST + '/camunda/app/tasklist/default/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');

async function api(pathAndQuery) {
  const response = await fetch(HOST + pathAndQuery, { headers: basic('demo') });
  if (!response.ok) fail(`GET ${pathAndQuery} answered ${response.status}`);
  return response.json();
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  // 1. A "scan": a picture of a stamped page, as a phone camera would give it (no text layer).
  const paper = await browser.newPage({ viewport: { width: 1400, height: 600 } });
  await paper.setContent('<body style="background:#fff;font-family:DejaVu Sans,sans-serif;padding:40px">'
    + '<div style="font-size:72px;font-weight:bold;color:#000">TUYỆT MẬT</div>'
    + '<div style="font-size:48px;color:#000">Báo cáo tình hình an ninh ' + Date.now() % 100000 + '</div></body>');
  const scan = await paper.screenshot({ type: 'png' });
  await paper.close();

  // 2. The portal submits it as the declaration; the answer does not wait for OCR.
  const form = new FormData();
  form.append('application', new Blob([JSON.stringify({
    procedureCode: '1.001193', receivingCommuneId: 'sa-thay', channel: 'ONLINE',
    applicant: { personalId: '062095001234', fullName: 'Nguyễn Văn An', phone: '0905123456', address: 'Thôn 1, xã Sa Thầy' },
    copies: 1, pages: 1, data: { ghiChu: 'đi thử OCR sau khi nộp' },
  })], { type: 'application/json' }));
  form.append('TO_KHAI', new Blob([scan], { type: 'image/png' }), 'to-khai.png');
  form.append('GIAY_CHUNG_SINH', new Blob([onePagePdf('Giay chung sinh - Nguyen Minh Khoi')], { type: 'application/pdf' }), 'giay-chung-sinh.pdf');
  const started = Date.now();
  const submitted = await fetch(HOST + '/api/dossiers', {
    method: 'POST', body: form, headers: { ...basic('portal'), 'Idempotency-Key': 'ocr-walk-' + Date.now() },
  });
  const answeredMs = Date.now() - started;
  if (submitted.status !== 201) fail(`the submission answered ${submitted.status}: ${await submitted.text()}`);
  const code = (await submitted.json()).code;
  console.log(`dossier ${code} answered 201 in ${answeredMs} ms`);
  const records = await api('/api/digitisation/dossiers/' + encodeURIComponent(code));
  const declaration = records.find((r) => r.componentCode === 'TO_KHAI');
  console.log('right after the answer:', declaration ? `ocrPending=${declaration.ocrPending}, "${declaration.ocrNote}"` : 'no record');

  // 3. The OCR job finds the mark: the dossier's history says the file was refused and removed.
  let refused;
  for (let i = 0; i < 120 && !refused; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    refused = (await api('/api/dossiers/' + encodeURIComponent(code) + '/history')).find((e) => e.action === 'FILE_REFUSED');
  }
  if (!refused) fail('no FILE_REFUSED entry in the history after 2 minutes');
  console.log(`history after ${Math.round((Date.now() - started) / 1000)} s: ${refused.message} — ${refused.reason}`);
  const after = await api('/api/digitisation/dossiers/' + encodeURIComponent(code));
  if (after.some((r) => r.componentCode === 'TO_KHAI')) fail('the refused file still has its digitisation record');

  // 4. The clerk opens the reception task: the component shows as refused, in Vietnamese.
  let task;
  for (let i = 0; i < 60 && !task; i++) {
    task = (await api('/engine-rest/task?processInstanceBusinessKey=' + encodeURIComponent(code) + '&taskDefinitionKey=UserTask_ReceiveDossier'))[0];
    if (!task) await new Promise((r) => setTimeout(r, 1000));
  }
  if (!task) fail('no reception task');
  const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
  await page.goto(TASKLIST);
  await typeLogin(page, 'sathay.clerk', 'sathay.clerk');
  await page.getByText('Việc của nhóm tôi').first().waitFor({ timeout: 60000 });
  await page.goto(TASKLIST + '#/?task=' + task.id);
  const line = page.getByText('Tệp bị từ chối và đã xóa (mang dấu độ mật)');
  await line.first().waitFor({ timeout: 20000 }).catch(async () => {
    await page.screenshot({ path: path.join(SHOTS, 'ocr-01-receive-failed.png'), fullPage: true });
    fail('the reception form does not show the refused component');
  });
  await page.screenshot({ path: path.join(SHOTS, 'ocr-01-receive-refused-component.png'), fullPage: true });
  const english = await englishLines(page);
  if (english.length) fail('English on the reception form: ' + english.join(' | '));
  console.log('the clerk sees:', (await line.first().evaluate((e) => e.closest('div').innerText)).replace(/\s+/g, ' '));
  await browser.close();
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
