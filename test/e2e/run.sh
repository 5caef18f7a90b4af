#!/usr/bin/env bash
# Real-VS-Code tests: packages the VSIX, installs it into code-server 4.100.3 (VS Code 1.100.3),
# then (1) drives the workbench with Playwright as a person would (ui.js) and (2) runs the in-host
# mocha suite (suite/index.js) through code-server's test payload, with the installed VSIX as
# the extension under development. Prints `N passed, M failed` last; exits non-zero on failure.
# (3) loads the same installed extension as a web extension into a second, extension-less
# code-server's web-worker extension host (web.js: its `browser` entry, the server in a web worker).
# E2E_ONLY=ui, inhost or web runs one part; KEEP_RUN=1 keeps the run folder.
# Needs test/e2e/setup.sh first (run here when its cache is missing). From .ci/run: bash test/e2e/run.sh
set -euo pipefail
T0=$(date +%s)
HERE=$(cd "$(dirname "$0")" && pwd); PROJECT=$(cd "$HERE/../.." && pwd)
ROOT=${ROOT:-$PROJECT/.vscode-offline}
# A free port unless one is given (two runs on one machine must not collide).
PORT=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
SHARED=${POLICYWRIGHT_SHARED:-$PROJECT/../shared}
OUT=$HERE/out; mkdir -p "$OUT"
lap() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }

bash "$HERE/setup.sh"
CS=$ROOT/cs
lap "build, bundle, package"
cd "$PROJECT"
npm run build >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
node scripts/bundle.js --minify
POLICYWRIGHT_OFFLINE=$ROOT node scripts/package.js >"$OUT/package.log" 2>&1 || { cat "$OUT/package.log"; exit 1; }
VSIX=$(ls -t "$PROJECT"/out/*.vsix | head -1); tail -1 "$OUT/package.log"

mkdir -p "$ROOT/runs"; RUN=$(mktemp -d "$ROOT/runs/run.XXXX")
mkdir -p "$RUN/ud/User" "$RUN/ext" "$RUN/xdg" "$RUN/tmp" "$RUN/ws-ui/.vscode" "$RUN/ws-host/.vscode" "$RUN/web/ud/User" "$RUN/web/ext" "$RUN/web/ws"
export TMPDIR=$RUN/tmp   # keeps code-server's and chromium's sockets and temp folders in the run folder
echo '{"workbench.startupEditor":"none","telemetry.telemetryLevel":"off","extensions.autoCheckUpdates":false,"extensions.autoUpdate":false,"workbench.tips.enabled":false,"chat.disableAIFeatures":true,"security.workspace.trust.enabled":false,"workbench.enableExperiments":false,"git.enabled":false}' >"$RUN/ud/User/settings.json"

# Workspaces: our own fixtures, and seed 004 (read from ../shared at run time, never committed).
for ws in ws-ui ws-host web/ws; do cp "$PROJECT"/test/fixtures/lsp/*.md "$RUN/$ws/"; done
cp "$RUN/ud/User/settings.json" "$RUN/web/ud/User/"
cp "$PROJECT/examples/defects/unfinished.policy.md" "$RUN/ws-ui/"   # the README's screenshot
# UPDATE_SCREENSHOT=1: the UI test writes the README's picture, docs/images/screenshot.png.
[ -z "${UPDATE_SCREENSHOT:-}" ] || export POLICYWRIGHT_SCREENSHOT=$PROJECT/docs/images/screenshot.png
cp "$PROJECT/test/fixtures/lsp/unclosed.policy.md" "$RUN/ws-host/pasted.txt"
# An English policy and its drifting translations (issue 10): opened alone, a translation is compared with the original beside it.
cp -r "$PROJECT/test/fixtures/sets/translations" "$RUN/ws-host/translations"
if [ -f "$SHARED/seeds/004_fbafb5bd08affde8.txt" ]; then
  cp "$SHARED/seeds/004_fbafb5bd08affde8.txt" "$RUN/ws-ui/north-west.policy.md"
  cp "$SHARED/seeds/004_fbafb5bd08affde8.txt" "$RUN/ws-host/north-west.policy.md"
else
  echo "SKIP: $SHARED/seeds not found: the seed-004 steps (duplicate-block, insert-clause quick fix) are skipped"
fi

lap "install $(basename "$VSIX") into code-server"
XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg "$CS/node_modules/.bin/code-server" --user-data-dir "$RUN/ud" \
  --extensions-dir "$RUN/ext" --install-extension "$VSIX" >"$RUN/install.log" 2>&1 || { cat "$RUN/install.log"; exit 1; }
EXT_DIR=$(ls -d "$RUN"/ext/policywright.policywright-* | head -1)
test -f "$EXT_DIR/dist/server.cjs" || { echo "the installed extension has no dist/server.cjs"; exit 1; }

# setsid: code-server gets its own process group, so that stopping it also stops its file
# watcher and extension hosts.
XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg POLICYWRIGHT_E2E_RESULT=$RUN/inhost.json setsid "$CS/node_modules/.bin/code-server" \
  --auth none --bind-addr 127.0.0.1:$PORT --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  "$RUN/ws-ui" >"$RUN/server.log" 2>&1 &
SRV=$!
trap 'kill -- -$SRV 2>/dev/null || true' EXIT
# Ready when /healthz answers (about 1 s); polled with node's fetch, as a clean machine may lack curl.
node -e "
const url = 'http://127.0.0.1:$PORT/healthz', until = Date.now() + 30000;
(async () => { for (;;) { try { if ((await fetch(url)).ok) return; } catch {} if (Date.now() > until) process.exit(1); await new Promise((r) => setTimeout(r, 200)); } })();
" || { echo "code-server did not start"; cat "$RUN/server.log"; exit 1; }
lap "code-server up on port $PORT"

export NODE_PATH=$CS/node_modules
FAILED=0; P=0; F=0
count() { # reads "N passed, M failed" from a log
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
  if [ -n "$line" ]; then P=$((P + ${line%% passed*})); local f=${line#*passed, }; F=$((F + ${f%% failed*})); else F=$((F + 1)); fi
}
only() { [ -z "${E2E_ONLY:-}" ] || [ "$E2E_ONLY" = "$1" ]; }
! only ui || node "$HERE/ui.js" "http://127.0.0.1:$PORT" "$RUN/ws-ui" "$OUT" 2>&1 | tee "$OUT/ui.log" || FAILED=1
! only ui || { count "$OUT/ui.log"; lap "UI test done"; }
! only inhost || node "$HERE/inhost.js" "http://127.0.0.1:$PORT" "$EXT_DIR" "$HERE/suite/index.js" "$RUN/ws-host" "$RUN/inhost.json" 2>&1 | tee "$OUT/inhost.log" || FAILED=1
! only inhost || { count "$OUT/inhost.log"; lap "in-host suite done"; }
cp "$RUN/server.log" "$OUT/code-server.log" 2>/dev/null || true
kill -- -$SRV 2>/dev/null || true; trap - EXIT
if only web; then
  # A second code-server with no extensions installed: web.js serves the installed one over http.
  WPORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg setsid "$CS/node_modules/.bin/code-server" \
    --auth none --bind-addr 127.0.0.1:$WPORT --user-data-dir "$RUN/web/ud" --extensions-dir "$RUN/web/ext" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    "$RUN/web/ws" >"$RUN/web-server.log" 2>&1 &
  WSRV=$!
  trap 'kill -- -$WSRV 2>/dev/null || true' EXIT
  node -e "
const url = 'http://127.0.0.1:$WPORT/healthz', until = Date.now() + 30000;
(async () => { for (;;) { try { if ((await fetch(url)).ok) return; } catch {} if (Date.now() > until) process.exit(1); await new Promise((r) => setTimeout(r, 200)); } })();
" || { echo "code-server (web) did not start"; cat "$RUN/web-server.log"; exit 1; }
  node "$HERE/web.js" "http://127.0.0.1:$WPORT" "$EXT_DIR" "$OUT" 2>&1 | tee "$OUT/web.log" || FAILED=1
  count "$OUT/web.log"; lap "web extension test done"
  kill -- -$WSRV 2>/dev/null || true; trap - EXIT
fi
[ -n "${KEEP_RUN:-}" ] || rm -rf "$RUN"
lap "finished"
echo "$P passed, $F failed"
[ "$FAILED" = 0 ] && [ "$F" = 0 ]
