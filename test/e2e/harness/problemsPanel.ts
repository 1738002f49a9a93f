// The Problems panel, read the way a person reads it.
import type { Page } from 'playwright-core';

export interface Problem {
  severity: 'error' | 'warning' | 'info' | 'hint' | '';
  message: string;
  /** e.g. "itcase" or "yaml", when the diagnostic names one. */
  source: string;
  code: string;
  /** The file name the problem is listed under. */
  file: string;
  line: number;
  column: number;
}

const PANEL = '.markers-panel';
const LIST = `${PANEL} .monaco-list`;

interface RawRow {
  index: number;
  level: number;
  file: string;
  problem?: Omit<Problem, 'file'>;
}

/** Opens (never toggles closed) the Problems panel with Ctrl+Shift+M. */
export async function openProblemsPanel(page: Page): Promise<void> {
  const panel = page.locator(PANEL).first();
  if (await panel.isVisible().catch(() => false)) return;
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
}

async function renderedRows(page: Page): Promise<RawRow[]> {
  return page.$$eval(`${LIST} .monaco-list-row`, (rows) =>
    rows.map((row) => {
      const text = (selector: string): string => row.querySelector(selector)?.textContent?.trim() ?? '';
      const raw: RawRow = {
        index: Number(row.getAttribute('data-index') ?? '-1'),
        level: Number(row.getAttribute('aria-level') ?? '0'),
        file: text('.resource-label-container .label-name'),
      };
      const icon = row.querySelector('.marker-icon');
      if (icon) {
        const where = /Ln (\d+), Col (\d+)/.exec(text('.marker-line'));
        const aria = /at line (\d+) and character (\d+)/.exec(row.getAttribute('aria-label') ?? '');
        const position = where ?? aria;
        const severity =
          (['error', 'warning', 'info', 'hint'] as const).find((level) => icon.classList.contains(level)) ??
          '';
        raw.problem = {
          severity,
          message: text('.marker-message'),
          source: text('.marker-source'),
          code: text('.marker-code'),
          line: Number(position?.[1] ?? 0),
          column: Number(position?.[2] ?? 0),
        };
      }
      return raw;
    }),
  );
}

/**
 * Every problem the Problems panel lists (opening it if needed), in the panel's order. The list is
 * virtual, so long lists are read while scrolling through them.
 */
export async function problems(page: Page): Promise<Problem[]> {
  await openProblemsPanel(page);
  const byIndex = new Map<number, RawRow>();
  const list = page.locator(LIST).first();
  if (!(await list.isVisible().catch(() => false))) return []; // "No problems have been detected".
  let scrolled = false;
  for (let round = 0; round < 200; round += 1) {
    const before = byIndex.size;
    for (const row of await renderedRows(page)) byIndex.set(row.index, row);
    if (round > 0 && byIndex.size === before) break;
    const box = await list.boundingBox();
    if (box === null) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height * 0.8);
    scrolled = true;
    await page.waitForTimeout(50);
  }
  if (scrolled) await page.mouse.wheel(0, -1e6); // Back to the top, as it was.
  const out: Problem[] = [];
  let file = '';
  for (const row of [...byIndex.values()].sort((a, b) => a.index - b.index)) {
    if (row.level === 1) file = row.file;
    else if (row.problem) out.push({ ...row.problem, file });
  }
  return out;
}

/** Polls the Problems panel until `accept` holds for its list (e.g. a diagnostic appears or clears). */
export async function waitForProblems(
  page: Page,
  accept: (list: Problem[]) => boolean,
  timeoutMs = 30_000,
): Promise<Problem[]> {
  const deadline = Date.now() + timeoutMs;
  let last: Problem[] = [];
  while (Date.now() < deadline) {
    last = await problems(page);
    if (accept(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(
    `The Problems panel did not reach the expected state in ${timeoutMs} ms; it lists ${JSON.stringify(last)}`,
  );
}
