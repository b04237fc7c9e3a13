// Helpers the language modules share to turn their word lists into lookups of normalised words.

/** Lower case with accents folded, as a token's `norm`. */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A space-separated list as a set of folded words. */
export function words(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map(fold),
  );
}

/** Number words from a space-separated list of "word=value" entries. */
export function numbers(list: string): ReadonlyMap<string, number> {
  return new Map(
    list
      .split(/\s+/)
      .filter((w) => w.includes('='))
      .map((entry) => {
        const [word, value] = entry.split('=') as [string, string];
        return [fold(word), Number(value)] as const;
      }),
  );
}

/** The decimal separator a locale writes figures with, as Intl knows it. */
export function decimalOf(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}
