#!/usr/bin/env node
// `npm run build`: bundles keyguard into dist/ (no runtime dependencies; simple-git, zod and
// picomatch are bundled). Layout, chosen for the hook's start-up time (npm run bench, case a):
//   dist/cli.cjs          the `keyguard` executable: a small launcher (src/launch.ts) that runs
//                         dist/keyguard.cjs through a V8 code cache;
//   dist/keyguard.cjs     src/cli.ts and everything it uses but the built-in rules, one CommonJS
//                         module (as the function expression Node's loader would wrap it in): no ES
//                         module loader and no module resolution at run time;
//   dist/rules.cjs        the built-in rules (src/detect/rules/index.ts), the same kind of module,
//                         self-contained: compiled, through a code cache of its own, only by runs
//                         that build the rules (a hook run builds them only for texts holding a
//                         keyword, commands/LazyScan.ts). In one bundle, the code cache of a run that
//                         built them held them too (878 kB against 485 kB) and every later run,
//                         rules or not, deserialized all of it: 3-5% of a typical commit's hook run;
//   dist/vendor/*.cjs     zod and picomatch, required only when a config file exists; safe-regex2
//                         only when it defines custom rules;
//                         aws4 only when --verify signs an AWS key pair (src/verify/verifiers/aws.ts).
// A cache file name carries a hash of its bundle: V8 only checks a cache against the source's
// length, so a rebuilt bundle must never meet the cache of an older one.
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };
const VENDORED = ['zod', 'picomatch', 'safe-regex2', 'aws4'];

/** `import … from 'zod'` → `require('./vendor/zod.cjs')`, resolved next to keyguard.cjs at run time. */
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.cjs`, external: true }));
  },
};

/**
 * `import … from '…/detect/rules/index.js'` outside the rules → `require('./rules.cjs')`, which the
 * launcher serves (src/launch.ts). Inside src/detect/rules/ the rules bundle itself is built.
 */
const RULES_ENTRY = 'src/detect/rules/index.ts';
/**
 * One token per build, in both bundles: a rules.cjs of another build (an interrupted update, a
 * file copied by hand) would scan with other rules than the catalog keyguard.cjs skips texts by,
 * so the stand-in below refuses it (exit 2, fail closed) instead of running it.
 */
const BUILD = randomUUID();
const rulesPlugin = {
  name: 'rules-bundle',
  setup(b) {
    // Through a stand-in module that requires it: esbuild keeps `await import()` of an external
    // module as a real import(), which a vm.Script cannot run and which would bypass the cache.
    b.onResolve({ filter: /(?:^|\/)(?:detect\/)?rules\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]detect[\\/]rules$/.test(args.resolveDir) ? undefined : { path: 'rules', namespace: 'rules-bundle' });
    b.onResolve({ filter: /^\.\/rules\.cjs$/ }, () => ({ path: './rules.cjs', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'rules-bundle' }, () => ({
      contents: `const rules = require('./rules.cjs');
if (rules.keyguardBuild !== ${JSON.stringify(BUILD)}) {
  throw new Error('dist/rules.cjs does not belong to this dist/keyguard.cjs (an interrupted install or update?): reinstall keyguard');
}
module.exports = rules;`,
      loader: 'js',
    }));
  },
};

/**
 * Each bundle is the function Node's CommonJS loader would wrap it in, so the launcher compiles it
 * as read: wrapping it at run time made a second copy of the whole source on every hook run.
 */
const asFunction = {
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '\n})' },
  // src/ is ES modules (vitest runs it as is); the bundle is CommonJS, where createRequire()
  // (src/sha256.ts, for node:* modules only) takes the file's path.
  define: { 'import.meta.url': '__filename' },
};

/**
 * simple-git and @kwsites/file-exists log through `debug`, whose Node half loads tty, checks the
 * terminal, reads DEBUG_* variables and looks for supports-color on every start (~2 ms of each hook run, npm run bench,
 * case a). Its output is off unless DEBUG names them, and on it would print git's output, i.e.
 * staged content, to stderr: a secret guard must not have such a switch. So `debug` is a silent
 * stand-in with the same surface (a logger per namespace, `extend`, `formatters`).
 */
const silentDebug = {
  name: 'silent-debug',
  setup(b) {
    b.onResolve({ filter: /^debug$/ }, () => ({ path: 'debug', namespace: 'silent-debug' }));
    b.onLoad({ filter: /.*/, namespace: 'silent-debug' }, () => ({
      contents: `function createDebug(namespace) {
  const log = () => {};
  log.namespace = namespace;
  log.enabled = false;
  log.extend = (sub, delimiter = ':') => createDebug(namespace + delimiter + sub);
  return log;
}
createDebug.formatters = {};
createDebug.enabled = () => false;
module.exports = createDebug;`,
      loader: 'js',
    }));
  },
};

/**
 * src/detect/rules/catalog.ts computes the rules' ids, keywords and key-block openers from the rules;
 * in the bundle it is their value, computed here from the same sources, so a hook run reads the
 * catalog without building ~300 rules (commands/LazyScan.ts) and it can never be stale.
 */
async function catalogPlugin() {
  const temporary = mkdtempSync(join(tmpdir(), 'keyguard-catalog-'));
  try {
    const outfile = join(temporary, 'catalog.mjs');
    await build({ ...common, format: 'esm', entryPoints: ['src/detect/rules/catalog.ts'], outfile, define: { 'import.meta.url': '""' } });
    const { ruleCatalog } = await import(pathToFileURL(outfile).href);
    const value = JSON.stringify(ruleCatalog());
    return {
      name: 'rule-catalog',
      setup(b) {
        b.onLoad({ filter: /[\\/]src[\\/]detect[\\/]rules[\\/]catalog\.ts$/ }, () => ({
          contents: `const catalog = ${value};\nexport function ruleCatalog() { return catalog; }`,
          loader: 'js',
        }));
      },
    };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

rmSync('dist', { recursive: true, force: true });
const catalog = await catalogPlugin();
await build({
  ...common,
  ...asFunction,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/keyguard.cjs',
  plugins: [vendorPlugin, silentDebug, catalog, rulesPlugin],
  // Smaller source and code cache (identifiers too: 740 → 555 kB of source, ~5% of a typical
  // commit's hook run in a paired A/B, npm run bench case a). Errors keep their explicit names
  // (errors.ts); KEYGUARD_DEBUG stacks name minified functions, next to the file and position.
  minify: true,
});
await build({
  ...common,
  ...asFunction,
  entryPoints: [RULES_ENTRY],
  outfile: 'dist/rules.cjs',
  plugins: [vendorPlugin],
  minify: true,
  footer: { js: `module.exports.keyguardBuild = ${JSON.stringify(BUILD)};\n})` },
});
await Promise.all(VENDORED.map((name) => build({ ...common, entryPoints: [name], outfile: `dist/vendor/${name}.cjs` })));
const idOf = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/launch.ts'],
  outfile: 'dist/cli.cjs',
  define: { KEYGUARD_BUNDLE_ID: JSON.stringify(idOf('dist/keyguard.cjs')), KEYGUARD_RULES_ID: JSON.stringify(idOf('dist/rules.cjs')) },
});
chmodSync('dist/cli.cjs', 0o755);
