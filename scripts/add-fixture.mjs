#!/usr/bin/env node
// Adds an extraction fixture, like Readability's test-pages script: copies a saved page to
// test/fixtures/pages/NAME/source.html and writes expected.json from what extraction gives today.
// Review expected.json by hand before committing: it is the golden file the tests hold the code to.
//
//   node scripts/add-fixture.mjs NAME PAGE.html [--force]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, page, ...flags] = process.argv.slice(2);
if (!name || !page || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error(
    'usage: node scripts/add-fixture.mjs NAME PAGE.html [--force]   (NAME: lower-case, digits, dashes)',
  );
  process.exit(2);
}
const folder = join(root, 'test', 'fixtures', 'pages', name);
if (existsSync(folder) && !flags.includes('--force')) {
  console.error(`${folder} exists; pass --force to overwrite it`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
const source = join(folder, 'source.html');
copyFileSync(page, source);

// Extract through the command line so the fixture records exactly what users get. Exit code 1 means
// "not an article", which is a fixture too.
let output;
try {
  output = execFileSync(process.execPath, [join(root, 'bin', 'storydiff'), 'extract', source], {
    encoding: 'utf8',
  });
} catch (error) {
  if (error.status !== 1 || !error.stdout) throw error;
  output = error.stdout;
}
const { file: _file, error, ...article } = JSON.parse(output.trim().split('\n')[0]);
const expected = error ? { ok: false, reason: 'not-article', message: error } : article;
writeFileSync(join(folder, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
console.log(
  error
    ? `${name}: not an article (${error})`
    : `${name}: "${article.title}", ${article.paragraphs.length} paragraphs; review ${join(folder, 'expected.json')}`,
);
