import { describe, expect, it } from 'vitest';
import { SimulationScheduler } from '../../src/preview/simulationScheduler';
import type { Timers } from '../../src/timers';

/** A fake clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let next = 0;
  const queue: { at: number; callback: () => void; handle: number }[] = [];
  const timers: Timers = {
    set: (callback, ms) => {
      queue.push({ at: now + ms, callback, handle: ++next });
      return next;
    },
    clear: (handle) => {
      const i = queue.findIndex((t) => t.handle === handle);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const due = queue[0];
      if (!due || due.at > now) return;
      queue.shift();
      due.callback();
    }
  };
  return { timers, advance, pending: () => queue.length };
}

interface FakeAnalysis {
  text: string;
}

function setup(simulate: (analysis: FakeAnalysis) => string | null = (a) => `sections of ${a.text}`) {
  const clock = fakeClock();
  const posted: { version: number; documentUri: string; sections: string }[] = [];
  const errors: unknown[] = [];
  const runs: string[] = [];
  const scheduler = new SimulationScheduler<FakeAnalysis, string>({
    simulate: (analysis) => {
      runs.push(analysis.text);
      return simulate(analysis);
    },
    post: (version, documentUri, sections) => posted.push({ version, documentUri, sections }),
    log: (error) => errors.push(error),
    idleMs: () => 250,
    timers: clock.timers,
  });
  return { clock, posted, errors, runs, scheduler };
}

describe('the simulation runs after a render, off the keystroke path', () => {
  it('simulates once the editor has been quiet, and posts with the version of the render', () => {
    const { clock, posted, scheduler } = setup();
    scheduler.schedule(3, 'file:///a', { text: 'a' });
    expect(posted).toEqual([]);
    clock.advance(249);
    expect(posted).toEqual([]);
    clock.advance(1);
    expect(posted).toEqual([{ version: 3, documentUri: 'file:///a', sections: 'sections of a' }]);
  });

  it('simulates a burst of renders once, for the newest', () => {
    const { clock, posted, runs, scheduler } = setup();
    scheduler.schedule(1, 'u', { text: 'v1' });
    clock.advance(150);
    scheduler.schedule(2, 'u', { text: 'v2' });
    clock.advance(150);
    scheduler.schedule(3, 'u', { text: 'v3' });
    clock.advance(1000);
    expect(runs).toEqual(['v3']);
    expect(posted.map((p) => p.version)).toEqual([3]);
  });

  it('drops a scheduled simulation when a problems message supersedes its render', () => {
    const { clock, posted, runs, scheduler } = setup();
    scheduler.schedule(4, 'u', { text: 'good' });
    scheduler.cancel(5);
    clock.advance(1000);
    expect(runs).toEqual([]);
    expect(posted).toEqual([]);
    expect(clock.pending()).toBe(0);
  });

  it('ignores a render older than one already scheduled (sends that crossed)', () => {
    const { clock, posted, scheduler } = setup();
    scheduler.schedule(7, 'u', { text: 'new' });
    scheduler.schedule(6, 'u', { text: 'old' });
    clock.advance(1000);
    expect(posted).toEqual([{ version: 7, documentUri: 'u', sections: 'sections of new' }]);
  });

  it('logs an exception of the engine and posts nothing, and the next render simulates again', () => {
    const { clock, posted, errors, scheduler } = setup((analysis) => {
      if (analysis.text === 'bad') throw new Error('not yet');
      return `sections of ${analysis.text}`;
    });
    scheduler.schedule(1, 'u', { text: 'bad' });
    expect(() => clock.advance(1000)).not.toThrow();
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('not yet');
    expect(posted).toEqual([]);
    scheduler.schedule(2, 'u', { text: 'good' });
    clock.advance(1000);
    expect(posted.map((p) => p.version)).toEqual([2]);
  });

  it('posts nothing when the engine has no sections for the analysis', () => {
    const { clock, posted, runs, scheduler } = setup(() => null);
    scheduler.schedule(1, 'u', { text: 'x' });
    clock.advance(1000);
    expect(runs).toEqual(['x']);
    expect(posted).toEqual([]);
  });

  it('reuses the sections when the same analysis is rendered again (a save without a change)', () => {
    const { clock, posted, runs, scheduler } = setup();
    const analysis = { text: 'same' };
    scheduler.schedule(1, 'u', analysis);
    clock.advance(1000);
    scheduler.schedule(2, 'u', analysis);
    clock.advance(1000);
    expect(runs).toEqual(['same']);
    expect(posted.map((p) => [p.version, p.sections])).toEqual([
      [1, 'sections of same'],
      [2, 'sections of same'],
    ]);
  });

  it('runs nothing after dispose', () => {
    const { clock, posted, runs, scheduler } = setup();
    scheduler.schedule(1, 'u', { text: 'x' });
    scheduler.dispose();
    scheduler.schedule(2, 'u', { text: 'y' });
    clock.advance(1000);
    expect(runs).toEqual([]);
    expect(posted).toEqual([]);
    expect(clock.pending()).toBe(0);
  });
});
