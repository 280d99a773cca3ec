/**
 * A bare key body (no armor lines) often spans lines the way the code around it writes long
 * strings: YAML block scalars and plain lines (`\n` + indentation), JSON `\n` escapes, string
 * literals continued on the next line (`"…" +`, adjacent literals, `b"…"`). The rules match its
 * first piece; this reads the following pieces from the text, only for such a match (rare), up to
 * the length the key needs. Each step is one sticky regex at one position: linear in what it reads.
 */

/**
 * A separator, then one piece of base64: JSON escapes (`\n`, `\r\n`), a literal's end, an
 * optional `+` or `\`, a line break and the next literal's start (with a `b`/`L`/`u8` prefix), or
 * a bare line break and indentation. The piece's own quantifier is bounded (one line).
 */
const PIECE =
  /(?:\\[nr]){0,4}(?:["'\x60][ \t]*(?:[+\\][ \t]*)?\r?\n[ \t]*(?:\+[ \t]*)?(?:u8|[bBrRuUfFL]{1,2})?["'\x60]|\r?\n[ \t]*)?([A-Za-z0-9+/]{4,256}={0,2})/y;

/** Most pieces read after the first: a 16 KB body in 64-character lines is 256 of them. */
const MAX_PIECES = 512;

/**
 * `first` (the matched piece, ending at `end` in `text`) and the pieces after it, joined, until
 * `wanted` characters are there, a piece ends in padding, or no piece follows. The last piece may
 * be a word after the body (the next YAML key's `algorithm`): callers cut the body at the length
 * its own header gives.
 */
export function bodyFrom(text: string, end: number, first: string, wanted: number): string {
  let body = first;
  let at = end;
  for (let i = 0; i < MAX_PIECES && body.length < wanted && !body.endsWith('='); i++) {
    PIECE.lastIndex = at;
    const piece = PIECE.exec(text);
    // No separator read: the text goes on with base64 the match did not take (cannot happen).
    if (piece === null || piece[0] === piece[1]) break;
    body += piece[1];
    at = PIECE.lastIndex;
  }
  return body;
}
