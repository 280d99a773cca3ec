import { validateAction, validateWorkflow } from '@action-validator/core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_MODES } from '../../../src/action/actionModes.js';
import { STEP_OUTPUTS } from '../../../src/action/githubAction.js';
import { optionsOf } from '../../../src/cliSpec.js';
import { isCommandName } from '../../../src/commandNames.js';
import { FAIL_ON } from '../../../src/commands/failOn.js';

/**
 * action.yml and .github/workflows/*.yml, checked offline: the schemas of GitHub's action and
 * workflow files (@action-validator/core: SchemaStore's schemas compiled to WebAssembly, no
 * network), then what no schema knows: every `inputs.X`, `secrets.X`, `steps.X.outputs.Y` and
 * `needs.X.outputs.Y` names something declared, each file a step runs exists, and each keyguard
 * command line a step runs is one the CLI accepts.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const WORKFLOWS = ['keyguard.yml', 'keyguard-org.yml'].map((name) => join('.github/workflows', name));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked by the tests themselves
type Yaml = Record<string, any>;

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** The file without its comment lines (a usage example there is not an expression of the file). */
const code = (path: string) => read(path).split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
const action: Yaml = parse(read('action.yml'));

/** Every `${{ … }}` expression of a file's text. */
function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

/** `prefix.NAME` references in the expressions (`inputs.mode`, `secrets.token`). */
function references(text: string, prefix: string): string[] {
  return expressions(text).flatMap((e) => [...e.matchAll(new RegExp(`\\b${prefix}\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!));
}

/** Every step of a workflow's jobs, or of the action. */
function stepsOf(file: Yaml): Yaml[] {
  return file.runs?.steps ?? Object.values(file.jobs as Record<string, Yaml>).flatMap((job) => job.steps ?? []);
}

/** The keyguard command lines a `run:` script starts (`node …/dist/cli.cjs <command> <args>`). */
function keyguardCommands(script: string): { command: string; options: string[] }[] {
  return [...script.matchAll(/dist\/cli\.cjs"?\s+([a-z-]+)([^\n]*)/g)].map((m) => ({
    command: m[1]!,
    options: [...m[2]!.matchAll(/(?:^|[\s"(])--([a-z-]+)/g)].map((o) => o[1]!),
  }));
}

describe('action.yml', () => {
  it("is a valid action (GitHub's action schema) and a composite one: no Docker, no download", () => {
    expect(validateAction(read('action.yml')).errors).toEqual([]);
    expect(action.runs.using).toBe('composite');
    for (const step of stepsOf(action)) {
      expect(String(step.uses ?? '')).not.toMatch(/^docker:/);
      expect(String(step.run ?? '')).not.toMatch(/\b(?:curl|wget|docker)\b/);
    }
  });

  it('references only declared inputs, and the defaults are values keyguard accepts', () => {
    const declared = Object.keys(action.inputs);
    const used = new Set(references(code('action.yml'), 'inputs'));
    expect([...used].filter((name) => !declared.includes(name))).toEqual([]);
    expect(declared.filter((name) => !used.has(name))).toEqual([]); // no input that does nothing
    expect(ACTION_MODES).toContain(action.inputs.mode.default);
    expect(FAIL_ON).toContain(action.inputs['fail-on'].default);
  });

  it('exposes exactly the outputs keyguard github-action writes, plus the exit code its shell records', () => {
    const referenced = references(code('action.yml'), 'steps\\.scan\\.outputs');
    expect(new Set(referenced)).toEqual(new Set([...STEP_OUTPUTS, 'exit-code']));
    for (const [name, output] of Object.entries(action.outputs as Record<string, { value: string }>)) expect(output.value).toBe(`\${{ steps.scan.outputs.${name} }}`);
    expect(read('action.yml')).toContain('echo "exit-code=$?" >> "$GITHUB_OUTPUT"');
  });

  it('uploads SARIF only after the scan, and its verdict step runs always', () => {
    const steps = stepsOf(action);
    const scan = steps.findIndex((s) => s.id === 'scan');
    const upload = steps.findIndex((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(scan).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(scan);
    expect(steps[upload]!.if).toMatch(/^always\(\) && steps\.scan\.outputs\.sarif != ''/);
    expect(steps.at(-1)!.if).toBe('always()');
  });
});

describe.each(WORKFLOWS)('%s', (path) => {
  const text = code(path);
  const workflow: Yaml = parse(read(path));
  const call = workflow.on?.workflow_call as Yaml | undefined;

  it("is a valid workflow (GitHub's workflow schema)", () => {
    expect(validateWorkflow(read(path)).errors).toEqual([]);
  });

  it('references only declared inputs and secrets', () => {
    const inputs = Object.keys(call?.inputs ?? {});
    const secrets = [...Object.keys(call?.secrets ?? {}), 'GITHUB_TOKEN'];
    expect(references(text, 'inputs').filter((name) => !inputs.includes(name))).toEqual([]);
    expect(references(text, 'secrets').filter((name) => !secrets.includes(name))).toEqual([]);
    if (call?.inputs?.['fail-on'] !== undefined) expect(FAIL_ON).toContain(call.inputs['fail-on'].default);
  });

  it("references only steps, jobs and outputs that exist; `uses: ./` gets only the action's inputs", () => {
    const jobs = workflow.jobs as Record<string, Yaml>;
    const stepIds = stepsOf(workflow).map((s) => s.id).filter(Boolean);
    for (const m of expressions(text).flatMap((e) => [...e.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\.outputs/g)])) expect(stepIds).toContain(m[1]);
    for (const m of expressions(text).flatMap((e) => [...e.matchAll(/\b(needs|jobs)\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)])) {
      expect(Object.keys(jobs[m[2]!]?.outputs ?? {}), m[0]).toContain(m[3]);
    }
    for (const step of stepsOf(workflow).filter((s) => s.uses === './')) {
      for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
    }
  });

  it('runs only files that exist and keyguard command lines the CLI accepts', () => {
    for (const step of stepsOf(workflow)) {
      const script = String(step.run ?? '');
      for (const m of script.matchAll(/\bscripts\/[\w./-]+/g)) expect(existsSync(join(ROOT, m[0])), m[0]).toBe(true);
      for (const { command, options } of keyguardCommands(script)) {
        expect(isCommandName(command), command).toBe(true);
        if (!isCommandName(command)) continue;
        for (const option of options) expect(optionsOf(command), `${command} --${option}`).toContain(option);
      }
    }
  });
});

describe('the keyguard command lines of action.yml', () => {
  it('are ones the CLI accepts, and its build script exists', () => {
    const scripts = stepsOf(action).map((s) => String(s.run ?? ''));
    expect(scripts.join('\n')).toContain('node "$GITHUB_ACTION_PATH/dist/cli.cjs" "${args[@]}"');
    for (const m of scripts.join('\n').matchAll(/\bscripts\/[\w./-]+/g)) expect(existsSync(join(ROOT, m[0])), m[0]).toBe(true);
    const args = /args=\(github-action ([^)]*)\)/.exec(scripts.join('\n'))![1]!;
    const sarif = /args\+=\("--(\w+)=/.exec(scripts.join('\n'))![1]!;
    for (const option of [...[...args.matchAll(/--([a-z-]+)=/g)].map((m) => m[1]!), sarif]) expect(optionsOf('github-action')).toContain(option);
  });
});
