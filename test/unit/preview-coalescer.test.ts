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
    const c = new Coalescer(d.run);
    c.trigger();
    expect(d.runs).toHaveLength(1);
  });

  it('folds the edits that arrive during an update into one update of the latest text, right after it', async () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run);
    c.trigger();
    c.trigger();
    c.trigger();
    c.trigger();
    expect(d.runs).toHaveLength(1);
    await d.settle(0);
    expect(d.runs).toHaveLength(2);
    await d.settle(1);
    expect(d.runs).toHaveLength(2);
    c.trigger();
    expect(d.runs).toHaveLength(3);
  });

  it('goes on after an update fails, and stops after dispose', async () => {
    const d = deferredRuns();
    const c = new Coalescer(d.run);
    c.trigger();
    c.trigger();
    await d.settle(0, true);
    expect(d.runs).toHaveLength(2);
    c.dispose();
    c.trigger();
    await d.settle(1);
    expect(d.runs).toHaveLength(2);
  });
});
