#!/usr/bin/env bash
# One command to a running demo: toolchain + dependencies (bootstrap), a local
# apps/cms/.env with fresh secrets, the CMS in dev mode on
# http://localhost:3000/admin (it seeds the demo network into an empty SQLite
# database), then every brand's site built from the CMS and served on
# http://localhost:4321/<brand>/. The CMS runs with LOCAL_REBUILD=true, so
# publishing in the admin rebuilds that brand's site a few seconds later.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/bootstrap.sh

env_file="apps/cms/.env"
if [[ -f "$env_file" ]]; then
  printf '› %s exists (kept as it is)\n' "$env_file"
else
  secret() { node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))'; }
  umask 077
  cat >"$env_file" <<ENV
# Local settings for the CMS, written by scripts/demo.sh. Not committed.
PAYLOAD_SECRET=$(secret)
BUILD_TOKEN=$(secret)
ENV
  umask 022
  printf '› Wrote %s with a random PAYLOAD_SECRET and BUILD_TOKEN\n' "$env_file"
fi

build_token="$(sed -n 's/^BUILD_TOKEN=//p' "$env_file" | tail -n 1)"
# Publish → rebuild: brands without a build hook are rebuilt by the CMS itself
# (`pnpm --filter site build --brand <slug>`, into the folder served below). It
# reads snapshots with BUILD_TOKEN, so it is only turned on when there is one.
local_rebuild=false
if [[ -n "$build_token" ]]; then local_rebuild=true; fi

# The CMS runs in the background: `dev` seeds an empty database and prints the login.
# Its own process group, so that stopping the demo stops Next.js too (and a site
# build it started). SITE_ORIGINS: the local brand sites on :4321 may send the
# appointment form to the CMS (see apps/cms/README.md, "Appointment requests").
LOCAL_REBUILD="$local_rebuild" SITE_ORIGINS=http://localhost:4321,http://127.0.0.1:4321 setsid pnpm --filter cms dev &
cms_pid=$!
site_pid=""
cleanup() {
  [[ -n "$site_pid" ]] && kill "$site_pid" 2>/dev/null || true
  kill -- "-$cms_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

cms_ready() {
  node -e 'fetch(process.argv[1], { headers: { authorization: `Bearer ${process.argv[2]}` } }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    http://localhost:3000/api/brands/snapshot-index "$build_token"
}
printf '\n› Waiting for the CMS on http://localhost:3000 (the first start compiles it) …\n'
ready=""
if [[ -n "$build_token" ]]; then
  for _ in $(seq 1 150); do
    if cms_ready; then ready=1; break; fi
    kill -0 "$cms_pid" 2>/dev/null || { printf '✗ The CMS stopped; see its output above.\n' >&2; exit 1; }
    sleep 2
  done
fi

if [[ -z "$ready" ]]; then
  printf '! No brand sites: %s\n' "$([[ -z "$build_token" ]] && echo "$env_file has no BUILD_TOKEN" || echo 'the CMS did not answer within 5 minutes')" >&2
elif printf '\n› Building the brand sites from the CMS …\n' &&
  CMS_URL=http://localhost:3000 CMS_BUILD_TOKEN="$build_token" SITE_BASE_PATH_PER_BRAND=true pnpm --filter site build; then
  pnpm --filter site serve --port 4321 &
  site_pid=$!
else
  printf '! The brand sites did not build (see above); the CMS keeps running.\n' >&2
fi

printf '\n› CMS admin: http://localhost:3000/admin  ·  brand sites: http://localhost:4321/<brand>/  ·  Ctrl-C stops both\n'
if [[ "$local_rebuild" == true ]]; then
  printf '› Publishing in the admin rebuilds that brand'"'"'s site a few seconds later (see Administration › Site rebuilds).\n'
fi
wait "$cms_pid"
