// Writes N strategies the way users write them: each a shipped template as
// `smplan init --template … --yes` writes it, renamed for its company, with
// three values `smplan track` recorded for its first goal. A third stay plain, a third carry a folded block
// scalar (`objective: >-`) and a comment block, a third have CRLF line ends;
// every fifth has a finding (a goal without a deadline). Deterministic for a
// given N, so runs compare like with like.
// Usage: node bench/generate-corpus.js <count> <folder>
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [count = '10000', folder = 'bench/.corpus/10000'] = process.argv.slice(2);
const root = new URL('../templates/', import.meta.url);
const templates = await Promise.all((await readdir(root)).sort().map((name) => readFile(new URL(name, root), 'utf8')));

const COMMENT_BLOCK = '# Abgestimmt mit der Geschäftsführung im Januar.\n# Nächste Überprüfung: siehe next_review.\n';

function strategy(index) {
  let text = templates[index % templates.length].replace(/^(company:\s*\{?\s*name:\s*)([^,}\n]+)/m, `$1Kunde ${index}`);
  // On track: an eighth of the way every ten days of January from the first goal's baseline to its target.
  const [baseline, target] = ['baseline', 'target'].map((key) => Number(new RegExp(`^ {6}${key}: (\\S+)$`, 'm').exec(text)[1]));
  const values = [1, 2, 3].map((month) => Math.round(baseline + ((target - baseline) * month) / 8));
  text = text.replace(/^( {6}deadline: \S+\n)/m, (line) => `${line}    measurements:\n${values.map((value, at) => `      - date: 2027-01-${String(at * 10 + 10)}\n        value: ${value}\n`).join('')}`);
  const style = index % 3;
  if (style === 1) {
    text = COMMENT_BLOCK + text.replace(/^( {4}objective: )(.+)$/m, (_, key, objective) => `${key}>-\n      ${objective}\n      (measured every month)`);
  }
  if (index % 5 === 0) text = text.replace(/^( +)deadline: \S+\n/m, '').replace(/, deadline: [0-9-]+\}/, '}');
  if (style === 2) text = text.replace(/\n/g, '\r\n');
  return text;
}

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const total = Number(count);
for (let index = 0; index < total; index++) {
  await writeFile(join(folder, `s${String(index).padStart(5, '0')}.smplan.yaml`), strategy(index));
}
console.log(`wrote ${total} strategies to ${folder}`);
