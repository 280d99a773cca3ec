import type { Allowlist } from '../config/allowlist.js';
import { scan } from '../detect/scan.js';
import type { Finding, Rule } from '../detect/types.js';
import type { AddedBlock } from '../git/types.js';
import { locateFindings, placeFindings, withoutBom, type PlacedFinding } from './locateFindings.js';

/** From the start of a finding to just after its end, as (line, column) pairs of one piece. */
interface Span {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

/**
 * check-staged's findings, block by block. A long run of added lines comes in overlapping pieces
 * (PieceRule, AddedBlock.piece): each piece reports the findings on its final lines only, and
 * none that overlaps a finding the previous piece reported (scan() de-duplicates within one text;
 * this carries that across pieces). The result is what one scan of the whole run finds.
 */
export class RunFindings {
  /** Findings of the previous piece reaching into the lines this piece repeats, in its lines. */
  private covered: Span[] = [];

  constructor(
    private readonly rules: readonly Rule[],
    private readonly allow: Allowlist,
  ) {}

  add(block: AddedBlock): PlacedFinding[] {
    const piece = block.piece;
    const covered = piece === undefined || piece.repeated === 0 ? [] : this.covered;
    this.covered = [];
    if (piece === undefined) return locateFindings(block, this.rules, this.allow);
    const lastFinal = piece.carried === 0 ? piece.lines : piece.lines - piece.carried + piece.carriedFinal;
    const shift = piece.lines - piece.carried; // line n here is line n - shift in the next piece
    const final: Finding[] = [];
    for (const f of scan(block.text, this.rules, { path: block.path })) {
      if (f.line <= piece.repeatedFinal || f.line > lastFinal) continue;
      const span = spanOf(f);
      if (covered.some((c) => before(c.from, span.to) && before(span.from, c.to))) continue;
      final.push(f);
      if (piece.carried > 0 && span.to[0] > shift) {
        this.covered.push({ from: [span.from[0] - shift, span.from[1]], to: [span.to[0] - shift, span.to[1]] });
      }
    }
    return withoutBom(block, placeFindings(final, block.path, block.startLine, this.allow));
  }
}

/** The lines of a block that no earlier piece held (for checks that must read each line once). */
export function freshText(block: AddedBlock): string {
  const repeated = block.piece?.repeated ?? 0;
  let at = -1;
  for (let n = 0; n < repeated; n++) {
    at = block.text.indexOf('\n', at + 1);
    if (at === -1) return '';
  }
  return block.text.slice(at + 1);
}

function spanOf(f: Finding): Span {
  const newlines = f.secret.split('\n').length - 1;
  const lastLine = f.secret.length - f.secret.lastIndexOf('\n') - 1;
  return { from: [f.line, f.column], to: newlines === 0 ? [f.line, f.column + f.secret.length] : [f.line + newlines, lastLine + 1] };
}

/** (line, column) a is before b. */
function before(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

