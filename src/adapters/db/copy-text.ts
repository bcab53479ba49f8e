/**
 * Rows in COPY's text format (tabs between fields, `\N` for null, backslash escapes), written
 * straight into one growing buffer of UTF-8 bytes. A batch used to be one string built by
 * concatenation and then encoded: a rope of 25,000 pieces for the collector to move, flattened
 * and copied again into bytes (a third of the import's garbage collection, docs/scale.md).
 */
export class CopyText {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private length = 0;
  /** Rows added so far. */
  rows = 0;

  add(fields: readonly (string | number | null | undefined)[]): void {
    for (let i = 0; i < fields.length; i++) {
      const value = fields[i];
      if (i > 0) this.byte(TAB);
      if (value === null || value === undefined) {
        this.byte(BACKSLASH);
        this.byte(N);
      } else if (typeof value === 'number') this.write(String(value));
      else this.write(NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, escapeChar) : value);
    }
    this.byte(NEWLINE);
    this.rows += 1;
  }

  /** The rows as bytes (a view on the buffer: read it before adding more). */
  toBytes(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  private byte(value: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = value;
  }

  private write(text: string): void {
    // A UTF-16 code unit is at most three bytes of UTF-8.
    const most = text.length * 3;
    if (this.length + most > this.bytes.length) this.grow(most);
    this.length += this.bytes.write(text, this.length);
  }

  private grow(atLeast: number): void {
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + atLeast));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const N = 0x4e;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED = /[\\\t\n\r]/g;
const escapeChar = (c: string) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');
