// A person who has installed the .vsix opens its page in the Extensions view: the page written for
// them, its screenshots shown (the page's Content Security Policy allows only https: and data:
// images), and its link to the format reference leading to the reference further down the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cspViolations,
  pageErrors,
  previewFrame,
  runCommand,
  startScenario,
  type Scenario,
} from '../harness';
import { builtVsix } from './fixtures';
import { pollUntil } from './helpers';

describe("the installed extension's page", () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({
      name: 'itcase-extension-page',
      vsixPath: builtVsix(),
      files: { 'notes.txt': 'A workspace without cases.\n' },
    });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('shows the README written for users, with every image drawn and no blocked resource', async () => {
    const { page } = scenario;
    await runCommand(page, 'Extensions: Show Enabled Extensions');
    const item = page.locator('.extension-list-item', { hasText: 'IT Case' }).first();
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    const details = await previewFrame(page, { text: 'Commands and keys' });

    const headings = await details.locator('h1, h2').allInnerTexts();
    expect(headings[0]).toMatch(/^IT Case/);
    expect(headings).toEqual(expect.arrayContaining(['Commands and keys', 'Settings', 'Format reference']));
    // Contributor material stays in the repository's README.
    expect(await details.evaluate(() => document.body.innerText)).not.toMatch(/npm install|libkrb5/);

    const images = await pollUntil(
      'the page images decoded',
      () =>
        details.evaluate(() =>
          [...document.images].map((image) => ({ alt: image.alt, width: image.naturalWidth })),
        ),
      (found) => found.length > 0 && found.every((image) => image.width > 0),
    );
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(cspViolations(scenario.console)).toEqual([]);
    expect(pageErrors(scenario.console)).toEqual([]);
    await scenario.screenshot('details');
  });

  it('leads from the format in brief to the format reference on the same page', async () => {
    const details = await previewFrame(scenario.page, { text: 'Commands and keys' });
    expect(await details.locator('h2#format-reference').count()).toBe(1);
    await details.evaluate(() => window.scrollTo(0, 0));
    await details.locator('a[href="#format-reference"]').first().click();
    const top = await pollUntil(
      'the page scrolled to the format reference',
      () => details.evaluate(() => document.getElementById('format-reference')!.getBoundingClientRect().top),
      (offset) => Math.abs(offset) < 50,
    );
    expect(Math.abs(top)).toBeLessThan(50);
  });
});
