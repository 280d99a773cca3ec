/**
 * Structural check of a PyPI API token (secret-formats.md §16): `pypi-` + unpadded base64url of a
 * libmacaroons v2 binary macaroon (https://github.com/rescrv/libmacaroons/blob/master/doc/format.txt,
 * pypi/warehouse `warehouse/macaroons/services.py`). Layout:
 *   0x02 · [1 location] · 2 identifier · 0 · { [1 location] · 2 id · [4 vid] · 0 }* · 0 · 6 signature
 * where each field is `type, varint length, bytes`. The signature (HMAC, 32 bytes) cannot be checked
 * offline, but every field length must add up exactly: truncated or typed tokens fail.
 */

const EOS = 0;
const LOCATION = 1;
const IDENTIFIER = 2;
const VERIFICATION_ID = 4;
const SIGNATURE = 6;
const SIGNATURE_LENGTH = 32;
/** Warehouse identifies tokens by their database UUID: 36 characters. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOCATIONS = new Set(['pypi.org', 'test.pypi.org']);

interface Field {
  readonly type: number;
  readonly data: Uint8Array;
}

/** A reader over the bytes; `undefined` from any step means the structure is broken. */
class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.at === this.bytes.length;
  }

  private varint(): number | undefined {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) return undefined;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
    return undefined;
  }

  /** The next field, or `{ type: EOS }` for an end-of-section byte. */
  field(): Field | undefined {
    const type = this.varint();
    if (type === undefined || type === EOS) return type === undefined ? undefined : { type, data: new Uint8Array() };
    const length = this.varint();
    if (length === undefined || this.at + length > this.bytes.length) return undefined;
    const data = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return { type, data };
  }
}

const text = (data: Uint8Array): string => Buffer.from(data).toString('latin1');

/** One caveat: optional location, identifier, optional verification id, end of section. */
function caveat(reader: Reader, first: Field): boolean {
  let field: Field | undefined = first;
  if (field.type === LOCATION) field = reader.field();
  if (field?.type !== IDENTIFIER) return false;
  field = reader.field();
  if (field?.type === VERIFICATION_ID) field = reader.field();
  return field?.type === EOS;
}

/** True when `token` (`pypi-…`) decodes to a complete PyPI macaroon. */
export function isPypiMacaroon(token: string): boolean {
  const bytes = Buffer.from(token.slice('pypi-'.length), 'base64url');
  if (bytes[0] !== 2) return false;
  const reader = new Reader(bytes.subarray(1));
  const location = reader.field();
  const identifier = reader.field();
  if (location?.type !== LOCATION || !LOCATIONS.has(text(location.data))) return false;
  if (identifier?.type !== IDENTIFIER || !UUID.test(text(identifier.data)) || reader.field()?.type !== EOS) return false;
  for (let field = reader.field(); field !== undefined; field = reader.field()) {
    if (field.type === EOS) {
      const signature = reader.field();
      return signature?.type === SIGNATURE && signature.data.length === SIGNATURE_LENGTH && reader.done;
    }
    if (!caveat(reader, field)) return false;
  }
  return false;
}

/** Builds a macaroon of that layout (for samples): identifier, caveats, signature. */
export function buildPypiMacaroon(location: string, identifier: string, caveats: readonly string[], signature: Uint8Array): string {
  const field = (type: number, data: string | Uint8Array): number[] => {
    const bytes = typeof data === 'string' ? [...Buffer.from(data, 'latin1')] : [...data];
    const length: number[] = [];
    let n = bytes.length;
    do {
      length.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
      n >>>= 7;
    } while (n > 0);
    return [type, ...length, ...bytes];
  };
  const parts = [2, ...field(LOCATION, location), ...field(IDENTIFIER, identifier), EOS];
  for (const c of caveats) parts.push(...field(IDENTIFIER, c), EOS);
  parts.push(EOS, ...field(SIGNATURE, signature));
  return `pypi-${Buffer.from(parts).toString('base64url')}`;
}
