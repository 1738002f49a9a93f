/**
 * The preview webview's entry point. The host sets the HTML once and then only sends messages;
 * this script says `ready`, then draws each `render` and `problems` it receives.
 */
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import { PreviewApp } from './previewApp';
import { readTheme, watchTheme } from './theme';
import { getVsCodeApi } from './vscodeApi';

const api = getVsCodeApi();
const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('main'));
const theme = readTheme();
const app = new PreviewApp(root, api, theme);
watchTheme(theme, (next) => app.setTheme(next));
window.addEventListener('message', (event: MessageEvent<unknown>) => app.handleMessage(event.data));
api.postMessage({ type: 'ready' });
