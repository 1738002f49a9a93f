// Typing at a person's steady pace: each key pressed at a fixed time after the first, whatever the
// page is doing. Playwright's `keyboard.type(text, { delay })` waits for the page to handle each key
// before it waits the delay, so on a busy page its keys land 60–100 ms apart instead of 40.
import type { Page } from 'playwright-core';

interface KeyEvent {
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  text: string;
}

const NAMED: Record<string, Omit<KeyEvent, 'key' | 'text'>> = {
  '.': { code: 'Period', windowsVirtualKeyCode: 190 },
  ',': { code: 'Comma', windowsVirtualKeyCode: 188 },
  '-': { code: 'Minus', windowsVirtualKeyCode: 189 },
  ' ': { code: 'Space', windowsVirtualKeyCode: 32 },
};

/** The US-layout key that types `char` (digits, letters, and `. , -` and space). */
function keyFor(char: string): KeyEvent {
  if (/^[0-9]$/.test(char))
    return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0), text: char };
  if (/^[a-z]$/i.test(char)) {
    const upper = char.toUpperCase();
    return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), text: char };
  }
  const named = NAMED[char];
  if (named === undefined) throw new Error(`No steady-pace key for ${JSON.stringify(char)}.`);
  return { key: char, text: char, ...named };
}

/**
 * Presses each character's key at `start + i × intervalMs` (keydown to keydown), without waiting for
 * the page between keys, as a typist does; resolves when the page has taken every key, with
 * the `performance.now()` at which the last key was sent. Chromium only
 * (the keys go through the DevTools protocol, in order, so each key's up precedes the next key's down).
 */
export async function typeAtSteadyPace(page: Page, text: string, intervalMs: number): Promise<number> {
  const keys = [...text].map(keyFor);
  const session = await page.context().newCDPSession(page);
  try {
    const sent: Promise<unknown>[] = [];
    const start = performance.now();
    let lastSentAt = start;
    for (const [i, key] of keys.entries()) {
      const due = start + i * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastSentAt = performance.now();
      const event = { ...key, unmodifiedText: key.text, nativeVirtualKeyCode: key.windowsVirtualKeyCode };
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event }));
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event, text: undefined }));
    }
    await Promise.all(sent);
    return lastSentAt;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
