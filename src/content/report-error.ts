/**
 * The one way the content world deals with an error it cannot act on: a note in the console for
 * a developer, at debug level so a reader never sees it. Nothing of ours may throw into the page,
 * and a failure that leaves no trace at all cannot be found.
 */
export function reportError(where: string, error: unknown): void {
  try {
    console.debug(`[lpc] ${where}:`, error);
  } catch {
    // Even the console can fail (a page that froze or replaced it); there is nowhere left to say it.
  }
}
