/**
 * Asks `probe` every 200 ms until it answers something other than null, or `timeout` runs out (then
 * null). For what the browsers report no event for: Firefox over BiDi announces neither a new
 * extension tab nor a storage change reaching another tab.
 */
export async function poll<T>(probe: () => Promise<T | null>, timeout: number): Promise<T | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}
