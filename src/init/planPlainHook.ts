/**
 * A hook script in a non-husky hooks directory (`core.hooksPath`, e.g. `.githooks`): git runs it
 * directly, so it needs a shebang and the exec bit. An existing hook is kept: our line goes at the
 * end, or right after the shebang when the script ends by `exec`-ing something (a line after that
 * would never run). Returns null when keyguard is already there.
 */
export function planPlainHook(current: string | null, line: string, marker: RegExp): string | null {
  if (current === null || current.trim() === '') return `#!/bin/sh\n${line}\n`;
  if (marker.test(current)) return null;
  const lines = current.split('\n');
  if (lines.some((l) => /^\s*exec\s/.test(l))) {
    const at = lines[0]?.startsWith('#!') ? 1 : 0;
    lines.splice(at, 0, line);
    return lines.join('\n');
  }
  return `${current.endsWith('\n') ? current : `${current}\n`}${line}\n`;
}
