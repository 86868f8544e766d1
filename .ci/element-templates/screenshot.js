// Screenshot for the README: processes/certify-copy.bpmn in camunda-bpmn-js (the editor Camunda
// Modeler embeds) with every template of element-templates/ loaded and ServiceTask_ComputeDeadlineAndFee
// selected, its template shown in the properties panel. Needs the devDependencies (npm ci) and
// playwright-core with a Chromium: CHROMIUM=/usr/bin/chromium node screenshot.js [out.png [model.bpmn elementId]]
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '../..');
const out = path.resolve(process.argv[2] || path.join(root, 'element-templates/docs/modeler-template-applied.png'));
const model = path.resolve(process.argv[3] || path.join(root, 'processes/certify-copy.bpmn'));
const element = process.argv[4] || 'ServiceTask_ComputeDeadlineAndFee';

(async () => {
  const templates = fs.readdirSync(path.join(root, 'element-templates'))
    .filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(root, 'element-templates', f), 'utf8')));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1760, height: 560 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('file://' + path.join(__dirname, 'index.html'));
    const result = await page.evaluate(
      ([xml, all, id]) => window.openWithTemplates(xml, all, id), [fs.readFileSync(model, 'utf8'), templates, element]);
    if (errors.length) throw new Error(errors.join('\n'));
    if (!result.applied) throw new Error(`no template applied to ${element}: ${JSON.stringify(result)}`);
    // the panel shows the task with its template (header: the template's name)
    const name = templates.find((t) => `${t.id}@${t.version}` === result.applied).name;
    await page.locator('#properties').getByText(name).first().waitFor({ timeout: 10000 });
    // open the panel's "Template" group (name, version, description of the applied template)
    await page.locator('#properties .bio-properties-panel-group-header', { hasText: 'Template' }).first().click();
    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`${templates.length} template(s) loaded, ${element} shows ${result.applied}; warnings: ${result.warnings.length}; ${path.relative(root, out)}`);
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
