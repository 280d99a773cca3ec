/**
 * A Git LFS pointer (git-lfs docs/spec.md): what git stores in place of a file tracked by LFS.
 * "version" first, then the other keys sorted, each `key value\n`; `oid sha256:<64 hex>` and
 * `size <bytes>` are required; a pointer is under 1024 bytes and has no BOM or CR.
 */
export interface LfsPointer {
  readonly oid: string;
  readonly size: number;
}

const MAX_POINTER = 1024;
const VERSION = 'version https://git-lfs.github.com/spec/v1';
const OID = /^oid sha256:([0-9a-f]{64})$/;
const SIZE = /^size (\d{1,15})$/;
const OTHER_KEY = /^[a-z0-9.-]+ \S/;

/** The pointer `text` holds, or null when it is not one (any other file). */
export function parseLfsPointer(text: string): LfsPointer | null {
  if (text.length >= MAX_POINTER || !text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== VERSION) return null;
  let oid: string | undefined;
  let size: number | undefined;
  for (const line of lines.slice(1)) {
    const o = OID.exec(line);
    const s = SIZE.exec(line);
    if (o) oid = o[1];
    else if (s) size = Number(s[1]);
    else if (!OTHER_KEY.test(line)) return null;
  }
  return oid === undefined || size === undefined ? null : { oid, size };
}

/**
 * Cheap pre-filter over added lines: a pointer's change always adds its `oid` line. Lines added to
 * a pointer are part of a file under MAX_POINTER bytes, and a decoded line has no more UTF-16 code
 * units than bytes, so longer added text is never a pointer's: not searched (a 20 MB initial commit
 * spent ~3% of its scan here, npm run bench, case b).
 */
export function mayBeLfsPointer(addedText: string): boolean {
  return addedText.length < MAX_POINTER && addedText.includes('oid sha256:');
}
