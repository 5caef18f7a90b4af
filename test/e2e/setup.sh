#!/usr/bin/env bash
# Per-machine setup for the real-VS-Code tests: Debian chromium + code-server 4.100.3 (VS Code 1.100.3)
# on the system Node 20, playwright-core and @vscode/vsce, installed into a cache folder OUTSIDE the
# project's dependencies ($ROOT, default .vscode-offline/). Idempotent: a second run does nothing.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); PROJECT=$(cd "$HERE/../.." && pwd)
ROOT=${ROOT:-$PROJECT/.vscode-offline}
CS_VER=4.100.3; PW_VER=1.65.1; VSCE_VER=4.1.0
RG_PKG_VER=1.15.11   # @vscode/ripgrep version pinned in code-server's lib/vscode/npm-shrinkwrap.json
mkdir -p "$ROOT/tmp"; export TMPDIR=$ROOT/tmp

if ! { command -v chromium >/dev/null && command -v rg >/dev/null && dpkg -s libkrb5-dev >/dev/null 2>&1; }; then
  echo "setup: installing chromium, libkrb5-dev, ripgrep from Debian"
  # Another process may hold the dpkg lock for a while: wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium libkrb5-dev ripgrep >/dev/null
fi

CS=$ROOT/cs
if [ -x "$CS/node_modules/.bin/code-server" ] && [ -d "$CS/node_modules/playwright-core" ] && [ -x "$CS/node_modules/.bin/vsce" ] \
   && grep -q "\"version\": \"$CS_VER\"" "$CS/node_modules/code-server/package.json"; then
  echo "setup: code-server $CS_VER, playwright-core, vsce already in $CS"
  exit 0
fi
# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the
# tarball: seed the cache with Debian's rg.
RGC=$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VER; mkdir -p "$RGC"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
mkdir -p "$CS" && cd "$CS"; [ -f package.json ] || npm init -y >/dev/null
echo "setup: npm install code-server@$CS_VER playwright-core@$PW_VER @vscode/vsce@$VSCE_VER into $CS (about 2 minutes)"
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp` (the machine's npmrc may say yes=false).
npm_config_unsafe_perm=true npm_config_yes=true npm i --no-audit --no-fund --no-save \
  code-server@$CS_VER playwright-core@$PW_VER @vscode/vsce@$VSCE_VER >"$ROOT/npm-install.log" 2>&1 \
  || { tail -40 "$ROOT/npm-install.log"; exit 1; }
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
echo "setup ok"
