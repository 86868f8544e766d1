// Renders models with bpmn-js in headless Chromium, to look at a diagram as Camunda Modeler shows it:
//   cd .ci/bpmn-layout && npm ci && node render.js /tmp/diagrams/ ../../processes/*.bpmn
// writes /tmp/diagrams/<process>.png (whole diagram, at most 3200 px wide). CHROMIUM overrides /usr/bin/chromium.
const { chromium } = require('playwright-core');
const fs = require('fs'), path = require('path');
(async () => {
  const [prefix, ...files] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 3200, height: 2000 } });
    await page.setContent('<html><body style="margin:0"><div id="c" style="width:3200px;height:2000px;background:#fff"></div></body></html>');
    await page.addScriptTag({ path: require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js') });
    const size = await page.evaluate(async (xml) => {
      const viewer = new BpmnJS({ container: '#c' });
      const { warnings } = await viewer.importXML(xml);
      const c = viewer.get('canvas'), i = c.viewbox().inner;
      const box = { x: i.x - 40, y: i.y - 40, width: i.width + 80, height: i.height + 110 };
      const scale = Math.min(1, 3200 / box.width);
      const el = document.getElementById('c');
      el.style.width = Math.ceil(box.width * scale) + 'px'; el.style.height = Math.ceil(box.height * scale) + 'px';
      c.resized(); c.viewbox(box);
      return { w: Math.ceil(box.width * scale), h: Math.ceil(box.height * scale), warnings: warnings.map(w => w.message) };
    }, fs.readFileSync(file, 'utf8'));
    if (size.warnings.length) console.log(file, size.warnings);
    await page.setViewportSize({ width: size.w, height: size.h });
    const out = `${prefix}${path.basename(file, '.bpmn')}.png`;
    await page.screenshot({ path: out });
    console.log(out);
    await page.close();
  }
  await browser.close();
})();
