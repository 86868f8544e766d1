// A modeller deploys a new model into Sa Thầy's tenant over the REST API as Camunda Modeler does, the
// administrator starts one instance, and at once (no filter sync in between) Sa Thầy's clerk finds its first
// task under "Việc của nhóm tôi" in Tasklist and opens it; Kon Tum's clerk does not see it. Screenshots of both.
// Needs the demo running and Chromium.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { englishLines, typeLogin } = require('./common');

const HOST = process.env.APP_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'shots');
const ADMIN = 'Basic ' + Buffer.from('demo:demo').toString('base64');

function model(key, taskName) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_${key}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${key}" name="Quy trình thử triển khai từ Modeler" isExecutable="true" camunda:historyTimeToLive="30">
    <bpmn:startEvent id="StartEvent_Received"><bpmn:outgoing>Flow_ToCheck</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="StartEvent_Received" targetRef="Task_CheckPapers" />
    <bpmn:userTask id="Task_CheckPapers" name="${taskName}" camunda:candidateGroups="clerk">
      <bpmn:incoming>Flow_ToCheck</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_CheckPapers" targetRef="EndEvent_Checked" />
    <bpmn:endEvent id="EndEvent_Checked"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;
}

async function groupTasks(browser, user, taskName, shot) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
  await page.goto(`${HOST}/camunda/app/tasklist/default/`);
  await typeLogin(page, user, user);
  await page.waitForSelector('input[ng-model="username"]', { state: 'detached', timeout: 60000 });
  await page.getByText('Việc của nhóm tôi').first().click();
  await page.waitForTimeout(4000);
  const found = await page.getByText(taskName).count();
  if (found) {
    await page.getByText(taskName).first().click();
    await page.waitForTimeout(3000);
  }
  const file = path.join(SHOTS, shot);
  await page.screenshot({ path: file, fullPage: true });
  const english = await englishLines(page);
  await page.close();
  return { found, file, english };
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const key = 'Process_ModelerTrial' + Date.now().toString(36);
  const taskName = 'Kiểm tra giấy tờ (mô hình mới ' + key.slice(-6) + ')';
  const form = new FormData();
  form.append('deployment-name', 'modeler-' + key);
  form.append('deployment-source', 'Camunda Modeler');
  form.append('tenant-id', 'sa-thay');
  form.append('data', new Blob([model(key, taskName)], { type: 'application/xml' }), key + '.bpmn');
  const deployed = await fetch(`${HOST}/engine-rest/deployment/create`, { method: 'POST', headers: { Authorization: ADMIN }, body: form });
  console.log('deployed:', deployed.status);
  const started = await fetch(`${HOST}/engine-rest/process-definition/key/${key}/tenant-id/sa-thay/start`,
    { method: 'POST', headers: { Authorization: ADMIN, 'Content-Type': 'application/json' }, body: '{}' });
  console.log('started:', started.status);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const sathay = await groupTasks(browser, 'sathay.clerk', taskName, 'modeler-deploy-sathay-clerk.png');
  const kontum = await groupTasks(browser, 'kontum.clerk', taskName, 'modeler-deploy-kontum-clerk.png');
  await browser.close();
  console.log(`sathay.clerk sees "${taskName}": ${sathay.found > 0} (${sathay.file})${sathay.english.length ? ' ENGLISH: ' + JSON.stringify(sathay.english) : ''}`);
  console.log(`kontum.clerk sees it: ${kontum.found > 0} (${kontum.file})`);
  process.exit(deployed.status === 200 && started.status === 200 && sathay.found > 0 && kontum.found === 0 && !sathay.english.length ? 0 : 1);
})().catch((e) => { console.error('WALK FAILED:', e.message); process.exit(1); });
