#!/usr/bin/env bash
# Everything CI checks, in one command: toolchain + dependencies (bootstrap),
# Chromium for the browser tests, Java for the HTML checker, lint, typecheck,
# then every test suite.
# The last line of output is always `N passed, N failed, N skipped`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# If anything fails before the test runner prints its summary, still end with
# a summary line (the failed step counts as one failure).
summary_printed=""
_summarise_on_failure() {
  local rc=$?
  if [[ $rc -ne 0 && -z "$summary_printed" ]]; then
    printf '\n0 passed, 1 failed, 0 skipped\n'
  fi
  return $rc
}
trap _summarise_on_failure EXIT

source scripts/bootstrap.sh

# --- Chromium for Playwright (Playwright's own browser download is not used) --
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  if [[ -n "${CHROMIUM_PATH:-}" ]]; then
    printf '✗ CHROMIUM_PATH=%s is not an executable file. Point it at a Chromium/Chrome binary, or unset it to use /usr/bin/chromium.\n' "$CHROMIUM_PATH" >&2
    exit 1
  elif [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    printf '› Chromium not found at %s: installing Debian'\''s chromium (apt-get) …\n' "$chromium"
    started=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
    printf '›   done in %s s\n' "$((SECONDS - started))"
  else
    printf '✗ The browser tests need Chromium at %s. Install it (Debian/Ubuntu: sudo apt-get install --no-install-recommends chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.\n' "$chromium" >&2
    exit 1
  fi
fi
printf '› %s\n' "$("$chromium" --version 2>/dev/null || echo "Chromium at $chromium")"

# --- Java for the Nu HTML checker (vnu.jar of the e2e suite; Java 17+) --------
java="${JAVA:-}"
if [[ -n "$java" ]]; then
  if [[ ! -x "$java" || -d "$java" ]]; then
    printf '✗ JAVA=%s is not an executable file. Point it at a Java 17+ binary, or unset it to use java from the PATH.\n' "$java" >&2
    exit 1
  fi
elif command -v java >/dev/null 2>&1; then
  java="$(command -v java)"
elif [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  printf '› Java not found: installing Debian'\''s default-jre-headless (apt-get) …\n'
  started=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
  printf '›   done in %s s\n' "$((SECONDS - started))"
  java="$(command -v java)"
else
  printf '✗ The HTML validity check (e2e) needs Java 17+. Install it (Debian/Ubuntu: sudo apt-get install --no-install-recommends default-jre-headless) or set JAVA to a Java binary.\n' >&2
  exit 1
fi
# `java -version` prints to stderr; its first line names the version.
printf '› %s (%s)\n' "$("$java" -version 2>&1 | head -n 1)" "$java"

printf '\n› node scripts/audit.mjs\n'
if ! node scripts/audit.mjs; then
  printf '\n✗ the dependency audit failed (see above); lint, typecheck and tests were not run\n' >&2
  exit 1
fi

printf '\n› pnpm run lint --continue\n'
if ! pnpm run lint --continue; then
  printf '\n✗ lint failed (see above); typecheck and tests were not run\n' >&2
  exit 1
fi

printf '\n› pnpm run typecheck --continue\n'
if ! pnpm run typecheck --continue; then
  printf '\n✗ typecheck failed (see above); tests were not run\n' >&2
  exit 1
fi

printf '\n› node scripts/test-all.mjs\n'
summary_printed=1
node scripts/test-all.mjs
