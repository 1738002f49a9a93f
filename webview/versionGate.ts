/**
 * Drops stale messages. The host numbers every message; a render that was overtaken by a newer one
 * (they can cross on the way) must not replace what is shown. A message with the same version as the
 * last one applied is accepted: it is the same state, sent again (e.g. after a reload).
 */
export class VersionGate {
  private lastApplied = Number.NEGATIVE_INFINITY;

  /** True, and remembers the version, when a message with this version should be applied. */
  accept(version: number): boolean {
    if (!Number.isFinite(version) || version < this.lastApplied) return false;
    this.lastApplied = version;
    return true;
  }

  get last(): number | null {
    return Number.isFinite(this.lastApplied) ? this.lastApplied : null;
  }
}
