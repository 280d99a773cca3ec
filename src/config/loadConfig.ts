import { KeyguardError } from '../errors.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './defaults.js';
import type { RepoFiles } from './repoFiles.js';

/** Looked up in this order at the repository root; the first one present wins. */
export const CONFIG_FILES = ['keyguard.config.json', '.keyguardrc.json'] as const;
/** Where a `"keyguard"` key may hold the config instead. */
export const PACKAGE_JSON = 'package.json';

export async function loadConfig(files: RepoFiles, knownRuleIds: ReadonlySet<string>): Promise<ResolvedConfig> {
  const found = findRawConfig(files);
  if (found === null) return DEFAULT_CONFIG;
  const { parseConfig } = await import('./parseConfig.js');
  return await parseConfig(found.raw, found.source, knownRuleIds);
}

function findRawConfig(files: RepoFiles): { raw: unknown; source: string } | null {
  for (const name of CONFIG_FILES) {
    const text = files.read(name);
    if (text !== null) return { raw: parseJson(text, files.label(name)), source: files.label(name) };
  }
  const pkg = files.read(PACKAGE_JSON);
  if (pkg === null) return null;
  const manifest = parseJson(pkg, files.label(PACKAGE_JSON)) as Record<string, unknown> | null;
  if (manifest === null || typeof manifest !== 'object' || !('keyguard' in manifest)) return null;
  return { raw: manifest.keyguard, source: `${files.label(PACKAGE_JSON)} ("keyguard" key)` };
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
