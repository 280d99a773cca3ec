#!/usr/bin/env node
// The package.json that `npm pack` / `npm publish` ship has no "scripts": they are all for working on
// keyguard (build, test, bench, and "prepare", which builds a fresh clone on `npm ci`). npm 11 warns
// about a "prepare" script on every install of the tarball ("install scripts not yet covered by
// allowScripts"), and none of them means anything in an installed package.
//
//   prepack:  node scripts/packManifest.mjs strip     (after the build)
//   postpack: node scripts/packManifest.mjs restore
//
// npm runs prepack before it reads the files to pack and postpack after the tarball is written
// (npm docs, "scripts": "Life Cycle Operation Order", npm pack/publish), so the tarball takes the
// stripped file and the checkout gets its own back. The developer's file is never lost: it is moved
// aside to package.json.before-pack first (write then rename, so either name holds it whole), and
// moved back by restore. If a pack died between the two (Ctrl-C, an error while packing), the next
// strip finds the backup: when package.json is still exactly what strip wrote, the backup goes back
// first (also when it died before package.json was rewritten); when package.json was edited since,
// it stops and lets the developer choose.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MANIFEST = resolve('package.json');
const BACKUP = resolve('package.json.before-pack');

/** package.json's text without "scripts", in the file's own indentation. */
function stripped(text) {
  const manifest = JSON.parse(text);
  delete manifest.scripts;
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  return `${JSON.stringify(manifest, null, indent)}\n`;
}

/** Write `text` to `path` through a temporary file and a rename: never a half-written file. */
function replace(path, text) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function strip() {
  if (existsSync(BACKUP)) {
    const leftover = readFileSync(BACKUP, 'utf8');
    const current = readFileSync(MANIFEST, 'utf8');
    if (current !== leftover && current !== stripped(leftover)) {
      throw new Error(
        'package.json.before-pack is left from an interrupted npm pack and package.json was edited since.\n' +
          'Keep the right one as package.json, delete package.json.before-pack, then pack again.',
      );
    }
    renameSync(BACKUP, MANIFEST); // an interrupted pack: put the developer's file back first
  }
  const text = readFileSync(MANIFEST, 'utf8');
  const next = stripped(text);
  if (next === text) return;
  replace(BACKUP, text);
  replace(MANIFEST, next);
}

function restore() {
  if (existsSync(BACKUP)) renameSync(BACKUP, MANIFEST);
}

const commands = { strip, restore };
const command = commands[process.argv[2]];
if (command === undefined) {
  console.error('usage: node scripts/packManifest.mjs strip|restore');
  process.exitCode = 2;
} else {
  try {
    command();
  } catch (error) {
    console.error(`packManifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
