/** Polls `url` until `answered` accepts a response or `seconds` pass; says whether it answered. */
export async function waitForUrl(
  url: string,
  seconds: number,
  answered: (response: Response) => boolean,
): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if (answered(await fetch(url, { redirect: 'manual' }))) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
