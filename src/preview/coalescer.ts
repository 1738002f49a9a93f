/**
 * How the preview keeps up with typing: an update starts at once when none is in flight; edits that
 * arrive while one is in flight fold into one more update, of the latest text, when it ends. No
 * fixed wait: the last keystroke is shown as soon as the one before it has been, never at the end of
 * a timer's window. (VS Code's Markdown preview waits 300 ms; analysing a case takes about 1 ms.)
 * Free of VS Code so it is unit-tested.
 */
export class Coalescer {
  private inFlight = false;
  private pending = false;
  private disposed = false;

  /** `run` does one update; its promise settles when the webview has taken the message. */
  constructor(private readonly run: () => Promise<void>) {}

  trigger(): void {
    if (this.disposed) return;
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    void this.start();
  }

  private async start(): Promise<void> {
    this.inFlight = true;
    try {
      do {
        this.pending = false;
        try {
          await this.run();
        } catch {
          // An update that failed is replaced by the next one; the host logs it where it happened.
        }
      } while (this.pending && !this.disposed);
    } finally {
      this.inFlight = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.pending = false;
  }
}
