import { parseArgs } from 'node:util';
import { closest } from './closest.js';
import { COMMANDS, OPTIONS, optionsOf, TOP_LEVEL_OPTIONS, type OptionName, type OptionSpec } from './cliSpec.js';
import { COMMAND_NAMES, isCommandName, type CommandName } from './commandNames.js';
import type { OutputFormat } from './commands/types.js';
import { KeyguardError } from './errors.js';
import * as messages from './messages.js';

/*
 * Why hand-written on node:util parseArgs rather than a CLI library: measured (Node 20, each parser
 * bundled by esbuild as dist/keyguard.cjs is, parsing `check-staged -q` with per-command options;
 * CPU time of loading and running the bundle, median of 100 runs, no code cache): node:util
 * parseArgs alone 3.1 ms, this module with src/cliSpec.ts and src/messages.ts 5.0 ms, cac 6.7.14
 * 6.0 ms, commander 14.0.3 17.3 ms (a 57 kB bundle). commander also suggests names ("Did you mean
 * --format?") but exits 1 on a usage error, our "blocking findings" code, unless overridden, and
 * words its errors itself; cac has no suggestions and throws with a stack on an unknown option.
 * The whole hook (`check-staged -q`, code cache warm, medians of 60-80 runs) showed no difference
 * between the old global parseArgs table and this (198 vs 209, 223 vs 224, 230 vs 226 ms CPU: noise).
 */

/** What `keyguard …` asks for, checked against src/cliSpec.ts: nothing unknown, nothing ignored. */
export interface Invocation {
  readonly command: CommandName;
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<OptionName>;
  readonly strings: Readonly<Partial<Record<OptionName, string>>>;
  /** The validated --format (the command's default when not given); undefined if it takes none. */
  readonly format: OutputFormat | undefined;
  /** help: the command to show the help of; undefined for the list of commands. */
  readonly topic?: CommandName;
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;
type OptionToken = Extract<Token, { kind: 'option' }>;

/**
 * The union of every command's options, for node:util parseArgs in its lenient mode: it only splits
 * the words (`--format=json`, `--format json`, `-qv`, `--`), and this module judges each against the
 * command's own table. Its strict mode would judge against the union, and word its errors itself
 * ("Unknown option '--fromat'. To specify a positional argument starting with a '-', place it at
 * the end of the command after '--', as in '-- \"--fromat\"").
 */
const PARSE_TABLE = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, option]) => [name, 'short' in option ? { type: option.type, short: option.short } : { type: option.type }]),
);

/**
 * argv → Invocation, or a usage KeyguardError naming the first word at fault. Options may come
 * before the command (`keyguard --format json check-staged`); `--` ends the options (paths that
 * start with `-`); -h/--help anywhere shows the command's help. No command: help, or -V/--version.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const { tokens } = parseArgs({ args: [...argv], options: PARSE_TABLE, strict: false, allowPositionals: true, tokens: true });
  const at = commandIndex(tokens);
  const word = at === -1 ? undefined : (tokens[at] as { value: string }).value;
  // `--fromat json check-staged`: "json" is no command because the option before it is at fault.
  if (word !== undefined && !isCommandName(word)) checkOptions(tokens.slice(0, at), undefined);
  const named = word === undefined ? undefined : asCommand(word);
  const rest = tokens.filter((_, index) => index !== at);
  const options = rest.filter((t): t is OptionToken => t.kind === 'option');
  if (options.some((t) => t.name === 'help')) return helpFor(named);
  const { flags, strings } = checkOptions(options, named);
  const command: CommandName = named ?? (flags.has('version') ? 'version' : 'help');
  const positionals = rest.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  checkPositionals(command, positionals);
  const invocation = { command, positionals, flags, strings, format: checkFormat(command, strings.format) };
  return command === 'help' && positionals[0] !== undefined ? { ...invocation, topic: asCommand(positionals[0]) } : invocation;
}

function asCommand(word: string): CommandName {
  if (isCommandName(word)) return word;
  throw usage(messages.unknownCommand(word, closest(word, COMMAND_NAMES)), undefined);
}

/** The first word that is not an option or an option's value, before any `--`; -1 if none. */
function commandIndex(tokens: readonly Token[]): number {
  const end = tokens.findIndex((t) => t.kind === 'option-terminator');
  const at = tokens.findIndex((t) => t.kind === 'positional');
  return at !== -1 && (end === -1 || at < end) ? at : -1;
}

function helpFor(command: CommandName | undefined): Invocation {
  const topic = command === 'help' ? undefined : command;
  return { command: 'help', positionals: topic === undefined ? [] : [topic], flags: new Set(), strings: {}, format: undefined, topic };
}

/** Each option against what `command` (or, without one, the top level) accepts, in the order given. */
function checkOptions(tokens: readonly Token[], command: CommandName | undefined) {
  const accepted = command === undefined ? TOP_LEVEL_OPTIONS : optionsOf(command);
  const flags = new Set<OptionName>();
  const strings: Partial<Record<OptionName, string>> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = acceptedName(token, accepted, command);
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw usage(messages.optionTakesNoValue(token.rawName, token.value), command);
      flags.add(name);
      continue;
    }
    const value = stringValue(token, command);
    checkValue(token.rawName, value, OPTIONS[name], command);
    const earlier = strings[name];
    if (earlier !== undefined && earlier !== value) throw usage(messages.optionRepeated(token.rawName, earlier, value), command);
    strings[name] = value;
  }
  return { flags, strings };
}

function acceptedName(token: OptionToken, accepted: readonly OptionName[], command: CommandName | undefined): OptionName {
  const name = accepted.find((n) => n === token.name);
  if (name !== undefined) return name;
  const takers = COMMAND_NAMES.filter((c) => isCommandName(c) && COMMANDS[c].options.some((n) => n === token.name));
  if (takers.length > 0) throw usage(messages.optionNotTaken(token.rawName, command, takers), command);
  // A single letter is too short to guess from; a long name is compared with the accepted long names
  // (before the command, with every option: `keyguard --fromat json check-staged`).
  const candidates = command === undefined ? Object.keys(OPTIONS) : accepted;
  const suggestion = token.rawName.startsWith('--') ? closest(token.name, candidates) : undefined;
  throw usage(messages.unknownOption(token.rawName, command, suggestion === undefined ? undefined : `--${suggestion}`), command);
}

/**
 * A string option's value. `--format --quiet` is a forgotten value, not the format "--quiet" (node's
 * strict mode judges the same); a value that starts with `-` is given as `--reason=-x`.
 */
function stringValue(token: OptionToken, command: CommandName | undefined): string {
  const { value } = token;
  if (value === undefined || (token.inlineValue === false && value.startsWith('-'))) {
    const formats = token.name === 'format' && command !== undefined ? COMMANDS[command].formats : undefined;
    throw usage(messages.optionNeedsValue(token.rawName, formats), command);
  }
  return value;
}

/** A value out of an option's list (`--fail-on blok`) is refused like an unknown --format. */
function checkValue(rawName: string, value: string, option: OptionSpec, command: CommandName | undefined): void {
  const allowed = option.values;
  if (allowed !== undefined && !allowed.includes(value)) throw usage(messages.badOptionValue(rawName, value, allowed, closest(value, allowed)), command);
}

function checkPositionals(command: CommandName, positionals: readonly string[]): void {
  const args = COMMANDS[command].args;
  const max = args?.max ?? 0;
  if (positionals.length > max) throw usage(messages.unexpectedArgument(positionals[max]!, command, args?.usage), command);
  if (args !== undefined && positionals.length < args.min) throw usage(args.missing ?? messages.missingArgument(command, args.usage), command);
}

function checkFormat(command: CommandName, given: string | undefined): OutputFormat | undefined {
  const allowed = COMMANDS[command].formats;
  if (allowed === undefined) return undefined;
  const found = given === undefined ? allowed[0] : allowed.find((f) => f === given);
  if (found !== undefined) return found;
  throw usage(messages.badFormat(String(given), command, allowed, closest(String(given), allowed)), command);
}

function usage(message: string, command: CommandName | undefined): KeyguardError {
  return new KeyguardError('usage', message, { hint: messages.helpHint(command) });
}
