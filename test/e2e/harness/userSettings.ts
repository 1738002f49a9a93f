// The User/settings.json that each code-server of the harness starts with.

export type Settings = Record<string, unknown>;

/** Quiet, offline, no welcome page: what every scenario starts from. */
export const BASE_SETTINGS: Settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * What is typed is what lands in the file: no auto-indent, no auto-closed brackets or quotes, no
 * suggestion that Enter could accept. Built-in language defaults set `editor.autoIndent` per language
 * (`[yaml]` has "advanced"), so it is overridden per language too.
 */
export const DETERMINISTIC_TYPING_SETTINGS: Settings = {
  'editor.autoIndent': 'none',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingComments': 'never',
  'editor.autoSurround': 'never',
  'editor.formatOnType': false,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.tabCompletion': 'off',
  'editor.wordBasedSuggestions': 'off',
  'editor.parameterHints.enabled': false,
  'editor.inlineSuggest.enabled': false,
  'editor.linkedEditing': false,
  '[yaml]': { 'editor.autoIndent': 'none' },
  '[markdown]': { 'editor.autoIndent': 'none' },
  '[json]': { 'editor.autoIndent': 'none' },
  '[jsonc]': { 'editor.autoIndent': 'none' },
  '[plaintext]': { 'editor.autoIndent': 'none' },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Later layers win; language blocks such as `[yaml]` are merged key by key. */
export function mergeSettings(...layers: Settings[]): Settings {
  const merged: Settings = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const previous = merged[key];
      merged[key] =
        key.startsWith('[') && isPlainObject(previous) && isPlainObject(value)
          ? { ...previous, ...value }
          : value;
    }
  }
  return merged;
}

export interface UserSettingsOptions {
  /** false: workspace trust is on and the folder opens in Restricted Mode. Default true (trust off). */
  trustWorkspace?: boolean;
  /** Default true: see DETERMINISTIC_TYPING_SETTINGS. */
  deterministicTyping?: boolean;
  /** The scenario's own settings, applied last. */
  settings?: Settings;
}

export function buildUserSettings(options: UserSettingsOptions = {}): Settings {
  const trust: Settings =
    options.trustWorkspace === false
      ? {
          'security.workspace.trust.enabled': true,
          // Open straight into Restricted Mode instead of a modal "Do you trust the authors?" dialog.
          'security.workspace.trust.startupPrompt': 'never',
          'security.workspace.trust.untrustedFiles': 'open',
        }
      : { 'security.workspace.trust.enabled': false };
  return mergeSettings(
    BASE_SETTINGS,
    trust,
    options.deterministicTyping === false ? {} : DETERMINISTIC_TYPING_SETTINGS,
    options.settings ?? {},
  );
}
