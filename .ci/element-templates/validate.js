// Validates every element-templates/**/*.json against Camunda 7's element-template JSON schema
// (@camunda/element-templates-json-schema, through @bpmn-io/element-templates-validator, the checks
// Camunda Modeler runs when it loads templates). Run by .ci/run; exits 1 on any error.
'use strict';

const fs = require('fs');
const path = require('path');
const { validate, getSchemaPackage, getSchemaVersion } = require('@bpmn-io/element-templates-validator');

const root = path.resolve(__dirname, '../..');
const folder = path.join(root, 'element-templates');
const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(file);
    return entry.name.endsWith('.json') ? [file] : [];
  }).sort();
}

const files = jsonFiles(folder);
const seen = new Map();
let errors = 0;
const fail = (file, where, message) => {
  errors++;
  console.error(`${path.relative(root, file)}: ${where}: ${message}`);
};

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const result = validate(text);
  for (const error of result.errors || []) {
    const pointer = error.instancePath || error.dataPath || '/';
    const line = error.dataPointer && error.dataPointer.value ? ` (line ${error.dataPointer.value.line + 1})` : '';
    fail(file, `${pointer}${line}`, error.message);
  }
  if (!result.object) continue;
  // the project's convention on top of the schema: one template object per file, with its $schema
  if (Array.isArray(result.object)) {
    fail(file, '/', 'one template per file: a JSON object, not an array');
    continue;
  }
  if (result.object.$schema !== SCHEMA) fail(file, '/$schema', `must be ${SCHEMA}`);
  const key = `${result.object.id}@${result.object.version}`;
  if (seen.has(key)) fail(file, '/id', `${key} is already defined by ${path.relative(root, seen.get(key))}`);
  seen.set(key, file);
}

if (files.length === 0) {
  console.error(`no element template found under ${path.relative(root, folder)}/`);
  process.exit(1);
}
if (errors > 0) {
  console.error(`${errors} error(s) in element templates (schema ${getSchemaPackage()}@${getSchemaVersion()})`);
  process.exit(1);
}
console.log(`${files.length} template(s) valid (schema ${getSchemaPackage()}@${getSchemaVersion()})`);
