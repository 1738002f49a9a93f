#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100) into .cache/code-server, once; reused when present.
# code-server ships a whole VS Code inside its npm package, which is what the end-to-end tests drive.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.cache/code-server"
version="4.100.3"
if [ -x "$dest/node_modules/.bin/code-server" ] && [ -d "$dest/node_modules/code-server/lib/vscode/node_modules" ]; then
  exit 0
fi
command -v rg >/dev/null || { echo "ripgrep is missing: apt-get install -y ripgrep" >&2; exit 1; }
# @vscode/ripgrep downloads its binary in postinstall unless it finds it in this cache: give it Debian's rg.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
mkdir -p "$dest"
cd "$dest"
# npm 11 warns about every dependency install script that allowScripts does not name. These two are
# needed: code-server's postinstall installs its VS Code, argon2's fetches its native module.
cat > package.json <<'JSON'
{
  "name": "itcase-code-server",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
# code-server's postinstall stops when run as root unless npm_config_unsafe_perm is "true", a setting
# npm itself no longer has (and warns about when it finds it in the environment). The shell npm runs
# install scripts with hands it to those scripts alone.
cat > script-shell.sh <<'SH'
#!/bin/sh
npm_config_unsafe_perm=true exec /bin/sh "$@"
SH
chmod +x script-shell.sh
# npm_config_yes: node-pty's install script fetches node-gyp with npx, which would otherwise ask.
npm_config_yes=true npm install --no-audit --no-fund --no-save --script-shell="$dest/script-shell.sh" "code-server@$version"
[ -d node_modules/code-server/lib/vscode/node_modules ] || { echo "code-server's VS Code modules did not install" >&2; exit 1; }
