// When the workbench counts as loaded, and what pops up over it: notification toasts and modal dialogs.
import type { Page } from 'playwright-core';

/** Waits for the workbench's editor area and status bar (they appear once the remote connection is up). */
export async function waitForWorkbench(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench .part.statusbar .statusbar-item', { timeout: timeoutMs });
}

const TOAST = '.notifications-toasts .notification-toast';

export interface Notification {
  severity: 'error' | 'warning' | 'info' | '';
  message: string;
  /** The extension or component that sent it, when the toast shows one. */
  source: string;
  buttons: string[];
}

/** The notification toasts that are showing. */
export async function notifications(page: Page): Promise<Notification[]> {
  return page.$$eval(TOAST, (toasts) =>
    toasts.map((toast) => {
      const text = (selector: string): string => toast.querySelector(selector)?.textContent?.trim() ?? '';
      const icon = toast.querySelector('.notification-list-item-icon')?.className ?? '';
      const severity = (['error', 'warning', 'info'] as const).find((level) => icon.includes(level)) ?? '';
      return {
        severity,
        message: text('.notification-list-item-message'),
        source: text('.notification-list-item-source'),
        buttons: [...toast.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map(
          (button) => button.textContent?.trim() ?? '',
        ),
      };
    }),
  );
}

/** Clicks a button of the toast whose message contains `message`. */
export async function clickNotificationButton(page: Page, message: string, button: string): Promise<void> {
  await page
    .locator(TOAST)
    .filter({ hasText: message })
    .first()
    .locator('.notification-list-item-buttons-container .monaco-button', { hasText: button })
    .first()
    .click();
}

/** Closes every notification toast that is showing (there are usually none). Returns how many it closed. */
export async function dismissNotifications(page: Page): Promise<number> {
  let closed = 0;
  for (let round = 0; round < 20; round += 1) {
    const toast = page.locator(TOAST).first();
    if (!(await toast.isVisible().catch(() => false))) break;
    await toast.hover({ timeout: 2000 }).catch(() => undefined);
    const clear = toast.locator('.codicon-notifications-clear').first();
    const clicked = await clear
      .click({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (!clicked) break;
    closed += 1;
  }
  return closed;
}

export interface Dialog {
  message: string;
  detail: string;
  buttons: string[];
}

/** The modal dialog that is showing (it blocks keyboard shortcuts), or undefined. */
export async function modalDialog(page: Page): Promise<Dialog | undefined> {
  const box = page.locator('.monaco-dialog-box').first();
  if (!(await box.isVisible().catch(() => false))) return undefined;
  return box.evaluate((element) => ({
    message: element.querySelector('.dialog-message-text')?.textContent?.trim() ?? '',
    detail: element.querySelector('.dialog-message-detail')?.textContent?.trim() ?? '',
    buttons: [...element.querySelectorAll('.dialog-buttons .monaco-button')].map(
      (button) => button.textContent?.trim() ?? '',
    ),
  }));
}

/** Clicks a button of the modal dialog (e.g. "OK", "Cancel") and waits until the dialog has gone. */
export async function answerDialog(page: Page, button: string): Promise<void> {
  const box = page.locator('.monaco-dialog-box').first();
  await box.locator('.dialog-buttons .monaco-button', { hasText: button }).first().click();
  await box.waitFor({ state: 'detached', timeout: 10_000 });
}
