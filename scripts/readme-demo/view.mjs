#!/usr/bin/env node
/**
 * Makes the README's `bench view` screenshots (docs/view.png, docs/view-compare.png) and its 80-column terminal table
 * from real runs: three runs of the shipped medical suite against three scripted models on a
 * loopback OpenAI-compatible server (each right on a set share of items, with a set delay; the
 * small domain model improves from run to run), then `bench view` in headless Chromium.
 *
 *   npm run build && node scripts/readme-demo/view.mjs [--out docs/view.png]
 *
 * Needs playwright-core (a dev dependency) and Chromium at /usr/bin/chromium (or $CHROMIUM).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'dist/cli/main.js');
const png = path.resolve(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : path.join(ROOT, 'docs/view.png'));
const items = fs.readFileSync(path.join(ROOT, 'tasks/medical/items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** Share of items each model gets right, per run; its delay in ms. */
const MODELS = { 'gpt-big': { right: [0.9, 0.91, 0.9], ms: 60 }, 'med-small': { right: [0.72, 0.8, 0.86], ms: 15 }, 'tiny-generic': { right: [0.62, 0.6, 0.63], ms: 8 } };
/** The run being made (0, 1, 2): the runs are sequential, so the server reads it from here. */
let night = 0;
const unit = (s) => createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const r = JSON.parse(body);
    const id = r.model;
    const prompt = r.messages.at(-1).content;
    const item = items.find((it) => prompt.includes(it.question));
    const letters = Object.keys(item.choices);
    const right = unit(`${id}/${item.id}`) < MODELS[id].right[night];
    const letter = right ? item.answer : letters[(letters.indexOf(item.answer) + 1) % letters.length];
    const text = `The best option is ${letter}.\nAnswer: ${letter}`;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (o) => res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', model: r.model, ...o })}\n\n`);
      chunk({ choices: [{ index: 0, delta: { role: 'assistant' } }] });
      for (const part of text.match(/.{1,8}/gs)) chunk({ choices: [{ index: 0, delta: { content: part } }] });
      chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
      chunk({ choices: [], usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: Math.ceil(text.length / 4) } });
      res.end('data: [DONE]\n\n');
    }, MODELS[id].ms * (0.7 + 0.6 * unit(`${id}/${item.id}/ms`)));
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/v1`;

function bench(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code, out, child }));
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-view-demo-'));
let last = '';
for (night = 0; night < 3; night++) {
  fs.writeFileSync(path.join(dir, 'models.yaml'), `models:
  - { id: gpt-big, provider: openai, model: gpt-big, base_url: ${base}, params_b: 70, tuned: generic, price: { input_per_mtok: 2.5, output_per_mtok: 10 } }
  - { id: med-small, provider: openai, model: med-small, base_url: ${base}, params_b: 1.5, tuned: domain, price: { per_hour: 0.6 } }
  - { id: tiny-generic, provider: openai, model: tiny-generic, base_url: ${base}, params_b: 0.5, tuned: generic, price: { per_hour: 0.3 } }
`);
  const res = await bench(['run', '--suite', 'medical', '--tasks', path.join(ROOT, 'tasks'), '--no-cache', '--no-progress'], { COLUMNS: '80' });
  if (res.code !== 0) throw new Error(`bench run exited ${res.code}`);
  last = res.out;
}
process.stdout.write(`The last run's terminal output at 80 columns:\n\n${last}\n`);

const view = spawn(process.execPath, [BIN, 'view', 'results', '--port', '0'], { cwd: dir });
const url = await new Promise((resolve) => view.stdout.on('data', (d) => { const m = String(d).match(/http:\/\/127\.0\.0\.1:\d+\//); if (m) resolve(m[0]); }));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: png, fullPage: true });
// The compare page of the two newest runs (the picker's default pair).
await Promise.all([page.waitForURL(/\/compare\?/), page.click('form.picker button')]);
await page.screenshot({ path: png.replace(/\.png$/, '-compare.png'), fullPage: true });
await browser.close();
view.kill('SIGINT');
server.close();
process.stdout.write(`wrote ${png} (from ${dir})\n`);
