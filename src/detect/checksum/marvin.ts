/**
 * Marvin32, the seeded hash Microsoft embeds in its "identifiable" keys (secret-formats.md §0.6):
 * a port of microsoft/security-utilities `Marvin.Net5.cs` (itself from dotnet/runtime Marvin.cs).
 * Checked against the SymCrypt/skeeto test vectors of that repository's MarvinTests.cs.
 */

/** A 64-bit seed as two unsigned 32-bit halves (JavaScript numbers are not 64-bit integers). */
export interface MarvinSeed {
  readonly hi: number;
  readonly lo: number;
}

/** The seed Microsoft writes as a `ulong` literal, e.g. 0x4161645077643030n ("AadPwd00"). */
export function marvinSeed(seed: bigint): MarvinSeed {
  return { hi: Number((seed >> 32n) & 0xffffffffn), lo: Number(seed & 0xffffffffn) };
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

function block(state: [number, number]): void {
  let [p0, p1] = state;
  p1 = (p1 ^ p0) >>> 0;
  p0 = rotl(p0, 20);
  p0 = (p0 + p1) >>> 0;
  p1 = rotl(p1, 9);
  p1 = (p1 ^ p0) >>> 0;
  p0 = rotl(p0, 27);
  p0 = (p0 + p1) >>> 0;
  p1 = rotl(p1, 19);
  state[0] = p0;
  state[1] = p1;
}

/** The 64-bit Marvin hash as [high, low] unsigned 32-bit words. */
export function marvin64(data: Uint8Array, seed: MarvinSeed): [number, number] {
  const state: [number, number] = [seed.lo >>> 0, seed.hi >>> 0];
  let i = 0;
  for (; i + 4 <= data.length; i += 4) {
    const word = ((data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) | ((data[i + 2] ?? 0) << 16) | ((data[i + 3] ?? 0) << 24)) >>> 0;
    state[0] = (state[0] + word) >>> 0;
    block(state);
  }
  // The 0–3 remaining bytes, little-endian, followed by a 0x80 marker byte.
  let final = 0x80;
  for (let k = data.length - 1; k >= i; k--) final = ((final << 8) | (data[k] ?? 0)) >>> 0;
  state[0] = (state[0] + final) >>> 0;
  block(state);
  block(state);
  return [state[1], state[0]];
}

/** `Marvin.ComputeHash32`: the two halves XORed, as an unsigned 32-bit number. */
export function marvin32(data: Uint8Array, seed: MarvinSeed): number {
  const [hi, lo] = marvin64(data, seed);
  return (hi ^ lo) >>> 0;
}
