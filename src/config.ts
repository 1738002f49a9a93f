/** The extension's settings, typed and read in one place. */
import * as vscode from 'vscode';

export interface ItcaseConfig {
  /** `live`: the preview follows every keystroke; `onSave`: it updates when the file is saved. */
  previewUpdate: 'live' | 'onSave';
  /** Milliseconds of quiet before the Problems panel is refreshed while typing. */
  diagnosticsDelayMs: number;
  /** The preview follows the active itcase editor instead of staying on its file. */
  previewFollowsEditor: boolean;
  /** Scroll the editor to the source line when a figure or chart is clicked. */
  previewClickReveals: boolean;
}

export const CONFIG_SECTION = 'itcase';

export function readConfig(): ItcaseConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return {
    previewUpdate: c.get<string>('preview.update') === 'onSave' ? 'onSave' : 'live',
    diagnosticsDelayMs: clamp(c.get<number>('diagnostics.delay', 200), 0, 5000),
    previewFollowsEditor: c.get<boolean>('preview.followActiveEditor', true),
    previewClickReveals: c.get<boolean>('preview.clickToReveal', true),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
