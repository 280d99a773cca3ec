/** What withinBudget resolves to when the time ran out first. */
export const OUT_OF_TIME: unique symbol = Symbol('out of time');

/**
 * `work`'s result, or OUT_OF_TIME when it has not settled within `ms` milliseconds. The timer is
 * cleared as soon as `work` settles (a pending timer would keep the hook process alive until it
 * fired), and a rejection of `work` after the time ran out is swallowed: the caller has moved on.
 */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | typeof OUT_OF_TIME> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof OUT_OF_TIME>((resolve) => {
    timer = setTimeout(() => resolve(OUT_OF_TIME), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
