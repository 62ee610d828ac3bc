/**
 * Polls `probe` until it returns a value, for background work (reaper, scheduler) whose
 * moment a test does not control. Gives up with a clear message after `limitMs`.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  limitMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
