import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './defaults.js';

/** Looked up in this order at the repository root; the first one present wins. */
const CONFIG_FILES = ['keyguard.config.json', '.keyguardrc.json'] as const;

export async function loadConfig(root: string, knownRuleIds: ReadonlySet<string>): Promise<ResolvedConfig> {
  const found = findRawConfig(root);
  if (found === null) return DEFAULT_CONFIG;
  const { parseConfig } = await import('./parseConfig.js');
  return parseConfig(found.raw, found.source, knownRuleIds);
}

/** Synchronous reads: two tiny files on the hook's start-up path, and node:fs/promises costs ms to load. */
function findRawConfig(root: string): { raw: unknown; source: string } | null {
  for (const name of CONFIG_FILES) {
    const text = readOptional(join(root, name));
    if (text !== null) return { raw: parseJson(text, name), source: name };
  }
  const pkg = readOptional(join(root, 'package.json'));
  if (pkg === null) return null;
  const manifest = parseJson(pkg, 'package.json') as Record<string, unknown> | null;
  if (manifest === null || typeof manifest !== 'object' || !('keyguard' in manifest)) return null;
  return { raw: manifest.keyguard, source: 'package.json ("keyguard" key)' };
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeyguardError('config', `Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KeyguardError('config', `Invalid keyguard config in ${source}: not valid JSON (${(error as Error).message})`, {
      hint: 'Fix the JSON syntax, or remove the file to use the defaults.',
    });
  }
}
