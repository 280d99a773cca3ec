import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { parseCommandLine } from '../../../src/parseCommandLine.js';

/** The usage error's message and hint, or a failure if argv parses. */
function refused(argv: readonly string[]): { message: string; hint: string | undefined } {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof KeyguardError && error.code === 'usage') return { message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseCommandLine: commands', () => {
  it('no arguments, -h and --help show help; -V and --version the version', () => {
    expect(parseCommandLine([])).toMatchObject({ command: 'help', positionals: [] });
    expect(parseCommandLine(['-h']).command).toBe('help');
    expect(parseCommandLine(['--help']).command).toBe('help');
    expect(parseCommandLine(['-V']).command).toBe('version');
    expect(parseCommandLine(['--version']).command).toBe('version');
    expect(parseCommandLine(['version']).command).toBe('version');
  });

  it('<command> --help / -h and help <command> ask for that command\'s help', () => {
    expect(parseCommandLine(['check-staged', '--help'])).toMatchObject({ command: 'help', positionals: ['check-staged'] });
    expect(parseCommandLine(['scan', '-h', '--bogus'])).toMatchObject({ command: 'help', positionals: ['scan'] });
    expect(parseCommandLine(['help', 'scrub'])).toMatchObject({ command: 'help', positionals: ['scrub'] });
  });

  it('an unknown command, also after help, names the closest one', () => {
    expect(refused(['chek-staged'])).toEqual({ message: 'unknown command "chek-staged"; did you mean check-staged?', hint: 'Run `keyguard help`.' });
    expect(refused(['help', 'scna']).message).toBe('unknown command "scna"; did you mean scan?');
    expect(refused(['help', 'nosuch']).message).toBe('unknown command "nosuch"');
  });

  it('options may come before the command', () => {
    expect(parseCommandLine(['--format', 'json', 'check-staged'])).toMatchObject({ command: 'check-staged', format: 'json' });
    expect(refused(['--fromat', 'json', 'check-staged']).message).toBe('unknown option --fromat; did you mean --format?');
  });
});

describe('parseCommandLine: options', () => {
  it('--format=json and --format json are the same; the default is the first value', () => {
    expect(parseCommandLine(['check-staged', '--format=json']).format).toBe('json');
    expect(parseCommandLine(['check-staged', '--format', 'sarif']).format).toBe('sarif');
    expect(parseCommandLine(['check-staged']).format).toBe('text');
    expect(parseCommandLine(['baseline']).format).toBeUndefined();
  });

  it('an unknown option is named with the command and the closest accepted option', () => {
    expect(refused(['check-staged', '--fromat', 'json'])).toEqual({
      message: 'unknown option --fromat for check-staged; did you mean --format?',
      hint: 'Run `keyguard help check-staged`.',
    });
    expect(refused(['init', '--no-instal']).message).toBe('unknown option --no-instal for init; did you mean --no-install?');
    expect(refused(['scan', '--colour']).message).toBe('unknown option --colour for scan; did you mean --color?');
    expect(refused(['check-staged', '-qx']).message).toBe('unknown option -x for check-staged');
  });

  it("an option of other commands is rejected, never ignored", () => {
    expect(refused(['rules', '--all']).message).toBe('rules does not take --all (scan-history or scrub take it)');
    expect(refused(['scan', '-v']).message).toBe('scan does not take -v (check-staged or check-files take it)');
    expect(refused(['check-staged', '--reason', 'x']).message).toBe('check-staged does not take --reason (baseline takes it)');
    expect(refused(['baseline', '--format', 'json']).message).toBe('baseline does not take --format');
    expect(refused(['rules', '--no-color']).message).toMatch(/^rules does not take --no-color/);
    expect(refused(['-q']).message).toBe('-q goes after a command (check-staged, check-files or scan take it): keyguard <command> -q');
    expect(refused(['check-staged', '--version']).message).toBe('unknown option --version for check-staged');
  });

  it('-qv clusters, negative booleans and repeated booleans', () => {
    const run = parseCommandLine(['check-staged', '-qv', '--no-color', '-q']);
    expect([...run.flags].sort()).toEqual(['no-color', 'quiet', 'verbose']);
    expect(parseCommandLine(['scan', '-q']).flags.has('quiet')).toBe(true);
  });

  it('a string option needs a value, given once; a boolean takes none', () => {
    expect(refused(['check-staged', '--format']).message).toBe('--format needs a value: text, json or sarif (--format VALUE or --format=VALUE)');
    expect(refused(['check-staged', '--format', '--quiet']).message).toMatch(/^--format needs a value/);
    expect(refused(['baseline', '--reason']).message).toBe('--reason needs a value (--reason VALUE or --reason=VALUE)');
    expect(parseCommandLine(['baseline', '--reason=-revoked-']).strings.reason).toBe('-revoked-');
    expect(refused(['scan-history', '--format', 'json', '--format', 'sarif']).message).toBe('--format given twice ("json", then "sarif"): give it once');
    expect(parseCommandLine(['scan-history', '--format', 'json', '--format=json']).format).toBe('json');
    expect(refused(['check-staged', '--quiet=yes']).message).toBe('--quiet takes no value (got "yes")');
  });

  it('--format values are checked per command, with did-you-mean', () => {
    expect(refused(['check-staged', '--format', 'jsno']).message).toBe('unknown --format "jsno" for check-staged; did you mean json? (text, json or sarif)');
    expect(refused(['rules', '--format', 'sarif']).message).toBe('unknown --format "sarif" for rules (text or json)');
    expect(refused(['scan', '--format', 'xml']).message).toBe('unknown --format "xml" for scan (text, json or sarif)');
    // Options with a fixed list of values (cliSpec values) are refused the same way, naming the list.
    expect(refused(['github-action', '--mode', 'pull_request']).message).toBe('unknown --mode "pull_request"; did you mean pull-request? (pull-request, history or tree)');
    expect(refused(['merge-reports', 'a.json', '--fail-on=blok'])).toEqual({ message: 'unknown --fail-on "blok"; did you mean block? (block, warn or never)', hint: 'Run `keyguard help merge-reports`.' });
    expect(parseCommandLine(['merge-reports', 'a.json', '--format', 'markdown', '--fail-on', 'warn'])).toMatchObject({ format: 'markdown', strings: { 'fail-on': 'warn' } });
  });
});

describe('parseCommandLine: arguments', () => {
  it('-- ends the options: paths that start with - are paths', () => {
    expect(parseCommandLine(['scan', '--format', 'json', '--', '-rf.ts', '--all'])).toMatchObject({ command: 'scan', positionals: ['-rf.ts', '--all'], format: 'json' });
    expect(parseCommandLine(['check-files', '--', '-x.js']).positionals).toEqual(['-x.js']);
    expect(parseCommandLine(['scan', '-']).positionals).toEqual(['-']);
  });

  it('a positional where none is allowed, too many, or too few is an error', () => {
    expect(refused(['check-staged', 'extra']).message).toBe('unexpected argument "extra": check-staged takes no arguments');
    expect(refused(['check-message', 'a', 'b']).message).toBe('unexpected argument "b": check-message takes FILE');
    expect(refused(['check-push', 'origin', 'url', 'more']).message).toBe('unexpected argument "more": check-push takes [REMOTE [URL]]');
    expect(refused(['check-files']).message).toMatch(/^check-files needs file names/);
    expect(refused(['check-message']).message).toMatch(/^check-message needs the commit message file/);
    expect(refused(['help', 'scan', 'more']).message).toBe('unexpected argument "more": help takes [COMMAND]');
  });

  it('shows a word back cut after 40 characters and escaped: a key pasted in the wrong place is never printed whole', () => {
    const pasted = `${'k'.repeat(38)}XYZW${'q'.repeat(30)}`;
    for (const argv of [['check-staged', pasted], [pasted], ['rules', `--format=${pasted}`], ['check-staged', `--quiet=${pasted}`], ['scan', `--${pasted}`]]) {
      const { message } = refused(argv);
      expect(message, argv.join(' ')).toMatch(/k{30}(XY)?…/);
      expect(message, argv.join(' ')).not.toContain('XYZ');
    }
    expect(refused(['scan', '--\u001b[31mred']).message).toBe('unknown option "--\\u001b[31mred" for scan');
  });

  it('passes the arguments through in order', () => {
    expect(parseCommandLine(['check-push', 'origin', 'git@example.com:a/b.git']).positionals).toEqual(['origin', 'git@example.com:a/b.git']);
    expect(parseCommandLine(['scan-history', 'main..topic', '^v1', '--all']).positionals).toEqual(['main..topic', '^v1']);
    expect(parseCommandLine(['scrub', '--write-replacements', '../r.txt']).strings['write-replacements']).toBe('../r.txt');
  });
});
