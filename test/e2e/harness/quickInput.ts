// The quick input widget: command palette, Quick Open, Go to Line and every quick pick.
import type { Locator, Page } from 'playwright-core';
import { modalDialog } from './workbenchReady';

const WIDGET = '.quick-input-widget';
const INPUT = `${WIDGET} input[type="text"]`;
const ROW = `${WIDGET} .quick-input-list .monaco-list-row`;

export interface QuickInputRow {
  /** The label as shown (icons' blank stripped). */
  label: string;
  description: string;
  ariaLabel: string;
}

export async function quickInputVisible(page: Page): Promise<boolean> {
  return page
    .locator(WIDGET)
    .first()
    .isVisible()
    .catch(() => false);
}

/** Waits until the quick input shows (after a shortcut opened it). */
export async function waitForQuickInput(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.locator(INPUT).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Waits until the quick input has closed. */
export async function waitForQuickInputClosed(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.locator(WIDGET).first().waitFor({ state: 'hidden', timeout: timeoutMs });
}

export async function closeQuickInput(page: Page): Promise<void> {
  if (!(await quickInputVisible(page))) return;
  await page.keyboard.press('Escape');
  await waitForQuickInputClosed(page, 5000).catch(() => undefined);
}

export async function quickInputValue(page: Page): Promise<string> {
  return page.locator(INPUT).first().inputValue();
}

/**
 * Replaces the text of the open quick input as one input event (like a paste): typing key by key costs
 * about 70 ms a key here, and the widget filters on every input event the same way.
 */
export async function setQuickInputValue(page: Page, value: string): Promise<void> {
  const input = page.locator(INPUT).first();
  await input.focus();
  await page.keyboard.press('Control+A');
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.insertText(value);
}

/** The rows the open quick input lists (only those rendered: the list is virtual). */
export async function quickInputRows(page: Page): Promise<QuickInputRow[]> {
  return page.$$eval(ROW, (rows) =>
    rows.map((row) => ({
      label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
      ariaLabel: row.getAttribute('aria-label') ?? '',
    })),
  );
}

function labelMatcher(label: string | RegExp): RegExp {
  if (label instanceof RegExp) return label;
  return new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** The row whose label is exactly `label` (or matches the RegExp): fuzzy ranking often puts another row first. */
export function quickInputRow(page: Page, label: string | RegExp, description?: string | RegExp): Locator {
  let rows = page.locator(ROW).filter({ has: page.locator('.label-name', { hasText: labelMatcher(label) }) });
  if (description !== undefined) {
    rows = rows.filter({ has: page.locator('.label-description', { hasText: labelMatcher(description) }) });
  }
  return rows.first();
}

export interface PickOptions {
  /** Type this into the filter first (default: the label when it is a string; '' leaves the filter alone). */
  filter?: string;
  description?: string | RegExp;
  timeoutMs?: number;
}

/** In the open quick pick, filters for and clicks the row labelled `label`. */
export async function pickQuickPickItem(
  page: Page,
  label: string | RegExp,
  options: PickOptions = {},
): Promise<void> {
  const timeout = options.timeoutMs ?? 10_000;
  await waitForQuickInput(page, timeout);
  const filter = options.filter ?? (typeof label === 'string' ? label : '');
  if (filter !== '') await setQuickInputValue(page, filter);
  const row = quickInputRow(page, label, options.description);
  try {
    await row.waitFor({ state: 'visible', timeout });
  } catch {
    const seen = (await quickInputRows(page)).map((item) => item.label);
    throw new Error(`No quick pick item ${String(label)}; the list shows: ${JSON.stringify(seen)}`);
  }
  await row.click();
}

/** A modal dialog swallows the keyboard: say so instead of timing out on a shortcut. */
export async function failOnModalDialog(page: Page, doing: string): Promise<void> {
  const dialog = await modalDialog(page);
  if (dialog === undefined) return;
  throw new Error(
    `Cannot ${doing}: a modal dialog is open (${JSON.stringify(dialog)}); answer it with answerDialog(page, button).`,
  );
}

export interface RunCommandOptions {
  /** Default 30 s: commands of extensions appear in the palette only once registered, so it retries. */
  timeoutMs?: number;
}

/** Runs a command by its palette title, e.g. "Markdown: Open Preview to the Side", as a person would. */
export async function runCommand(page: Page, title: string, options: RunCommandOptions = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let seen: string[];
  for (;;) {
    await failOnModalDialog(page, `run "${title}"`);
    await closeQuickInput(page);
    await page.keyboard.press('Control+Shift+P');
    try {
      await waitForQuickInput(page);
    } catch (error) {
      await failOnModalDialog(page, `run "${title}"`);
      throw error;
    }
    const typed = `>${title}`;
    await setQuickInputValue(page, typed);
    const row = quickInputRow(page, title);
    const wait = Math.max(1000, Math.min(5000, deadline - Date.now()));
    const found = await row
      .waitFor({ state: 'visible', timeout: wait })
      .then(() => true)
      .catch(() => false);
    if (found) {
      await row.click();
      // Either the palette closes or the command opens its own quick pick (Color Theme does).
      await page.waitForFunction(
        ([widget, input, before]) => {
          const box = document.querySelector<HTMLElement>(widget);
          const field = document.querySelector<HTMLInputElement>(input);
          return !box || box.style.display === 'none' || !field || field.value !== before;
        },
        [WIDGET, INPUT, typed] as const,
        { timeout: 10_000 },
      );
      return;
    }
    seen = (await quickInputRows(page)).map((item) => item.label);
    if (Date.now() >= deadline) break;
  }
  await closeQuickInput(page);
  throw new Error(`No command "${title}" in the command palette; it listed: ${JSON.stringify(seen)}`);
}
