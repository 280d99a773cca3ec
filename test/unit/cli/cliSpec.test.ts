import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp, generalHelp } from '../../../src/cliHelp.js';
import { COMMANDS, OPTIONS, TOP_LEVEL_OPTIONS, type OptionName, type OptionSpec } from '../../../src/cliSpec.js';
import { COMMAND_NAMES, type CommandName } from '../../../src/commandNames.js';
import { KeyguardError } from '../../../src/errors.js';
import { parseCommandLine } from '../../../src/parseCommandLine.js';

const commands = COMMAND_NAMES as readonly CommandName[];
const optionNames = Object.keys(OPTIONS) as OptionName[];

/** What the parser really accepts for `command`, probed option by option (not read from the spec). */
function acceptedBy(command: CommandName): OptionName[] {
  return optionNames.filter((name) => {
    const word = OPTIONS[name].type === 'string' ? `--${name}=text` : `--${name}`;
    try {
      parseCommandLine([command, word]);
      return true;
    } catch (error) {
      if (!(error instanceof KeyguardError)) throw error;
      return !/does not take|unknown option/.test(error.message);
    }
  });
}

/** `-q, --quiet` or `--format FORMAT`, as help shows an option. */
function shownAs(name: OptionName): RegExp {
  const option: OptionSpec = OPTIONS[name];
  return new RegExp(`^  ${option.short === undefined ? '' : `-${option.short}, `}--${name}\\b(?!-)`, 'm');
}

describe('the CLI spec', () => {
  it('describes exactly the commands of COMMAND_NAMES (the launcher\'s list), in its order', () => {
    expect(Object.keys(COMMANDS)).toEqual([...COMMAND_NAMES]);
  });

  it('every option the parser accepts for a command is documented in that command\'s help', () => {
    for (const command of commands) {
      const help = commandHelp(command);
      const accepted = acceptedBy(command);
      expect(accepted, command).toContain('help');
      for (const name of accepted) expect(help, `${command} --${name}`).toMatch(shownAs(name));
      // …and help documents nothing the parser refuses.
      for (const name of optionNames.filter((n) => !accepted.includes(n))) expect(help, `${command} --${name}`).not.toMatch(shownAs(name));
    }
  });

  it('every option is accepted by some command or at the top level; every description is filled in', () => {
    const used = new Set<OptionName>([...TOP_LEVEL_OPTIONS, ...commands.flatMap(acceptedBy)]);
    expect([...used].sort()).toEqual([...optionNames].sort());
    for (const name of optionNames) expect(OPTIONS[name].description.length, name).toBeGreaterThan(5);
  });

  it('general help lists every command with its summary, and the top-level options', () => {
    const help = generalHelp();
    for (const command of commands) expect(help, command).toMatch(new RegExp(`^  ${command}\\b(?!-)`, 'm'));
    for (const name of TOP_LEVEL_OPTIONS) expect(help).toMatch(shownAs(name));
  });

  it('help fits 80 columns', () => {
    for (const text of [generalHelp(), ...commands.map(commandHelp)]) {
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it("each command's examples parse", () => {
    for (const command of commands) {
      for (const example of COMMANDS[command].examples) {
        // The shell's part: a comment, npx, a pipe into keyguard, a redirection of its output.
        const line = example.replace(/\s+#.*$/, '').replace(/^npx /, '').replace(/^.*\| /, '').replace(/ > \S+$/, '');
        const words = (line.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"(.*)"$/, '$1'));
        expect(words[0], example).toBe('keyguard');
        const argv = words.slice(1);
        expect(() => parseCommandLine(argv), example).not.toThrow();
      }
    }
  });
});

describe("the documented command reference (docs/commands.md)", () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../docs/commands.md'), 'utf8');
  const start = readme.indexOf('## Command reference');
  const reference = readme.slice(start, readme.indexOf('\n## ', start));

  it('has a row per command naming every option it accepts', () => {
    expect(start).toBeGreaterThan(0);
    for (const command of commands) {
      const row = reference.split('\n').find((line) => line.startsWith(`| \`${command}`));
      expect(row, command).toBeDefined();
      for (const name of acceptedBy(command).filter((n) => n !== 'help')) expect(row, `${command} --${name}`).toMatch(new RegExp(`--${name}\\b(?!-)`));
    }
    for (const text of ['--help', '`-h`', '--version', '`-V`', '`--`']) expect(reference).toContain(text);
  });
});
