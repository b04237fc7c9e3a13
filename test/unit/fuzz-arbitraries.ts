// Generators and helpers shared by the fuzz tests of the core: hostile characters, word salad that still
// shares words (so comparisons align), article-like HTML, and a median-of-runs timer for growth ratios.
import fc from 'fast-check';
import { INVISIBLE_CHARACTERS, LONE_SURROGATES } from '../fixtures/hostile';

/** Fixed seed: a failing run can be replayed exactly. */
export const SEED = 20260211;

/** Characters that break naive text handling: controls, invisible, bidi, lone surrogates, RTL, CJK, emoji. */
export const NASTY_CHARS = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\r',
  '\n',
  '\t',
  '\u000B',
  '\u00A0',
  '\u3000',
  '\u2028',
  ...INVISIBLE_CHARACTERS,
  '\u200D',
  ...LONE_SURROGATES,
  '\uDFFF',
  '\u0301',
  'ع',
  'ש',
  '中',
  '。',
  '😀',
  '…',
  '"',
  '“',
  '.',
  '!',
  '?',
  ';',
  '%',
  '$',
  '1',
  '9',
];

/** Words of an invented story, so generated texts share vocabulary and sometimes whole sentences. */
export const WORDS = (
  'the council said storm bridge Marlow harbour closed Wednesday 1,200 residents shelters police ' +
  'engineer Priya divers piers Thursday five days 23 boats sunk ferry Eastbank schools water 4.2 million ' +
  'pounds of to in and a was were on after about said Met Office warning Saturday coastguard rescued'
).split(' ');

/** One character that may be anything, biased towards the nasty ones. */
export const nastyChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', ' ', 'a', 'E') },
);

/** Arbitrary unicode text: any code points, lone surrogates and controls included. */
export const nastyText = (maxLength = 200) => fc.string({ unit: nastyChar, maxLength });

/** A sentence of story words, sometimes with a nasty character inside or a word glued on. */
export const storySentence = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 }),
    fc.constantFrom('.', '.', '!', '?', '', '…'),
    fc.option(nastyChar, { freq: 3 }),
  )
  .map(([words, end, odd]) => {
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    if (odd !== null) words.splice(words.length >> 1, 0, odd);
    return words.join(' ') + end;
  });

/** A text of story sentences in paragraphs (one per line). */
export const storyText = fc
  .array(fc.array(storySentence, { minLength: 1, maxLength: 4 }), { maxLength: 10 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n'));

/** A pair of texts that share some paragraphs (so they often count as the same story) and differ in others. */
export const storyPair = fc
  .tuple(storyText, storyText, storyText)
  .map(([shared, a, b]) => [`${shared}\n${a}`, `${b}\n${shared}`] as const);

/** Deterministic pseudo-random generator (mulberry32) for the large inputs of the growth tests. */
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` plausible sentences over a vocabulary of invented words (Zipf-like), reproducible from `seed`. */
export function sentences(count: number, seed: number): string[] {
  const random = prng(seed);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 16) }, word);
    return `${words.join(' ')}.`.replace(/^w/, 'W');
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/**
 * How many times longer `run(large)` takes than `run(small)`: median of `repeats` alternating runs after a
 * warm-up, so one pause of the shared machine does not decide it. Inputs are built fresh for every run.
 */
export function growth<T>(
  make: (scale: 'small' | 'large') => T,
  run: (input: T) => unknown,
  repeats = 5,
): number {
  const time = (scale: 'small' | 'large') => {
    const input = make(scale);
    const start = performance.now();
    run(input);
    return performance.now() - start;
  };
  time('small');
  time('large');
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < repeats; i++) {
    small.push(time('small'));
    large.push(time('large'));
  }
  // A floor of 1 ms keeps a too-fast small run from turning timer noise into a huge ratio.
  return median(large) / Math.max(1, median(small));
}
