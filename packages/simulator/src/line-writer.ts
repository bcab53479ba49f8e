import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const FLUSH_AT = 1 << 20;

/** Buffers text and writes it in ~1 MB chunks, waiting when the file stream asks for it. */
export class LineWriter {
  private readonly stream: WriteStream;
  private buffer = '';
  lines = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Adds text (one or more complete lines, each ending in `\n`). */
  async write(text: string, lineCount = 1): Promise<void> {
    this.buffer += text;
    this.lines += lineCount;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
