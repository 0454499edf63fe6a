// Work started at once, reported as if done one after the other: the same bad input always
// gives the same message, whichever promise happens to fail first.

/** Await every promise; fail with the first failure in argument order, not in time order. */
export async function inOrder<T extends unknown[]>(
  ...promises: { [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
}
