// A person opens a folder they do not trust (Restricted Mode): a broken case still gets its problems
// and its preview, and a case written to attack the preview (HTML, script and javascript: links in
// every name it shows) is shown as plain text, runs nothing and breaks no Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cspViolations,
  frameText,
  gotoLine,
  openFile,
  pageErrors,
  previewFrame,
  problems,
  runCommand,
  startScenario,
  typeInEditor,
  waitForCanvasDrawn,
  waitForFrameText,
  waitForProblems,
  webviewEntries,
  type Scenario,
} from '../harness';
import { EXTENSION_ID, builtVsix } from './fixtures';
import { lineStartingWith, scenarioTabNames } from './helpers';

const BROKEN = `itcase: 1
title: Laptop refresh
company:
  name: Example Ltd
currency: EUR
unit: thousand
periods: [2025, 2026]
revenue: [1200, 1300]
grossMargin: [high30%, 31%]
fixedCosts:
  offices: [200, 210]
itSpend:
  laptops:
    amount: [40, 42]
`;

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const JS_URL = 'javascript:alert(3)';
const MD_LINK = '[link](javascript:alert(4))';

const HOSTILE = `itcase: 1
title: "${IMG} ${SCRIPT} ${JS_URL} ${MD_LINK}"
company:
  name: "${IMG} ${MD_LINK}"
  industry: "${SCRIPT}"
currency: USD
unit: million
periods: [2024, 2025]
revenue: [100, 110]
grossMargin: 25%
fixedCosts:
  "${IMG}": [10, 11]
  "${SCRIPT}": [5, 5]
itSpend:
  "${JS_URL}":
    amount: [3, 3]
investments:
  - name: "${MD_LINK}"
    costs: [1, 0.5]
    benefits: [0, 2]
scenarios:
  - name: "${IMG}"
    revenueChange: -10%
  - name: "${SCRIPT}"
    revenueChange: 5%
  - name: "${MD_LINK}"
    itSpendChange: 10%
benchmarks:
  - id: hostile-benchmark
    title: "${SCRIPT} benchmark"
    metric: revenue
    unit: million
    currency: USD
    year: 2025
    source: "${JS_URL} ${MD_LINK} ${IMG}"
    values:
      "${IMG}": 120
      "${MD_LINK}": 90
      "${SCRIPT}": 80
sources:
  - "${MD_LINK}"
  - "${JS_URL}"
  - "${SCRIPT}"
`;

describe('an untrusted folder (Restricted Mode) with a broken case and a hostile one', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({
      name: 'itcase-untrusted',
      vsixPath: builtVsix(),
      trustWorkspace: false,
      files: { 'broken.itcase.yaml': BROKEN, 'hostile.itcase.yaml': HOSTILE },
    });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('lists the problems of a broken case and previews it, in Restricted Mode', async () => {
    const { page } = scenario;
    await page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await openFile(page, 'broken.itcase.yaml');
    const line = lineStartingWith(BROKEN, 'grossMargin:');
    const listed = await waitForProblems(page, (list) =>
      list.some((p) => p.file === 'broken.itcase.yaml' && p.severity === 'error'),
    );
    const error = listed.find((p) => p.message.includes('high30%'));
    expect(error, JSON.stringify(listed)).toMatchObject({ severity: 'error', line });

    await runCommand(page, 'IT Case: Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: '#root[data-state]' });
    await frame.waitForSelector('#root[data-state="problems"] .problems-banner button.diagnostic');
    expect(await frameText(frame, '.problems-banner')).toContain(`line ${line}`);
    await scenario.screenshot('broken');

    // Fixed: the Problems panel clears and the preview renders the case.
    await gotoLine(page, line, 'grossMargin: ['.length + 1);
    for (let i = 0; i < 'high'.length; i++) await page.keyboard.press('Delete');
    await frame.waitForSelector('#root[data-state="render"]');
    expect(await frameText(frame, 'h1.case-title')).toBe('Laptop refresh');
    await waitForCanvasDrawn(frame, 'canvas[data-chart="revenue-it"]');
    await waitForProblems(page, (list) => list.length === 0);
    await scenario.screenshot('fixed');
    // And typing goes on updating it.
    await gotoLine(page, lineStartingWith(BROKEN, 'revenue:'), 'revenue: [1200, 1'.length + 1);
    await typeInEditor(page, '5'); // 1300 → 15300 (thousands)
    expect(
      await waitForFrameText(frame, /15[.,]3/, { selector: '[data-figure="revenue"] .figure-value' }),
    ).toMatch(/^EUR 15[.,]3/);
  });

  it('shows HTML, scripts and javascript: links of a hostile case as text, runs nothing and breaks no CSP', async () => {
    const { page } = scenario;
    await openFile(page, 'hostile.itcase.yaml');
    // The preview beside follows the case in the active editor.
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await waitForFrameText(frame, IMG, { selector: 'h1.case-title' });
    await frame.waitForSelector('#root[data-state="render"]');
    for (const chart of ['revenue-it', 'bridge', 'investment-0', 'benchmark-0'])
      await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);

    expect(await frameText(frame, 'h1.case-title')).toBe(`${IMG} ${SCRIPT} ${JS_URL} ${MD_LINK}`);
    expect(await frameText(frame, '.case-company')).toBe(`${IMG} ${MD_LINK}`);
    expect(await scenarioTabNames(frame)).toEqual([IMG, SCRIPT, MD_LINK]);
    expect(await frameText(frame, '[data-benchmark="0"] .chart-source')).toBe(
      `Source: ${JS_URL} ${MD_LINK} ${IMG}`,
    );
    expect(await frameText(frame, '[data-benchmark="0"] .chart-heading')).toContain(`${SCRIPT} benchmark`);
    const text = await frameText(frame, '#root');
    for (const payload of [IMG, SCRIPT, JS_URL, MD_LINK]) expect(text).toContain(payload);
    expect(await frameText(frame, '[data-investment="0"]')).toContain(MD_LINK);
    // The labels drawn on a chart are also in its table (for screen readers), as text. (Fixed cost
    // line names are not shown in the preview, only their total: the hover below shows one.)
    const tables = await frame.$$eval('[data-chart-table]', (elements) =>
      Object.fromEntries(elements.map((e) => [e.getAttribute('data-chart-table'), e.textContent ?? ''])),
    );
    for (const label of [IMG, MD_LINK, SCRIPT]) expect(tables['benchmark-0']).toContain(label);

    const dom = await frame.evaluate(() => {
      const root = document.getElementById('root')!;
      const all = [...root.querySelectorAll('*')];
      return {
        images: root.querySelectorAll('img, picture, svg image').length,
        rootScripts: root.querySelectorAll('script').length,
        scripts: [...document.querySelectorAll('script')].map((s) => ({
          src: s.getAttribute('src'),
          vscodeApi: s.textContent?.includes('acquireVsCodeApi') ?? false,
        })),
        frames: root.querySelectorAll('iframe, object, embed').length,
        links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        jsLinks: root.querySelectorAll('a[href^="javascript" i]').length,
        eventAttributes: all.flatMap((e) =>
          e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
        ),
      };
    });
    expect(dom.images).toBe(0);
    expect(dom.frames).toBe(0);
    expect(dom.jsLinks).toBe(0);
    expect(dom.links.filter((href) => href?.trim().toLowerCase().startsWith('javascript'))).toEqual([]);
    expect(dom.eventAttributes).toEqual([]);
    // The document's scripts: VS Code's inline bootstrap (acquireVsCodeApi) and the preview's own.
    expect(dom.rootScripts).toBe(0);
    expect(dom.scripts.filter((script) => script.src !== null).map((script) => script.src)).toEqual([
      expect.stringMatching(/\/dist\/webview\/preview\.js$/),
    ]);
    expect(dom.scripts.filter((script) => script.src === null && !script.vscodeApi)).toEqual([]);
    await scenario.screenshot('hostile');

    expect(await problems(page)).toEqual([]);
  });

  it('shows a hostile line name as text in the hover', async () => {
    const { page } = scenario;
    const line = lineStartingWith(HOSTILE, `"${IMG}": [10, 11]`, true);
    await gotoLine(page, line, 1);
    const key = page
      .locator('.part.editor .editor-group-container.active .view-line', { hasText: `"${IMG}": [10, 11]` })
      .first();
    const box = await key.boundingBox();
    if (box === null) throw new Error(`line ${line} is not rendered`);
    // Over the key, a few characters in (past the indentation and the quote).
    const charWidth = box.width / `  "${IMG}": [10, 11]`.length;
    // The editor's content hover (the workbench has other hovers, e.g. the title bar's).
    const hover = page.locator('.monaco-resizable-hover .monaco-hover-content .rendered-markdown').first();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await page.mouse.move(box.x + charWidth * 8, box.y + box.height / 2, { steps: 2 });
      if (
        await hover
          .waitFor({ state: 'visible', timeout: 3000 })
          .then(() => true)
          .catch(() => false)
      )
        break;
      await page.mouse.move(0, 0);
    }
    await hover.waitFor({ state: 'visible' });
    expect(await hover.innerText()).toContain(IMG);
    expect(await hover.locator('img, script, a[href^="javascript" i]').count()).toBe(0);
    await scenario.screenshot('hover');
    await page.mouse.move(0, 0);

    // The whole session: no dialog opened, no CSP violation, no uncaught error in the preview.
    expect(scenario.console.filter((entry) => entry.type === 'dialog')).toEqual([]);
    expect(cspViolations(scenario.console)).toEqual([]);
    expect(pageErrors(webviewEntries(scenario.console, EXTENSION_ID))).toEqual([]);
  });
});
