// The preview applies the host's messages at most once per frame, skipping renders a newer one replaced.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameInbox } from '../../webview/frameInbox';

interface Message {
  type: 'render' | 'problems' | 'uncertainty';
  version: number;
}

/** Frames and timeouts run by hand: requestAnimationFrame stubbed, setTimeout faked. */
function manualScheduler() {
  let frames: (() => void)[] = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    frames.push(callback);
    return frames.length;
  });
  return {
    frame() {
      const run = frames;
      frames = [];
      for (const callback of run) callback();
    },
    timeout() {
      vi.advanceTimersByTime(100);
    },
    pendingTimeouts: () => vi.getTimerCount(),
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function inboxWith() {
  const clock = manualScheduler();
  const applied: string[] = [];
  const inbox = new FrameInbox<Message>(
    (m) => applied.push(`${m.type} ${m.version}`),
    (m) => m.type !== 'uncertainty',
  );
  return { clock, applied, inbox };
}

describe('FrameInbox', () => {
  it('applies nothing before the frame, then the message', () => {
    const { clock, applied, inbox } = inboxWith();
    inbox.push({ type: 'render', version: 1 });
    expect(applied).toEqual([]);
    clock.frame();
    expect(applied).toEqual(['render 1']);
    expect(clock.pendingTimeouts()).toBe(0);
  });

  it('skips renders and problems replaced by a newer one in the same frame', () => {
    const { clock, applied, inbox } = inboxWith();
    inbox.push({ type: 'render', version: 1 });
    inbox.push({ type: 'uncertainty', version: 1 });
    inbox.push({ type: 'problems', version: 2 });
    inbox.push({ type: 'render', version: 3 });
    inbox.push({ type: 'uncertainty', version: 3 });
    clock.frame();
    // The uncertainty of version 1 is handed over; the app drops it, as version 1 is not shown.
    expect(applied).toEqual(['uncertainty 1', 'render 3', 'uncertainty 3']);
  });

  it('keeps every message of separate frames, in order', () => {
    const { clock, applied, inbox } = inboxWith();
    inbox.push({ type: 'render', version: 1 });
    clock.frame();
    inbox.push({ type: 'render', version: 2 });
    clock.frame();
    expect(applied).toEqual(['render 1', 'render 2']);
  });

  it('applies without a frame after the fallback (a preview in a background tab), and only once', () => {
    const { clock, applied, inbox } = inboxWith();
    inbox.push({ type: 'render', version: 1 });
    inbox.push({ type: 'render', version: 2 });
    clock.timeout();
    expect(applied).toEqual(['render 2']);
    clock.frame();
    expect(applied).toEqual(['render 2']);
  });

  it('a message that throws does not cost the rest of its batch', async () => {
    const clock = manualScheduler();
    const applied: number[] = [];
    const inbox = new FrameInbox<Message>(
      (m) => {
        if (m.version === 1) throw new Error('bad');
        applied.push(m.version);
      },
      () => false,
    );
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      inbox.push({ type: 'uncertainty', version: 1 });
      inbox.push({ type: 'uncertainty', version: 2 });
      clock.frame();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(applied).toEqual([2]);
    expect(errors).toHaveLength(1);
  });
});
