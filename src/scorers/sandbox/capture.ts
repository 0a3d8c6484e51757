/**
 * @module scorers/sandbox/capture — bounded capture of a program's output streams.
 */

/** Keeps the head (or the tail) of a stream up to `cap` bytes, counting everything. */
export class Capped {
  private chunks: Buffer[] = [];
  private kept = 0;
  truncated = false;
  constructor(private readonly cap: number, private readonly keepTail: boolean) {}

  push(chunk: Buffer): void {
    if (!this.keepTail) {
      const room = this.cap - this.kept;
      if (room <= 0) { this.truncated = true; return; }
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      if (part.length < chunk.length) this.truncated = true;
      this.chunks.push(Buffer.from(part));
      this.kept += part.length;
      return;
    }
    this.chunks.push(Buffer.from(chunk));
    this.kept += chunk.length;
    while (this.kept > this.cap && this.chunks.length > 0) {
      const first = this.chunks[0]!;
      const excess = this.kept - this.cap;
      this.truncated = true;
      if (first.length <= excess) { this.chunks.shift(); this.kept -= first.length; }
      else { this.chunks[0] = first.subarray(excess); this.kept -= excess; }
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Finds `needle` across chunk boundaries without keeping the stream. */
export class Watch {
  seen = false;
  private carry = '';
  constructor(private readonly needle: string | undefined) {}
  push(chunk: Buffer): void {
    if (this.seen || !this.needle) return;
    const text = this.carry + chunk.toString('latin1');
    if (text.includes(this.needle)) this.seen = true;
    this.carry = text.slice(-(this.needle.length - 1));
  }
}

