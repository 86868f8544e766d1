// What the walkthrough scripts (walk.js, plan-walk.js, roles.js, ocr-walk.js, failed-jobs-walk.js) share: a valid one-page PDF to upload, the
// words that give away Camunda's English, and typing into Camunda's login form.

/** Lines with these words read like Camunda's own English (brand names aside). */
const ENGLISH = /\b(Start process|Claim|Complete|Filter|Tasks?|Processes|Dashboard|Deployments|Users|Groups|Tenants|Authorizations|System|Due|Follow[- ]up|Created|Add|Remove|Search|Loading|No task|Sign out|Welcome|Running|Incidents?|Decisions?|Cases?|Batches|Migrations?|Submit|Save|Cancel|Select|Upload|Browse|Field is required|Forbidden|Unauthorized|Exception|ENGINE-\d+)\b/;

/** The visible lines of a page that read like Camunda's English. */
async function englishLines(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return text.split('\n').filter((line) => ENGLISH.test(line) && !/Camunda/.test(line));
}

/** A well-formed one-page PDF (with its cross-reference table: uploads refuse corrupt files). */
function onePagePdf(text) {
  const stream = `BT /F1 14 Tf 60 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  offsets.forEach((offset) => { body += `${String(offset).padStart(10, '0')} 00000 n \n`; });
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Types the credentials into a webapp's login form and submits it. The login view focuses the user-name field once
 * it has rendered, which may be while a field is being filled: fill again until both fields hold what was typed.
 */
async function typeLogin(page, user, password) {
  for (let attempt = 1; ; attempt++) {
    await page.fill('input[ng-model="username"]', user);
    await page.fill('input[ng-model="password"]', password);
    await page.waitForTimeout(200);
    if (await page.inputValue('input[ng-model="username"]') === user
        && await page.inputValue('input[ng-model="password"]') === password) break;
    if (attempt === 5) throw new Error(`could not type ${user}'s credentials into the login form`);
  }
  await page.click('button[type="submit"]');
}

/** Stops the walk with what did not behave as described. */
function fail(message) {
  throw new Error(message);
}

/** HTTP Basic for a demo user, whose password is the user id. */
function basic(user) {
  return { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64') };
}

module.exports = { ENGLISH, basic, englishLines, fail, onePagePdf, typeLogin };
