#!/usr/bin/env bash
# Makes sure this shell has Node >= 22.13 and pnpm 12, then installs the
# workspace's dependencies. Meant to be sourced (`source scripts/bootstrap.sh`)
# by the other scripts so that the PATH it sets stays in effect for them.
#
# On a machine that only has an older Node with npm, Node 24 and pnpm 12 are
# installed into .tools/ (git-ignored) with that npm: nothing global changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

NODE_MIN="22.13"
PNPM_MAJOR=12
TOOLS="$ROOT/.tools"
# npm as the machine has it (its own Node and global npmrc, where the
# registry's CA file may be configured). Only this PATH is used to run npm.
BOOTSTRAP_SYSTEM_PATH="$PATH"

# These machines reach only the package registry: keep the tools from trying
# to send usage telemetry (the CMS config turns Payload's off as well).
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1

_say() { printf '› %s\n' "$*"; }
_die() { printf '✗ %s\n' "$*" >&2; return 1; }

# True when `node` on PATH is at least $NODE_MIN.
_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [min, cur] = [process.argv[1], process.versions.node].map((v) => v.split(".").map(Number));
    process.exit(cur[0] > min[0] || (cur[0] === min[0] && cur[1] >= min[1]) ? 0 : 1);
  ' "$NODE_MIN" >/dev/null 2>&1
}

# Prints the version of `pnpm` on PATH if its major is $PNPM_MAJOR or newer.
# Run outside the repo so a corepack shim or an old pnpm does not try to
# switch to the version pinned in package.json.
_pnpm_version() {
  command -v pnpm >/dev/null 2>&1 || return 1
  local v
  v="$(cd / && COREPACK_ENABLE_DOWNLOAD_PROMPT=0 timeout 60 pnpm --version 2>/dev/null | tail -n 1)" || return 1
  [[ "$v" =~ ^([0-9]+)\. ]] || return 1
  ((BASH_REMATCH[1] >= PNPM_MAJOR)) || return 1
  printf '%s' "$v"
}

# _npm_install_tool <dir> <spec> <package name>: installs one npm package
# into <dir>. The package.json allows the package's install script, which
# downloads the platform binary and which future npm versions block otherwise.
_npm_install_tool() {
  local dir="$1" spec="$2" name="$3" log started
  if ! PATH="$BOOTSTRAP_SYSTEM_PATH" command -v npm >/dev/null 2>&1; then
    _die "npm was not found, so $spec cannot be installed. Install Node.js (>= $NODE_MIN, or any Node with npm) and pnpm $PNPM_MAJOR, then re-run."
  fi
  mkdir -p "$dir"
  printf '{\n  "private": true,\n  "allowScripts": { "%s": true }\n}\n' "$name" >"$dir/package.json"
  log="$dir/install.log"
  started=$SECONDS
  _say "Installing $spec into ${dir#"$ROOT"/} …"
  if ! PATH="$BOOTSTRAP_SYSTEM_PATH" npm install --prefix "$dir" --no-audit --no-fund \
    --loglevel=error "$spec" >"$log" 2>&1; then
    cat "$log" >&2
    _die "npm install $spec failed (log above, also in ${log#"$ROOT"/})."
  fi
  _say "  done in $((SECONDS - started)) s"
}

# --- Node ---------------------------------------------------------------
if _node_ok; then
  _say "Node $(node -p process.versions.node) ($(command -v node))"
else
  found="none"
  command -v node >/dev/null 2>&1 && found="$(node --version 2>/dev/null || echo unknown)"
  export PATH="$TOOLS/node/node_modules/.bin:$PATH"
  if _node_ok; then
    _say "Node $(node -p process.versions.node) (from .tools/node; system Node: $found)"
  else
    _say "Node >= $NODE_MIN needed (found: $found)"
    _npm_install_tool "$TOOLS/node" "node@24" "node"
    hash -r
    _node_ok || _die "Node from .tools/node does not run; see .tools/node/install.log"
    _say "Node $(node -p process.versions.node) (installed into .tools/node)"
  fi
fi

# --- pnpm ---------------------------------------------------------------
if pnpm_version="$(_pnpm_version)"; then
  _say "pnpm $pnpm_version ($(command -v pnpm))"
else
  export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
  hash -r
  if pnpm_version="$(_pnpm_version)"; then
    _say "pnpm $pnpm_version (from .tools/pnpm)"
  else
    _npm_install_tool "$TOOLS/pnpm" "pnpm@$PNPM_MAJOR" "pnpm"
    hash -r
    pnpm_version="$(_pnpm_version)" || _die "pnpm from .tools/pnpm does not run; see .tools/pnpm/install.log"
    _say "pnpm $pnpm_version (installed into .tools/pnpm)"
  fi
fi
unset pnpm_version found

# --- workspace dependencies ----------------------------------------------
# Up to date when the state file pnpm writes at the end of an install is newer
# than every manifest and the lockfile; CI always installs, strictly from the
# lockfile.
_deps_up_to_date() {
  local marker="$ROOT/node_modules/.pnpm-workspace-state-v1.json"
  [[ -f "$marker" ]] || return 1
  local newer
  newer="$(cd "$ROOT" && find package.json pnpm-lock.yaml pnpm-workspace.yaml apps packages \
    -maxdepth 2 \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml \) \
    -newer "$marker" -print -quit 2>/dev/null)"
  [[ -z "$newer" ]]
}

if [[ "${CI:-}" == "true" ]]; then
  _say "pnpm install --frozen-lockfile"
  (cd "$ROOT" && pnpm install --frozen-lockfile)
elif _deps_up_to_date; then
  _say "Dependencies up to date (pnpm install skipped)"
else
  _say "pnpm install"
  (cd "$ROOT" && pnpm install)
fi
