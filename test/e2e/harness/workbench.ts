// Helpers a test uses like a person at the workbench; the editor, quick input and Problems panel
// helpers live in their own files and are re-exported here.
import type { Page } from 'playwright-core';
import { runCommand, pickQuickPickItem, waitForQuickInputClosed } from './quickInput';
import { dismissNotifications, waitForWorkbench } from './workbenchReady';

export * from './editor';
export * from './problemsPanel';
export * from './quickInput';
export * from './workbenchReady';

export type ThemeKind = 'vs' | 'vs-dark' | 'hc-black' | 'hc-light';

/** The kind of the current color theme, from the workbench's classes. */
export async function colorThemeKind(page: Page): Promise<ThemeKind> {
  const classes = await page
    .locator('.monaco-workbench')
    .first()
    .evaluate((element) => [...element.classList]);
  for (const kind of ['hc-light', 'hc-black', 'vs-dark', 'vs'] as const)
    if (classes.includes(kind)) return kind;
  throw new Error(`No theme kind among the workbench classes ${classes.join(' ')}`);
}

/** "Preferences: Color Theme", then picks e.g. "Dark Modern", "Light Modern", "Dark High Contrast". */
export async function setColorTheme(page: Page, themeLabel: string, timeoutMs = 15_000): Promise<ThemeKind> {
  const workbench = page.locator('.monaco-workbench').first();
  const before = await workbench.getAttribute('class');
  await runCommand(page, 'Preferences: Color Theme');
  // The picker opens with the current theme focused.
  const current = (
    await page.locator('.quick-input-list .monaco-list-row.focused .label-name').first().textContent()
  )?.trim();
  await pickQuickPickItem(page, themeLabel);
  await waitForQuickInputClosed(page);
  if (current !== themeLabel) {
    // The theme loads asynchronously: wait for the workbench's theme classes to change.
    await page.waitForFunction(
      (previous) => document.querySelector('.monaco-workbench')?.getAttribute('class') !== previous,
      before,
      { timeout: timeoutMs },
    );
  }
  return colorThemeKind(page);
}

/** "Developer: Reload Window", then waits for a new workbench (not the old one still on screen). */
export async function reloadWindow(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.evaluate(() => {
    (window as Window & { __itcaseBeforeReload?: boolean }).__itcaseBeforeReload = true;
  });
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForFunction(
    () => (window as Window & { __itcaseBeforeReload?: boolean }).__itcaseBeforeReload !== true,
    undefined,
    { timeout: timeoutMs },
  );
  await waitForWorkbench(page, timeoutMs);
  await dismissNotifications(page);
}

function actionMatches(candidate: string, wanted: string): boolean {
  // Aria-labels look like "Open Preview to the Side (Ctrl+K V)\n[Alt] Open Preview (Ctrl+Shift+V)".
  const first = candidate.split('\n')[0]?.trim() ?? '';
  return first === wanted || first.replace(/\s*\([^)]*\)$/, '') === wanted;
}

/**
 * Clicks an action of the active editor group's title bar by its title or aria-label (keybinding
 * suffix optional), looking in the "More Actions..." menu when it is not shown as an icon.
 */
export async function clickEditorTitleAction(
  page: Page,
  titleOrAriaLabel: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const titleBar = '.part.editor .editor-group-container.active .title .editor-actions';
  const actions = page.locator(`${titleBar} .action-label`);
  const more = page.locator(`${titleBar} .action-label[aria-label="More Actions..."]`).first();
  while (Date.now() < deadline) {
    const count = await actions.count();
    for (let i = 0; i < count; i += 1) {
      const action = actions.nth(i);
      const label = (await action.getAttribute('aria-label')) ?? (await action.getAttribute('title')) ?? '';
      if (actionMatches(label, titleOrAriaLabel) && (await action.isVisible())) {
        await action.click();
        return;
      }
    }
    if (await more.isVisible().catch(() => false)) {
      await more.click();
      const item = page
        .locator('.monaco-menu .action-item .action-label')
        .filter({
          hasText: new RegExp(`^\\s*${titleOrAriaLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`),
        })
        .first();
      const shown = await item
        .waitFor({ state: 'visible', timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (shown) {
        // A menu may ignore a click that comes right after it opened: hover, click, and if the menu
        // is still open, press Enter on the item the hover selected.
        await item.hover();
        await item.click();
        const menu = page.locator('.monaco-menu').first();
        const closed = await menu
          .waitFor({ state: 'hidden', timeout: 2000 })
          .then(() => true)
          .catch(() => false);
        if (!closed && (await menu.isVisible())) await page.keyboard.press('Enter');
        await menu.waitFor({ state: 'hidden', timeout: 5000 });
        return;
      }
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`No editor title action "${titleOrAriaLabel}" in the active editor group`);
}
