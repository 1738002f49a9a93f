/**
 * How the preview keeps up with typing: an update starts at once while fewer than `limit` are in
 * flight; edits that arrive while `limit` are in flight fold into one more update, of the latest
 * text, when one of them ends. No fixed wait: VS Code's Markdown preview waits 300 ms, while
 * analysing a case takes a few milliseconds.
 *
 * A webview's postMessage settles only when the message has crossed to the window and the answer has
 * come back; while the window is busy drawing the typed keys that round trip takes 50–140 ms, several
 * of a typist's keys. The preview's limit is a safety valve for a window that stops taking messages,
 * not a pace: an edit must not wait for the round trips of the keys before it, and the webview drops
 * whichever message arrives stale (versionGate.ts, frameInbox.ts). Free of VS Code so it is
 * unit-tested.
 */
export class Coalescer {
  private inFlight = 0;
  private pending = false;
  private disposed = false;

  /** `run` does one update; its promise settles when the webview has taken the message. */
  constructor(
    private readonly run: () => Promise<void>,
    private readonly limit: number,
  ) {}

  trigger(): void {
    if (this.disposed) return;
    if (this.inFlight >= this.limit) {
      this.pending = true;
      return;
    }
    void this.start();
  }

  private async start(): Promise<void> {
    this.inFlight++;
    try {
      await this.run();
    } catch {
      // An update that failed is replaced by the next one; the host logs it where it happened.
    } finally {
      this.inFlight--;
    }
    if (this.pending && !this.disposed) {
      this.pending = false;
      void this.start();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.pending = false;
  }
}
