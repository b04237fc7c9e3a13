// `npm run bench`: runs every section (or those named on the command line), prints one table with the
// budgets marked pass or fail, and writes bench/results.json. Not part of `npm test`: timings are noisy here.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { run as backup } from './backup';
import { run as compare } from './compare';
import { run as extension } from './extension';
import { run as extract } from './extract';
import { run as feeds } from './feeds';
import { run as lang } from './lang';
import { run as match } from './match';
import { met, type BenchSection, type Row } from './types';
import { run as scale } from './scale';

/** Sections in the order they are printed; name some on the command line to run only those. */
const sections: Record<string, () => Promise<BenchSection>> = {
  compare,
  extract,
  match,
  lang,
  extension,
  scale,
  backup,
  feeds,
};

function printTable(rows: Row[]): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (v: string | number | undefined) =>
    v === undefined ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => '| ' + values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.log(line(columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(columns.map((c) => cell(row[c]))));
}

const wanted = process.argv.slice(2);
const results: BenchSection[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const section = await run();
  results.push(section);
  console.log(`\n## ${section.name}\n`);
  printTable(section.rows);
}

const budgets = results.flatMap((s) => s.budgets);
console.log('\n## Budgets\n');
printTable(
  budgets.map((b) => ({
    budget: b.name,
    measured: `${b.measured.toFixed(2)} ${b.unit}`,
    limit: `${b.atLeast ? '≥ ' : ''}${b.limit} ${b.unit}`,
    result: met(b) ? 'pass' : 'FAIL',
  })),
);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nMachine: ${machine}`);
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), machine, sections: results }, null, 2) + '\n',
);
