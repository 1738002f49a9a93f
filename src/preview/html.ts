/**
 * The preview's HTML shell, set once per panel; everything after is data messages. The page is
 * loaded with user data, so its Content-Security-Policy allows nothing but our own script (by
 * nonce) and our own styles and fonts: no inline script or style, no eval, no remote content.
 */
export interface ShellResources {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  codiconUri: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/**
 * 18 random bytes as base64 letters and digits. Web Crypto and `btoa` are globals in Node 20 and in
 * the browser's web worker alike, so the desktop and the vscode.dev builds share this code.
 */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function previewHtml(resources: ShellResources, nonce: string = newNonce()): string {
  const csp = contentSecurityPolicy(resources.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(resources.codiconUri)}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${escapeAttribute(resources.styleUri)}">
<title>IT Case preview</title>
</head>
<body>
<main id="root"></main>
<script nonce="${nonce}" src="${escapeAttribute(resources.scriptUri)}"></script>
</body>
</html>`;
}
