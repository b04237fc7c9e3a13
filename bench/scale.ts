// Bench section "scale": the library at 10,000 and 100,000 articles in Node (fake-indexeddb): upgrading
// from the first schema with damaged records among them, and removing articles from the match index one
// by one and all at once. Articles are synthetic, made of real ECB+ and seed sentences (match-data.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MatchIndex } from '../src/core/match/index';
import { openLibrary } from '../src/store/library';
import { openDatabase } from '../src/store/migrations';
import { loadEcb, loadSeeds, synthetic } from './match-data';
import type { BenchSection, Row } from './types';

const pool = () =>
  [...loadEcb(), ...loadSeeds()].map((e) => e.text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20));

/** A library at schema version 1 holding `count` articles, one in a thousand without a capture time. */
async function firstSchemaLibrary(count: number, sentences: string[][]): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const old = await openDatabase(factory, 'lib', 1);
  for (let start = 0; start < count; start += 1_000) {
    const tx = (old as unknown as IDBDatabase).transaction('articles', 'readwrite');
    for (const [i, e] of synthetic(Math.min(1_000, count - start), sentences, start).entries()) {
      const k = start + i;
      tx.objectStore('articles').put({
        id: `u:synthetic.example/${k}`,
        url: `https://synthetic.example/${k}`,
        canonicalUrl: `synthetic.example/${k}`,
        title: e.text.slice(0, 60),
        siteName: `Synthetic ${k % 40}`,
        byline: null,
        publishedTime: null,
        modifiedTime: null,
        lang: 'en',
        ...(k % 1_000 === 7 ? {} : { capturedAt: '2026-01-01T00:00:00.000Z' }),
        text: e.text,
        paragraphs: e.text.split(/(?<=\.)\s+/).map((text) => ({ kind: 'paragraph', text })),
        partial: false,
      });
    }
    await new Promise((done) => (tx.oncomplete = done));
  }
  old.close();
  return factory;
}

async function upgradeRow(count: number, sentences: string[][]): Promise<Row> {
  const factory = await firstSchemaLibrary(count, sentences);
  const start = performance.now();
  const library = await openLibrary(factory, { name: 'lib' });
  const ms = performance.now() - start;
  const row = {
    case: `upgrade v1 -> current, ${count.toLocaleString('en')} articles`,
    ms: Math.round(ms),
    'per 1,000 (ms)': Math.round((ms / count) * 1_000),
    kept: (await library.articleIds()).length,
    'set aside': (await library.listDamaged()).length,
  };
  library.close();
  return row;
}

function removeRows(count: number, sentences: string[][]): Row[] {
  const entries = synthetic(count, sentences, 11);
  const index = new MatchIndex();
  for (const e of entries) index.add(e);
  const data = index.toJSON();
  let start = performance.now();
  const one = MatchIndex.fromJSON(data);
  const load = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < 500; i++) one.remove(entries[(i * 7919) % count]?.id as string);
  const removeOne = (performance.now() - start) / 500;
  const all = MatchIndex.fromJSON(data);
  start = performance.now();
  for (const e of entries) all.remove(e.id);
  const removeAll = performance.now() - start;
  const cleared = MatchIndex.fromJSON(data);
  start = performance.now();
  cleared.clear();
  const clear = performance.now() - start;
  const n = count.toLocaleString('en');
  return [
    { case: `match index ${n}: load snapshot`, ms: Number(load.toFixed(1)) },
    { case: `match index ${n}: delete one (mean of 500)`, ms: Number(removeOne.toFixed(4)) },
    { case: `match index ${n}: delete all, one by one`, ms: Number(removeAll.toFixed(1)) },
    { case: `match index ${n}: delete all (clear)`, ms: Number(clear.toFixed(3)) },
  ];
}

export async function run(): Promise<BenchSection> {
  const sentences = pool();
  const sizes = (process.env.STORYDIFF_SCALE ?? '10000').split(',').map(Number);
  const rows: Row[] = [];
  for (const size of sizes) {
    rows.push(await upgradeRow(size, sentences));
    rows.push(...removeRows(size, sentences));
  }
  return { name: 'scale (Node, fake-indexeddb)', rows, budgets: [] };
}
