// vscode.dev, github.dev and VS Code in a browser run extensions in a web worker, from the `browser`
// entry. Here the package is installed WITHOUT its Node `main`, so VS Code has nothing but the web
// build to run: a person opens the Walmart case, previews it, breaks it and sees the problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amazonTemplate } from '../../../src/core/templates/amazon';
import {
  clickEditorTitleAction,
  clickNotificationButton,
  cspViolations,
  dismissNotifications,
  editorText,
  focusEditor,
  frameText,
  gotoLine,
  openFile,
  pageErrors,
  pickQuickPickItem,
  previewFrame,
  problems,
  runCommand,
  startScenario,
  typeInEditor,
  waitForCanvasDrawn,
  waitForProblems,
  type Scenario,
} from '../harness';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';
import { lineStartingWith, waitForEditorText, waitForNotification } from './helpers';

const WALMART = fs.readFileSync(path.join(EXAMPLES, 'walmart.itcase.yaml'), 'utf8');

describe('the web build, alone in the browser extension host', () => {
  let scenario: Scenario;
  let webOnly: { vsixPath: string; manifest: Manifest; remove: () => void } | undefined;

  beforeAll(async () => {
    webOnly = webOnlyVsix(builtVsix());
    scenario = await startScenario({ name: 'itcase-web', vsixPath: webOnly.vsixPath, copyFrom: EXAMPLES });
  });

  afterAll(async () => {
    await scenario?.finish();
    webOnly?.remove();
  });

  it('is installed without a Node entry or the Node bundles, so only the browser bundle can run', () => {
    expect(webOnly!.manifest.main).toBeUndefined();
    expect(webOnly!.manifest.browser).toBe('./dist/web/extension.js');
    const installed = fs
      .readdirSync(scenario.server.extensionsDir)
      .find((name) => name.startsWith(`${EXTENSION_ID}-`));
    expect(installed).toBeDefined();
    const manifest = JSON.parse(
      fs.readFileSync(path.join(scenario.server.extensionsDir, installed!, 'package.json'), 'utf8'),
    ) as Manifest;
    expect(manifest.main).toBeUndefined();
    const dist = fs.readdirSync(path.join(scenario.server.extensionsDir, installed!, 'dist'));
    expect(dist.sort()).toEqual(['web', 'webview']);
  });

  it('opens the Walmart case with no problems and previews it with its charts drawn', async () => {
    const { page } = scenario;
    await openFile(page, 'walmart.itcase.yaml');
    expect(await problems(page)).toEqual([]);
    await clickEditorTitleAction(page, 'Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    expect(await frameText(frame, 'h1.case-title')).toContain('Walmart 2012–2014');
    expect(await frameText(frame, '[data-figure="operatingMargin"] .figure-value')).toBe('5.64%');
    for (const chart of ['revenue-it', 'bridge', 'investment-0']) {
      await frame.waitForSelector(`canvas[data-chart="${chart}"][data-draw-count]`);
      await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);
    }
    // The panel's title is the file's name, taken from its URI (no Node `path` in a web worker).
    await page
      .locator('.part.editor .tab .label-name', { hasText: 'Preview walmart.itcase.yaml' })
      .first()
      .waitFor({ timeout: 10_000 });
    await scenario.screenshot('preview');
  });

  it('shows a typed error in the Problems panel at its line, and the banner in the preview', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    const line = lineStartingWith(WALMART, 'grossMargin: [24.5%,');
    await gotoLine(page, line, 'grossMargin: ['.length + 1);
    await typeInEditor(page, 'high');
    const listed = await waitForProblems(page, (list) =>
      list.some((p) => p.message.includes("got 'high24.5%'")),
    );
    expect(listed.find((p) => p.message.includes('grossMargin'))).toMatchObject({
      severity: 'error',
      line,
      column: 'grossMargin: ['.length + 1,
    });
    await frame.waitForSelector('.problems-banner button.diagnostic');
    expect(await frameText(frame, '.problems-banner')).toContain(`line ${line}`);
    await scenario.screenshot('error');
    for (let i = 0; i < 'high'.length; i++) await page.keyboard.press('Backspace');
    await frame.waitForSelector('.problems-banner', { state: 'detached' });
    await waitForProblems(page, (list) => list.length === 0);
  });

  it('runs the commands: inserts benchmark data into the case, and starts a new case from a template', async () => {
    const { page } = scenario;
    await focusEditor(page);
    await runCommand(page, 'IT Case: Insert Benchmark Data…');
    await pickQuickPickItem(page, 'Market value, July 2015');
    await waitForEditorText(page, (text) => text.includes('- id: market-value-2015-07'));
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await frame.waitForSelector('canvas[data-chart="benchmark-2"][data-draw-count]');
    await waitForCanvasDrawn(frame, 'canvas[data-chart="benchmark-2"]');
    await dismissNotifications(page);

    await runCommand(page, 'IT Case: New Business Case…');
    await pickQuickPickItem(page, amazonTemplate.label);
    await pickQuickPickItem(page, 'Untitled editor');
    await page
      .locator('.part.editor .tab.active', { hasText: /Untitled-\d+/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await waitForNotification(page, `from the ${amazonTemplate.label} template`);
    expect(await editorText(page)).toBe(amazonTemplate.text);
    await clickNotificationButton(page, 'New business case', 'Open Preview to the Side');
    const preview = await previewFrame(page, { extensionId: EXTENSION_ID, text: 'Amazon 2014' });
    expect(await frameText(preview, 'h1.case-title')).toBe(
      "Amazon 2014: the online challenger's cost structure",
    );
    await page
      .locator('.part.editor .tab .label-name', { hasText: /^Preview Untitled-\d+$/ })
      .first()
      .waitFor({ timeout: 10_000 });
    await scenario.screenshot('commands');
    expect(cspViolations(scenario.console)).toEqual([]);
    expect(pageErrors(scenario.console)).toEqual([]);
  });

  it('ran in the web worker extension host, which loaded the browser bundle; the Node one never activated it', async () => {
    // The worker VS Code names ExtensionHostWorker (webWorkerExtensionHostIframe.html), and what it fetched.
    const hosts = await Promise.all(
      scenario.page.workers().map((worker) =>
        worker.evaluate(() => ({
          name: (globalThis as { name?: string }).name ?? '',
          fetched: performance.getEntriesByType('resource').map((entry) => entry.name),
        })),
      ),
    );
    const extensionHost = hosts.find((host) => host.name === 'ExtensionHostWorker');
    expect(extensionHost, JSON.stringify(hosts.map((host) => host.name))).toBeDefined();
    // Served by the remote server as vscode-remote-resource?path=<the installed file>.
    const ours = extensionHost!.fetched.map(decodeURIComponent).filter((url) => url.includes(EXTENSION_ID));
    expect(ours).toEqual([expect.stringMatching(/\/itcase\.itcase-[^/]+\/dist\/web\/extension\.js(&|$)/)]);
    const remoteHostLogs = scenario.server.logFiles().filter((file) => file.endsWith('remoteexthost.log'));
    expect(remoteHostLogs.length).toBeGreaterThan(0);
    for (const log of remoteHostLogs) {
      const text = fs.readFileSync(log, 'utf8');
      expect(text).toContain('ExtensionService#_doActivateExtension');
      // The Node host may list the extension among those it knows of, but never activates it.
      expect(text).not.toMatch(new RegExp(`_doActivateExtension ${EXTENSION_ID.replace('.', '\\.')}\\b`));
    }
  });
});

interface Manifest {
  main?: string;
  browser?: string;
  [key: string]: unknown;
}

/** The Node build's bundles, left out of the web-only package. */
const NODE_BUNDLES = ['extension/dist/extension.js', 'extension/dist/engine.js'];

/**
 * A copy of the built .vsix without the Node build: no `main` in its package.json and no Node
 * bundles, in a temporary folder. A .vsix is a zip: its entries are read and written again with
 * node:zlib.
 */
function webOnlyVsix(source: string): { vsixPath: string; manifest: Manifest; remove: () => void } {
  const entries = readZip(fs.readFileSync(source)).filter((entry) => !NODE_BUNDLES.includes(entry.name));
  const packageJson = entries.find((entry) => entry.name === 'extension/package.json');
  if (!packageJson) throw new Error(`${source} has no extension/package.json`);
  const manifest = JSON.parse(packageJson.data.toString('utf8')) as Manifest;
  delete manifest.main;
  packageJson.data = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itcase-web-vsix-'));
  const vsixPath = path.join(dir, path.basename(source).replace(/\.vsix$/, '-web.vsix'));
  fs.writeFileSync(vsixPath, writeZip(entries));
  return { vsixPath, manifest, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** The entries of a zip file (stored or deflated, as vsce writes them), from its central directory. */
function readZip(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${name}: zip method ${method} is not supported`);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + skip;
  }
  return entries;
}

/** A zip file of the entries, each deflated. */
function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12); // DOS date 1980-01-01 and time 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
