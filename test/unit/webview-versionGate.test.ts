import { describe, expect, it } from 'vitest';
import { ChangeTracker, changeKey } from '../../webview/changeKey';
import { VersionGate } from '../../webview/versionGate';

describe('VersionGate', () => {
  it('applies messages in increasing versions', () => {
    const gate = new VersionGate();
    expect(gate.accept(1)).toBe(true);
    expect(gate.accept(2)).toBe(true);
    expect(gate.accept(5)).toBe(true);
    expect(gate.last).toBe(5);
  });

  it('drops a message older than the last one applied', () => {
    const gate = new VersionGate();
    gate.accept(3);
    expect(gate.accept(2)).toBe(false);
    expect(gate.last).toBe(3);
    expect(gate.accept(4)).toBe(true);
  });

  it('accepts the same version again (the same state, resent)', () => {
    const gate = new VersionGate();
    gate.accept(7);
    expect(gate.accept(7)).toBe(true);
  });

  it('accepts any first version, and refuses what is not a number', () => {
    const gate = new VersionGate();
    expect(gate.last).toBeNull();
    expect(gate.accept(Number.NaN)).toBe(false);
    expect(gate.accept(0)).toBe(true);
  });
});

describe('chart change detection', () => {
  it('sees no change when the model is the same data in new objects', () => {
    const tracker = new ChangeTracker();
    expect(tracker.changed(changeKey({ revenue: [1, 2], unit: 'billion' }, 'dark'))).toBe(true);
    expect(tracker.changed(changeKey({ revenue: [1, 2], unit: 'billion' }, 'dark'))).toBe(false);
  });

  it('sees a change when a number, a label or the theme changes', () => {
    const tracker = new ChangeTracker();
    tracker.changed(changeKey({ revenue: [1, 2], labels: ['a', 'b'] }, 'dark'));
    expect(tracker.changed(changeKey({ revenue: [1, 3], labels: ['a', 'b'] }, 'dark'))).toBe(true);
    expect(tracker.changed(changeKey({ revenue: [1, 3], labels: ['a', 'c'] }, 'dark'))).toBe(true);
    expect(tracker.changed(changeKey({ revenue: [1, 3], labels: ['a', 'c'] }, 'light'))).toBe(true);
  });

  it('distinguishes null from a missing value and from 0', () => {
    expect(changeKey({ v: [null] })).not.toBe(changeKey({ v: [0] }));
    expect(changeKey({ v: [null] })).not.toBe(changeKey({ v: [] }));
  });

  it('draws again after a reset', () => {
    const tracker = new ChangeTracker();
    const key = changeKey({ a: 1 });
    tracker.changed(key);
    tracker.reset();
    expect(tracker.changed(key)).toBe(true);
  });
});
