// End-to-end test of `softrlite serve`, written as an app's own test suite would be: Node's built-in fetch and
// node:test, no npm packages. Run: SOFTRLITE_CLI=path/to/SoftrLite.Cli.dll node --test e2e/node/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const cli = process.env.SOFTRLITE_CLI;
let server;
let base;
let workspaceId;
let exitCode;

async function api(method, path, body, apiKey) {
  const headers = { 'content-type': 'application/json' };
  if (apiKey) headers['Softr-Api-Key'] = apiKey;
  const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : null };
}

before(async () => {
  assert.ok(cli, 'set SOFTRLITE_CLI to the built SoftrLite.Cli.dll');
  server = spawn('dotnet', [cli, 'serve', '--port', '0', '--in-memory'], { stdio: ['ignore', 'pipe', 'inherit'] });
  server.on('exit', (code) => { exitCode = code; });
  const lines = createInterface({ input: server.stdout });
  const startup = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no startup line within 60 s')), 60_000);
    lines.once('line', (line) => { clearTimeout(timer); resolve(line); });
  });
  const match = /^softrlite listening on (http:\/\/127\.0\.0\.1:\d+) \(workspace ([0-9a-f-]{36})\)$/.exec(startup);
  assert.ok(match, `unexpected startup line: ${startup}`);
  base = match[1];
  workspaceId = match[2];
  lines.on('line', () => {}); // the request log
});

after(() => {
  if (server && exitCode === undefined) server.kill('SIGKILL');
});

const state = {};

test('creates a database and tables with a select, a link and a formula', async () => {
  const db = await api('POST', '/api/v1/databases', { workspaceId, name: 'CRM' });
  assert.equal(db.status, 200);
  assert.equal(db.type, 'application/json; charset=utf-8');
  state.db = db.body.data.id;

  const companies = await api('POST', `/api/v1/databases/${state.db}/tables`, {
    name: 'Companies',
    fields: [
      { name: 'Name', type: 'SINGLE_LINE_TEXT' },
      { name: 'Stage', type: 'SELECT', options: { choices: [{ label: 'Lead' }, { label: 'Customer' }] } },
    ],
  });
  assert.equal(companies.status, 200);
  state.companies = companies.body.data.id;

  const contacts = await api('POST', `/api/v1/databases/${state.db}/tables`, {
    name: 'Contacts',
    fields: [{ name: 'Name', type: 'SINGLE_LINE_TEXT' }, { name: 'Age', type: 'NUMBER' }],
  });
  assert.equal(contacts.status, 200);
  state.contacts = contacts.body.data.id;

  const link = await api('POST', `/api/v1/databases/${state.db}/tables/${state.contacts}/fields`, {
    name: 'Company', type: 'LINKED_RECORD', options: { linkedTableId: state.companies },
  });
  assert.equal(link.status, 200);
  const formula = await api('POST', `/api/v1/databases/${state.db}/tables/${state.contacts}/fields`, {
    name: 'Next year', type: 'FORMULA', options: { formula: '{Age} + 1' },
  });
  assert.equal(formula.status, 200);
});

test('writes and reads records: select label, link, formula', async () => {
  const acme = await api('POST', `/api/v1/databases/${state.db}/tables/${state.companies}/records?fieldNames=true`, {
    fields: { Name: 'Acme', Stage: 'customer' },
  });
  assert.equal(acme.status, 200);
  state.acme = acme.body.data.id;
  assert.equal(acme.body.data.fields.Stage.label, 'Customer');
  assert.match(acme.body.data.fields.Stage.id, /^[A-Za-z0-9]{5}$/);

  const ada = await api('POST', `/api/v1/databases/${state.db}/tables/${state.contacts}/records?fieldNames=true`, {
    fields: { Name: 'Ada', Age: 36, Company: [state.acme] },
  });
  assert.equal(ada.status, 200);
  state.ada = ada.body.data.id;

  const read = await api('GET', `/api/v1/databases/${state.db}/tables/${state.contacts}/records/${state.ada}?fieldNames=true`);
  assert.equal(read.status, 200);
  assert.deepEqual(read.body.data.fields.Company, [{ id: state.acme, label: 'Acme' }]);
  assert.equal(read.body.data.fields['Next year'], 37);
});

test('searches and pages with offset and limit until metadata.total', async () => {
  const many = Array.from({ length: 25 }, (_, i) => ({ fields: { Name: `Person ${i}`, Age: i } }));
  for (const record of many) {
    const created = await api('POST', `/api/v1/databases/${state.db}/tables/${state.contacts}/records`, record);
    assert.equal(created.status, 200);
  }

  const search = await api('POST', `/api/v1/databases/${state.db}/tables/${state.contacts}/records/search?fieldNames=true`, {
    filter: { condition: { leftSide: 'Age', operator: 'GREATER_THAN_OR_EQUALS', rightSide: 20 } },
  });
  assert.equal(search.status, 200);
  assert.equal(search.body.metadata.total, 6); // Ada (36) and Person 20..24

  const seen = [];
  let offset = 0;
  for (;;) {
    const page = await api('GET', `/api/v1/databases/${state.db}/tables/${state.contacts}/records?offset=${offset}&limit=10`);
    assert.equal(page.status, 200);
    seen.push(...page.body.data.map((r) => r.id));
    offset += page.body.data.length;
    if (page.body.data.length === 0 || offset >= page.body.metadata.total) break;
  }
  assert.equal(seen.length, 26);
  assert.equal(new Set(seen).size, 26);
});

test('answers bad input with the error body', async () => {
  const bad = await api('PATCH', `/api/v1/databases/${state.db}/tables/${state.contacts}/records/${state.ada}`, { fields: { Age: 'old' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errorCode, 'VALIDATION_ERROR');
  assert.equal(typeof bad.body.message, 'string');
  assert.equal(typeof bad.body.details.fieldId, 'string');
});

test('snapshot, change, restore; then reset', async () => {
  const snapshot = await fetch(`${base}/_softrlite/snapshots`, { method: 'POST' }).then((r) => r.json());
  const path = `/api/v1/databases/${state.db}/tables/${state.contacts}/records/${state.ada}`;
  const deleted = await api('DELETE', path);
  assert.equal(deleted.status, 204);
  assert.equal((await api('GET', path)).status, 404);

  const restored = await fetch(`${base}/_softrlite/snapshots/${snapshot.snapshotId}/restore`, { method: 'POST' });
  assert.equal(restored.status, 200);
  assert.equal((await api('GET', path)).status, 200);

  const reset = await fetch(`${base}/_softrlite/reset`, { method: 'POST' });
  assert.equal(reset.status, 200);
  const list = await api('GET', '/api/v1/databases');
  assert.equal(list.body.metadata.total, 0);
});

test('stops on SIGTERM with exit code 0', async () => {
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const [code] = await exited;
  assert.equal(code, 0);
});
