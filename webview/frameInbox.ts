/**
 * The host's messages, applied at most once per animation frame. While a person types, renders of
 * several document versions can arrive between two frames (the thread they share with the editor
 * is busy drawing keys); only the newest can be seen, so the older ones cost that thread work for
 * nothing. Messages are kept in order and handed over in the next frame; a render or problems
 * message followed by a newer one in the same batch is skipped. Whatever comes after a skipped one
 * (its uncertainty sections) is still handed over and dropped by the app, which knows its version.
 *
 * A preview in a background tab gets no frames; FALLBACK_MS still applies what came.
 */
const FALLBACK_MS = 100;

/** Whether a message replaces what the preview shows (a render or problems of a document version). */
export type Supersedes<M> = (message: M) => boolean;

export class FrameInbox<M> {
  private queue: M[] = [];
  private scheduled = false;
  private fallback: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(
    private readonly apply: (message: M) => void,
    private readonly supersedes: Supersedes<M>,
  ) {}

  push(message: M): void {
    this.queue.push(message);
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.flush());
    this.fallback = setTimeout(() => this.flush(), FALLBACK_MS);
  }

  private flush(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    clearTimeout(this.fallback);
    this.fallback = undefined;
    const batch = this.queue;
    this.queue = [];
    const lastFull = batch.map(this.supersedes).lastIndexOf(true);
    batch.forEach((message, i) => {
      if (i < lastFull && this.supersedes(message)) return;
      try {
        this.apply(message);
      } catch (error) {
        // One bad message must not cost the rest of the batch; the error still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    });
  }
}
