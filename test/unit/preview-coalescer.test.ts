import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../src/preview/coalescer';

/** An update whose delivery the test finishes by hand. */
function deferredRuns() {
  const runs: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ resolve, reject });
    });
  const settle = async (i: number, fail = false) => {
    if (fail) runs[i]!.reject(new Error('webview gone'));
    else runs[i]!.resolve();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { runs, run, settle };
}

describe('Coalescer (preview updates while typing)', () => {
  it('starts an update at once when none is in flight', () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run, 2);
    c.trigger();
    expect(d.runs).toHaveLength(1);
  });

  it('starts a second update at once while one is in flight, so the last key never waits for a round trip', () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run, 2);
    c.trigger();
    c.trigger();
    expect(d.runs).toHaveLength(2);
  });

  it('folds the edits that arrive while two updates are in flight into one update of the latest text, started when one ends', async () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run, 2);
    c.trigger();
    c.trigger();
    c.trigger();
    c.trigger();
    c.trigger();
    expect(d.runs).toHaveLength(2);
    await d.settle(0);
    expect(d.runs).toHaveLength(3);
    await d.settle(1);
    await d.settle(2);
    expect(d.runs).toHaveLength(3);
    c.trigger();
    expect(d.runs).toHaveLength(4);
  });

  it('with a limit of one, runs strictly one update after another', async () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run, 1);
    c.trigger();
    c.trigger();
    c.trigger();
    expect(d.runs).toHaveLength(1);
    await d.settle(0);
    expect(d.runs).toHaveLength(2);
    await d.settle(1);
    expect(d.runs).toHaveLength(2);
  });

  it('goes on after an update fails, and stops after dispose', async () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run, 2);
    c.trigger();
    c.trigger();
    c.trigger();
    await d.settle(0, true);
    expect(d.runs).toHaveLength(3);
    c.dispose();
    c.trigger();
    await d.settle(1);
    await d.settle(2);
    expect(d.runs).toHaveLength(3);
  });
});
