// The text editor, used as a person would: Quick Open, keystrokes, Go to Line, undo, save.
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  quickInputRow,
  quickInputRows,
  setQuickInputValue,
  waitForQuickInput,
  waitForQuickInputClosed,
} from './quickInput';

/** The element that takes a text editor's keystrokes: a textarea, or an EditContext div in newer builds. */
const EDITOR_INPUT = '.monaco-editor textarea.inputarea, .monaco-editor .native-edit-context';
const ACTIVE_GROUP = '.part.editor .editor-group-container.active';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    return !!active && active.matches(selector) && !!active.closest('.part.editor');
  }, EDITOR_INPUT);
}

/**
 * Gives the keyboard to a text editor without moving its cursor: the one already focused, else the
 * active editor group's, else the first visible one (e.g. when a webview group is active).
 */
export async function focusEditor(page: Page): Promise<void> {
  if (await editorHasFocus(page)) return;
  const inActiveGroup = page.locator(`${ACTIVE_GROUP} .editor-container`).locator(EDITOR_INPUT).first();
  const target =
    (await inActiveGroup.count()) > 0
      ? inActiveGroup
      : page.locator('.part.editor .editor-container').locator(EDITOR_INPUT).first();
  if ((await target.count()) === 0) throw new Error('No text editor is open.');
  await target.focus();
  await page.waitForFunction((selector) => document.activeElement?.matches(selector) ?? false, EDITOR_INPUT, {
    timeout: 5000,
  });
}

/** Clicks the tab labelled `label` (file name or editor title, e.g. "[Preview] README.md") in any group. */
export async function activateTab(page: Page, label: string): Promise<void> {
  await page
    .locator('.part.editor .tab')
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first()
    .click();
}

/** The titles of the tabs of the active editor group, the active one marked with `active`. */
export async function editorTabs(page: Page): Promise<{ label: string; active: boolean; dirty: boolean }[]> {
  return page.$$eval(`${ACTIVE_GROUP} .tab`, (tabs) =>
    tabs.map((tab) => ({
      label: tab.querySelector('.label-name')?.textContent?.trim() ?? '',
      active: tab.classList.contains('active'),
      dirty: tab.classList.contains('dirty'),
    })),
  );
}

/** Opens a workspace file with Quick Open (Ctrl+P), waits for its tab and for the editor to have focus. */
export async function openFile(page: Page, relativePath: string, timeoutMs = 30_000): Promise<void> {
  const normalized = relativePath.split(path.sep).join('/');
  const name = path.posix.basename(normalized);
  const dir = path.posix.dirname(normalized);
  await page.keyboard.press('Control+P');
  await waitForQuickInput(page);
  await setQuickInputValue(page, normalized);
  // Root files have no description; others show their folder (possibly abbreviated, so match its end).
  const row =
    dir === '.'
      ? page
          .locator('.quick-input-widget .quick-input-list .monaco-list-row')
          .filter({
            has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) }),
          })
          .filter({ hasNot: page.locator('.label-description', { hasText: /\S/ }) })
          .first()
      : quickInputRow(page, name, new RegExp(`${escapeRegExp(dir)}$`));
  try {
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(
      `Quick Open did not list ${relativePath}; it showed ${JSON.stringify(await quickInputRows(page))}`,
    );
  }
  await row.click();
  await waitForQuickInputClosed(page);
  await page
    .locator(`${ACTIVE_GROUP} .tab.active`)
    .filter({ has: page.locator('.label-name', { hasText: name }) })
    .waitFor({ timeout: timeoutMs });
  await page.waitForFunction(
    ([selector, group]) => {
      const active = document.activeElement;
      return !!active && active.matches(selector) && !!active.closest(group);
    },
    [EDITOR_INPUT, ACTIVE_GROUP] as const,
    { timeout: timeoutMs },
  );
}

export interface TypeOptions {
  /** Milliseconds between keys (default 0: as fast as the workbench takes them, about 70 ms a key here). */
  delayMs?: number;
}

/** Types key by key into the focused (or active) text editor; '\n' presses Enter, '\t' Tab. */
export async function typeInEditor(page: Page, text: string, options: TypeOptions = {}): Promise<void> {
  await focusEditor(page);
  await page.keyboard.type(text, { delay: options.delayMs ?? 0 });
}

/** Inserts text into the text editor as one input event (like a paste or an IME commit): fast for long text. */
export async function insertInEditor(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.insertText(text);
}

/** Ctrl+A, then the new text: inserted as one input event by default, or key by key with `mode: 'type'`. */
export async function selectAllAndType(
  page: Page,
  text: string,
  options: { mode?: 'insert' | 'type' } = {},
): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Delete');
  else if (options.mode === 'type') await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
}

export interface CursorPosition {
  line: number;
  column: number;
  /** Characters selected, 0 when the selection is empty. */
  selected: number;
}

/** The cursor of the focused text editor, as the status bar shows it ("Ln 3, Col 5 (12 selected)"). */
export async function cursorPosition(page: Page): Promise<CursorPosition> {
  const text =
    (await page.locator('#status\\.editor\\.selection').first().textContent({ timeout: 5000 })) ?? '';
  const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  if (!match) throw new Error(`Cannot read the cursor position from the status bar: "${text}"`);
  return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
}

/** Go to Line (Ctrl+G): moves the cursor to line (and column, 1-based) of the active editor. */
export async function gotoLine(page: Page, line: number, column?: number): Promise<CursorPosition> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await waitForQuickInput(page);
  await setQuickInputValue(page, column === undefined ? `:${line}` : `:${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitForQuickInputClosed(page);
  const expected = column === undefined ? `Ln ${line},` : `Ln ${line}, Col ${column}`;
  await page
    .waitForFunction(
      (want) => document.querySelector('#status\\.editor\\.selection')?.textContent?.includes(want) ?? false,
      expected,
      { timeout: 3000 },
    )
    .catch(() => undefined); // Past the end of the document the cursor is clamped: report where it went.
  return cursorPosition(page);
}

/** Ctrl+Z in the text editor, `times` times. */
export async function undo(page: Page, times = 1): Promise<void> {
  await focusEditor(page);
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Control+Z');
}

/** Ctrl+Shift+Z (Ctrl+Y) in the text editor. */
export async function redo(page: Page, times = 1): Promise<void> {
  await focusEditor(page);
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Control+Shift+Z');
}

/** Ctrl+S, then waits until the active tab is no longer marked dirty. */
export async function saveActiveEditor(page: Page, timeoutMs = 10_000): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+S');
  await page.waitForFunction((group) => !document.querySelector(`${group} .tab.active.dirty`), ACTIVE_GROUP, {
    timeout: timeoutMs,
  });
}

export interface EditorTextOptions {
  /** Default true: put the cursor back where it was (the selection itself is not kept). */
  restoreCursor?: boolean;
}

/**
 * The whole text of the focused (or active) text editor's model, unsaved edits included.
 *
 * `monaco` is not reachable from the page in code-server and `.view-lines` holds only the rendered lines,
 * so this selects all and presses Ctrl+C: the editor answers the trusted `copy` event by writing the
 * model text into the event's clipboardData, which a window listener reads (no system clipboard needed).
 */
export async function editorText(page: Page, options: EditorTextOptions = {}): Promise<string> {
  await focusEditor(page);
  const before = options.restoreCursor === false ? undefined : await cursorPosition(page);
  await page.evaluate(() => {
    const w = window as Window & { __itcaseCopies?: string[] };
    if (w.__itcaseCopies === undefined) {
      w.__itcaseCopies = [];
      window.addEventListener('copy', (event) => {
        w.__itcaseCopies?.push(event.clipboardData?.getData('text/plain') ?? '');
      });
    }
    w.__itcaseCopies.length = 0;
  });
  await page.keyboard.press('Control+A');
  const somethingSelected = await page
    .waitForFunction(
      () =>
        document.querySelector('#status\\.editor\\.selection')?.textContent?.includes('selected') ?? false,
      undefined,
      { timeout: 2000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!somethingSelected && (await visibleEditorLines(page)).every((line) => line === '')) {
    // An empty document: with nothing selected, Ctrl+C would copy the empty line as "\n".
    if (before !== undefined) await gotoLine(page, 1, 1);
    return '';
  }
  await page.keyboard.press('Control+C');
  const handle = await page.waitForFunction(
    () => {
      const copies = (window as Window & { __itcaseCopies?: string[] }).__itcaseCopies;
      return copies !== undefined && copies.length > 0 ? copies[copies.length - 1] : undefined;
    },
    undefined,
    { timeout: 5000 },
  );
  const text = (await handle.jsonValue()) ?? '';
  if (before !== undefined) await gotoLine(page, before.line, before.column);
  return text;
}

/** The lines the active text editor has rendered (only those in view), top to bottom. */
export async function visibleEditorLines(page: Page): Promise<string[]> {
  return page.$$eval(`${ACTIVE_GROUP} .monaco-editor .view-lines .view-line`, (lines) =>
    lines
      .map((line) => ({
        top: parseFloat((line as HTMLElement).style.top || '0'),
        text: line.textContent ?? '',
      }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' ')),
  );
}
