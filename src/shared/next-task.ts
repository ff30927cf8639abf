/**
 * Resolves in a later task (`scheduler.yield()` where the browser has it,
 * else a zero timeout), so that the work after it runs apart from the work
 * before: two tasks of 40 ms leave the page free to answer a tap between
 * them, where one of 80 ms would not.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
