import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { envWithoutGit } from './tempRepo.js';

/** This repository's checkout: what `${{ github.action_path }}` is for `uses: ./` (dist/ built by npm test). */
export const ACTION_PATH = resolve(import.meta.dirname, '../..');

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
}

interface ActionFile {
  readonly inputs: Record<string, { default?: string }>;
  readonly runs: { readonly steps: readonly Step[] };
}

export function readAction(): ActionFile {
  return parse(readFileSync(join(ACTION_PATH, 'action.yml'), 'utf8')) as ActionFile;
}

export interface ActionRun {
  /** The scan step's exit status (0: it recorded keyguard's code instead of failing). */
  readonly stepStatus: number | null;
  /** GITHUB_OUTPUT's `name=value` lines. */
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's markdown. */
  readonly summary: string;
  readonly stdout: string;
  readonly stderr: string;
  /** The exit status of the Verdict step, which fails the job. */
  readonly verdict: number | null;
}

/**
 * The Scan and Verdict steps of action.yml, as written, the way a runner runs them on Linux
 * (`shell: bash` is `bash --noprofile --norc -eo pipefail {0}`): `${{ inputs.X }}` in their `env`
 * from `inputs` over the defaults, the default GitHub variables simulated (event payload file, job
 * summary and output files). The build step is npm test's own `npm run build`.
 */
export function runActionSteps(cwd: string, event: { name: string; payload: unknown }, inputs: Record<string, string> = {}): ActionRun {
  const action = readAction();
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
  const step = (id: string) => action.runs.steps.find((s) => s.id === id || s.name === id)!;
  // In the repository's .git: one set per repository, never part of what is scanned.
  const eventPath = join(cwd, '.git', 'test-event.json');
  const summaryPath = join(cwd, '.git', 'test-step-summary.md');
  const outputPath = join(cwd, '.git', 'test-output.txt');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const github = { GITHUB_ACTION_PATH: ACTION_PATH, GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventPath, GITHUB_STEP_SUMMARY: summaryPath, GITHUB_OUTPUT: outputPath, NO_COLOR: '1' };
  const scan = runStep(step('scan'), cwd, github, (expr) => values[expr.replace(/^inputs\./, '')]);
  const outputs = Object.fromEntries(readFileSync(outputPath, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
  const verdict = runStep(step('Verdict'), cwd, github, (expr) => (expr === 'steps.scan.outputs.exit-code' ? outputs['exit-code'] ?? '' : undefined));
  return { stepStatus: scan.status, outputs, summary: readFileSync(summaryPath, 'utf8'), stdout: scan.stdout, stderr: scan.stderr, verdict: verdict.status };
}

function runStep(step: Step, cwd: string, github: Record<string, string>, value: (expression: string) => string | undefined) {
  const env: Record<string, string> = { ...github };
  for (const [name, template] of Object.entries(step.env ?? {})) {
    env[name] = template.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      const v = value(expr);
      if (v === undefined) throw new Error(`unexpected expression in action.yml: ${expr}`);
      return v;
    });
  }
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env: envWithoutGit(env), encoding: 'utf8' });
}
