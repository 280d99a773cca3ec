import type { AddedBlock } from '../git/types.js';

/** Holds blocks that arrive before their consumer is ready, then hands everything to it in order. */
export class BlockQueue {
  private pending: AddedBlock[] = [];
  private consumer: ((block: AddedBlock) => void) | undefined;

  readonly push = (block: AddedBlock): void => {
    if (this.consumer) this.consumer(block);
    else this.pending.push(block);
  };

  drainInto(consumer: (block: AddedBlock) => void): void {
    const waiting = this.pending;
    this.pending = [];
    this.consumer = consumer;
    for (const block of waiting) consumer(block);
  }
}
