// Where tests and benchmarks find things: the repository, its build, and ../shared (read in place).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared data beside the project: seeds and corpora, never copied into the project. */
export const SHARED = resolve(ROOT, '..', 'shared');
/** The five seed stories. */
export const SEEDS = resolve(SHARED, 'seeds');
/** ECB+ development articles (one JSON object per line: id, story, text), read in place. */
export const ECBPLUS_ARTICLES = resolve(SHARED, 'corpora', 'ecbplus-dev', 'articles.jsonl');
/** Built extension for Chromium. */
export const DIST_CHROME = resolve(ROOT, 'dist', 'chrome');
/** Built extension for Firefox. */
export const DIST_FIREFOX = resolve(ROOT, 'dist', 'firefox');
/** Where e2e runs write screenshots. */
export const RESULTS = resolve(ROOT, 'test-results');
/** Realistic pages, one folder per case. */
export const PAGES = resolve(ROOT, 'test', 'fixtures', 'pages');
/** Alias of ROOT, for code that names it so. */
export const REPO_ROOT = ROOT;
/** The popup page inside a build (the manifest names none: the worker opens it on a click). */
export const POPUP_PAGE = 'src/ui/popup/index.html';
