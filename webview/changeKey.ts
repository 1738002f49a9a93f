/**
 * Cheap change detection for the parts of the preview: a part redraws only when the key of what it
 * shows changed. Models are plain JSON data (numbers, strings, arrays), so their JSON is the key.
 */

/** The key of a part's model, drawn with a theme (a theme change must redraw every chart). */
export function changeKey(model: unknown, themeKey = ''): string {
  return `${themeKey}\u0000${JSON.stringify(model)}`;
}

/** Remembers the last key and says whether a new one differs. */
export class ChangeTracker {
  private key: string | null = null;

  /** True when `key` differs from the last one seen (always true the first time); remembers it. */
  changed(key: string): boolean {
    if (key === this.key) return false;
    this.key = key;
    return true;
  }

  /** Forget the key, so the next `changed` is true. */
  reset(): void {
    this.key = null;
  }
}
