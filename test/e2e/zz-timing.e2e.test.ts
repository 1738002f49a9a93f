import { it } from 'vitest';
import { focusEditor, openFile, setQuickInputValue, startScenario, waitForQuickInput, waitForQuickInputClosed } from './harness';

it('timing', async () => {
  let t = performance.now();
  const lap = (label: string): void => {
    const now = performance.now();
    process.stdout.write(`[lap] ${label}: ${Math.round(now - t)} ms\n`);
    t = now;
  };
  const s = await startScenario({ name: 'zz-timing', files: { 'README.md': '# A\n', 'b.yaml': 'a: 1\n' } });
  const page = s.page;
  lap('startScenario');
  try {
    await openFile(s.page, 'README.md');
    lap('openFile');
    for (let i = 0; i < 4; i += 1) {
      await openFile(s.page, i % 2 ? 'README.md' : 'b.yaml');
      lap('openFile');
      await focusEditor(page);
      lap('focus');
      await page.keyboard.press('Control+G');
      lap('ctrl+g');
      await waitForQuickInput(page);
      lap('wait qi');
      await setQuickInputValue(page, ':1:2');
      lap('set');
      await page.keyboard.press('Enter');
      lap('enter');
      await waitForQuickInputClosed(page);
      lap('closed');
      await page.waitForFunction(
        (want) => document.querySelector('#status\\.editor\\.selection')?.textContent?.includes(want) ?? false,
        'Ln 1, Col 2',
        { timeout: 3000 },
      );
      lap('status');
    }
  } finally {
    await s.finish();
    lap('finish');
  }
});
