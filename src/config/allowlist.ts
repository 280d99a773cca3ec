import picomatch from 'picomatch';
import type { ResolvedConfig } from './defaults.js';

export interface Allowlist {
  /** The path's content is not scanned at all. */
  readonly pathAllowed: (path: string) => boolean;
  /** A found secret matching a configured regex or stop-word is not reported. */
  readonly secretAllowed: (secret: string) => boolean;
}

/** Compile the config's allowlist once per run; the empty allowlist costs nothing per line. */
export function makeAllowlist(config: ResolvedConfig): Allowlist {
  const { paths, regexes, stopwords } = config.allowlist;
  const pathMatch = paths.length > 0 ? picomatch([...paths], { dot: true }) : null;
  const secretRegexes = regexes.map((source) => new RegExp(source));
  const words = stopwords.map((w) => w.toLowerCase());
  return {
    pathAllowed: (path) => pathMatch !== null && pathMatch(path),
    secretAllowed: (secret) => {
      if (secretRegexes.some((re) => re.test(secret))) return true;
      const lower = secret.toLowerCase();
      return words.some((w) => lower.includes(w));
    },
  };
}
