import { describe, expect, it } from 'vitest';
import { COMMIT_MSG, hookScript, legacyHookLine, LINT_STAGED, PRE_COMMIT, PRE_PUSH } from '../../../src/init/hookScript.js';
import { checkHook, planHook, type HookSpec } from '../../../src/init/planHook.js';
import { shellStatements } from '../../../src/init/shellStatements.js';

const HUSKY: HookSpec = { target: PRE_COMMIT, packageDir: '', plain: false };
const PLAIN: HookSpec = { ...HUSKY, plain: true };
const BLOCK = hookScript(PRE_COMMIT).trimEnd();
const text = (spec: HookSpec, current: string | null) => {
  const plan = planHook(current, spec);
  return 'text' in plan ? plan.text : `refused: ${plan.refused}`;
};

describe('hookScript', () => {
  it('runs the installed binary directly, never npx, and fails closed with its own message', () => {
    for (const target of [PRE_COMMIT, PRE_PUSH, COMMIT_MSG, LINT_STAGED]) {
      const script = hookScript(target, 'packages/app');
      expect(script).not.toMatch(/\bnpx\b/);
      expect(script).toContain(`exec ${target.bin}`);
      expect(script).toContain('PATH="$PWD/packages/app/node_modules/.bin:$PWD/node_modules/.bin:$PATH"');
      expect(script).toContain(`git ${target.gitCommand} --no-verify`);
      expect(script).toContain('exit 2');
    }
    // keyguard runs at the git root ("$1" is relative to it); lint-staged in the package, beside its config.
    expect(hookScript(COMMIT_MSG, 'packages/app')).not.toContain('cd ');
    expect(hookScript(LINT_STAGED, 'packages/app')).toContain("cd packages/app && command -v node");
    expect(hookScript(LINT_STAGED, "it's")).toContain(`cd 'it'\\''s' &&`);
  });
});

describe('planHook: where keyguard goes in an existing hook', () => {
  const cases: [string, HookSpec, string | null, string | null][] = [
    ['a new husky hook is the block alone', HUSKY, null, `${BLOCK}\n`],
    ['a new plain hook gets a shebang', PLAIN, null, `#!/bin/sh\n${BLOCK}\n`],
    ['before the last command, which keeps its exit status', PLAIN, '#!/bin/sh\nnpm run lint\nnpm test\n', `#!/bin/sh\nnpm run lint\n${BLOCK}\nnpm test\n`],
    ['before a trailing exec', HUSKY, 'npm test\nexec lint-staged\n', `npm test\n${BLOCK}\nexec lint-staged\n`],
    ['before a trailing exit 0', PLAIN, '#!/bin/sh\necho hi\nexit 0\n', `#!/bin/sh\necho hi\n${BLOCK}\nexit 0\n`],
    ['before an if holding an exit', PLAIN, '#!/bin/bash\nset -e\nif [ -n "$CI" ]; then\n  exit 0\nfi\nnpm test\n', `#!/bin/bash\nset -e\n${BLOCK}\nif [ -n "$CI" ]; then\n  exit 0\nfi\nnpm test\n`],
    ['before a function that exits, with its comment', HUSKY, 'echo a\n# stop here\nstop() { exit 0; }\nstop\n', `echo a\n${BLOCK}\n# stop here\nstop() { exit 0; }\nstop\n`],
    ['exec that only redirects does not end the script', PLAIN, '#!/bin/sh\nexec 2>&1\nnpm test\n', `#!/bin/sh\nexec 2>&1\n${BLOCK}\nnpm test\n`],
    ['a trap may exit', PLAIN, "#!/bin/sh\ntrap 'exit 0' EXIT\nnpm test\n", `#!/bin/sh\n${BLOCK}\ntrap 'exit 0' EXIT\nnpm test\n`],
    ['an exit inside a case arm', HUSKY, 'case "$1" in\n  x) exit 0 ;;\nesac\nnpm test\n', `${BLOCK}\ncase "$1" in\n  x) exit 0 ;;\nesac\nnpm test\n`],
    ['a line of an earlier init is replaced in place', HUSKY, `npm test\n${legacyHookLine(PRE_COMMIT)}\n`, `npm test\n${BLOCK}\n`],
    ['an earlier init line after exec moves before it', HUSKY, `exec lint-staged\n${legacyHookLine(PRE_COMMIT)}\n`, `${BLOCK}\nexec lint-staged\n`],
    ['a husky v8 hook', HUSKY, '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpx lint-staged\n', `#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\n${BLOCK}\nnpx lint-staged\n`],
    ['quotes, substitutions and a CI skip', PLAIN, '#!/bin/sh\nroot="$(cd "$(dirname "$0")" && pwd)"\n[ -n "$CI" ] && exit 0\nnpm test\n', `#!/bin/sh\nroot="$(cd "$(dirname "$0")" && pwd)"\n${BLOCK}\n[ -n "$CI" ] && exit 0\nnpm test\n`],
    ['already there', HUSKY, `npm test\n${BLOCK}\n`, null],
    ['a user line at top level is accepted', HUSKY, 'npx keyguard check-staged\n', null],
    ['named in a comment only: added', HUSKY, '# TODO keyguard check-staged\nnpm test\n', `${BLOCK}\n# TODO keyguard check-staged\nnpm test\n`],
    ['a python hook is not touched', PLAIN, '#!/usr/bin/env python3\nprint(1)\n', "refused: it is not a sh script (#!/usr/bin/env python3)"],
    ['a here-document is not modelled', PLAIN, '#!/bin/sh\ncat <<EOF\nx\nEOF\n', 'refused: it has a here-document (<<) at line 2'],
    ['an unclosed if', HUSKY, 'if true; then\n npm test\n', 'refused: it has "if" is never closed'],
    ['keyguard after an exit', HUSKY, 'exit 0\nnpx keyguard check-staged\n', 'refused: keyguard check-staged (line 2) comes after line 1, which may end the script first'],
    ['keyguard only under a condition', HUSKY, '[ -n "$CI" ] || npx keyguard check-staged\n', 'refused: keyguard check-staged (line 1) runs only under a condition'],
    ['keyguard status ignored in a plain hook', PLAIN, '#!/bin/sh\nnpx keyguard check-staged\nnpm test\n', 'refused: the exit status of keyguard check-staged (line 2) is ignored (no set -e): add "|| exit $?"'],
  ];
  for (const [name, spec, current, expected] of cases) it(name, () => expect(text(spec, current)).toBe(expected));

  it('a pre-push hook reading the refs from stdin is refused (keyguard needs them too)', () => {
    expect(text({ ...HUSKY, target: PRE_PUSH }, 'while read ref sha rest; do echo "$ref"; done\n')).toMatch(/^refused: it reads from stdin/);
  });
  it('every planned text passes its own check', () => {
    for (const [, spec, current] of cases) {
      const planned = planHook(current, spec);
      if ('text' in planned && planned.text !== null) expect(checkHook(planned.text, spec).ok).toBe(true);
    }
  });
});

describe('shellStatements', () => {
  it('groups compound commands and continuations into top-level statements', () => {
    const parsed = shellStatements('a &&\n  b\nif x; then\n  y\nfi\n( exit 1 ) || exit $?\necho "it\'s # not a comment"\n');
    expect(parsed).toEqual({
      ok: true,
      statements: [
        { start: 0, end: 1, terminates: false },
        { start: 2, end: 4, terminates: false },
        { start: 5, end: 5, terminates: true },
        { start: 6, end: 6, terminates: false },
      ],
    });
  });
});
