// The storydiff command line: the same core as the extension, run in Node. See DESIGN.md for the contract.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { processIO, type CliIO } from './io';
import type { runCompare as RunCompare } from './commands/compare';
import type { runExtract as RunExtract } from './commands/extract';
import type { runFeed as RunFeed } from './commands/feed';
import type { runMatch as RunMatch } from './commands/match';

// Each command is loaded only when it runs: Node's start-up is most of a short run's time, and the
// commands' libraries (a DOM, Readability, jsdiff) are not all needed by every command.
const runExtract: typeof RunExtract = async (...args) =>
  (await import('./commands/extract')).runExtract(...args);
const runCompare: typeof RunCompare = async (...args) =>
  (await import('./commands/compare')).runCompare(...args);
const runMatch: typeof RunMatch = async (...args) => (await import('./commands/match')).runMatch(...args);
const runFeed: typeof RunFeed = async (...args) => (await import('./commands/feed')).runFeed(...args);

const VERSION = '0.1.0';

function program(io: CliIO): Command {
  const root = new Command('storydiff')
    .description('Compare versions of a news story: what each one reports that the other leaves out.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run storydiff --help for usage)');

  root
    .command('extract')
    .description(
      'extract the article (title, byline, dates, paragraphs) from saved HTML pages; one JSON line per file',
    )
    .argument('<files...>', 'HTML files')
    .option('--json', 'print one JSON object per line (the default)')
    .option('--url <url>', 'the page address, when the file does not say it')
    .action((files: string[], options) => runExtract(files, options, io));

  root
    .command('compare')
    .description('compare two versions of a story: facts only in one, changed details, word-level diffs')
    .argument('[base]', 'the version being read: .html (extracted first) or .txt (one paragraph per line)')
    .argument('[other]', 'the version to compare against')
    .option('--json', 'print the Comparison as JSON (the default)')
    .option('--markdown', 'print a Markdown report')
    .option('--html', 'print a self-contained HTML report')
    .option(
      '--pairs <file>',
      'batch: JSON lines {"id","base","other"}; prints one result line per pair, with its id',
    )
    .option('--lang <tag>', 'the language of both versions ("de"), instead of the one detected')
    .action((base: string | undefined, other: string | undefined, options) =>
      runCompare(
        [base, other].filter((f): f is string => f !== undefined),
        options,
        io,
      ),
    );

  root
    .command('match')
    .description('rank the articles of a library that report the same story as the query')
    .argument(
      '[query]',
      'the query article: .html (extracted first), .txt (one paragraph per line) or .json (one library object)',
    )
    .requiredOption(
      '--library <file>',
      'library: JSON lines {"id","text","title"?,"url"?,"published"?,"lang"?}',
    )
    .option('--queries <file>', 'batch: JSON lines in the library format; a query never matches its own id')
    .option('--top <n>', 'how many matches to print per query', '10')
    .option(
      '--lang <tag>',
      'the language of every article ("de"), instead of each line\'s "lang" or the one detected',
    )
    .option('--json', 'print one JSON line per query (the default)')
    .action((query: string | undefined, options) => runMatch(query, options, io));

  root
    .command('feed')
    .description(
      'read a saved feed (RSS, RSS 1.0, Atom, JSON Feed) as the extension does; one JSON line per item',
    )
    .argument('<file>', 'the feed file')
    .option('--url <url>', 'the address it was saved from, to resolve relative links')
    .action((file: string, options) => runFeed(file, options, io));

  return root;
}

/** Runs the command line on `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the run successfully; everything else commander raises is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.err(`storydiff: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`storydiff: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && /storydiff(\.mjs)?$/.test(process.argv[1]);
if (invokedDirectly) {
  process.exitCode = await run(process.argv.slice(2));
}
