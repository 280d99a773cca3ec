import { COMMANDS, OPTIONS, optionsOf, TOP_LEVEL_OPTIONS, type OptionName, type OptionSpec } from './cliSpec.js';
import { COMMAND_NAMES, isCommandName, type CommandName } from './commandNames.js';
import { oneOf } from './messages.js';

/**
 * `keyguard help` and `keyguard help <command>` / `keyguard <command> --help`, written from
 * src/cliSpec.ts, the table the parser accepts: every accepted option is documented here by
 * construction. Loaded only when help is asked for (src/cli.ts imports it lazily), so the hook's
 * start-up does not pay for text it does not print. Lines stay within 80 columns.
 */
const WIDTH = 80;
const COLUMN = 24;

const EXIT_CODES = 'Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage/config/git/internal error.';

export function generalHelp(): string {
  const commands = COMMAND_NAMES.filter(isCommandName).map((name) => entry(`${name}${argsOf(name)}`, COMMANDS[name].summary));
  return [
    'Usage: keyguard <command> [options]',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...TOP_LEVEL_OPTIONS.map((name) => entry(flagsOf(name), OPTIONS[name].description)),
    '',
    ...wrap('Run `keyguard help <command>` (or `keyguard <command> --help`) for its options and examples.', 0),
    ...wrap(EXIT_CODES, 0),
    '',
  ].join('\n');
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name];
  return [
    `Usage: keyguard ${name}${spec.options.length > 0 ? ' [options]' : ''}${argsOf(name)}`,
    '',
    ...wrap(`${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.`, 0),
    '',
    'Options:',
    ...optionsOf(name).map((option) => entry(flagsOf(option), describe(name, option))),
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
    ...wrap(EXIT_CODES, 0),
    '',
  ].join('\n');
}

function argsOf(name: CommandName): string {
  const { args, synopsis = args?.usage } = COMMANDS[name];
  return synopsis === undefined ? '' : ` ${synopsis}`;
}

/** `-q, --quiet`, `--format FORMAT`. */
function flagsOf(name: OptionName): string {
  const option: OptionSpec = OPTIONS[name];
  const long = `--${name}${option.value === undefined ? '' : ` ${option.value}`}`;
  return option.short === undefined ? long : `-${option.short}, ${long}`;
}

function describe(command: CommandName, option: OptionName): string {
  const formats = COMMANDS[command].formats;
  if (option !== 'format' || formats === undefined) return OPTIONS[option].description;
  const sarif = formats.includes('sarif') ? '; sarif: SARIF 2.1.0, for GitHub code scanning' : '';
  return `${OPTIONS.format.description}: ${oneOf(formats)} (default: ${formats[0]})${sarif}`;
}

/** `  name                  description`, the description wrapped under its column. */
function entry(left: string, description: string): string {
  const lines = wrap(description, COLUMN);
  const head = `  ${left}`;
  if (head.length < COLUMN) return [`${head.padEnd(COLUMN)}${lines[0]!.trimStart()}`, ...lines.slice(1)].join('\n');
  return [head, ...lines].join('\n');
}

/** Words into lines of at most WIDTH columns, each indented by `indent`. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(' '.repeat(indent) + line);
  return lines;
}
