#!/usr/bin/env bash
# One command to a running demo: toolchain + dependencies (bootstrap), a local
# apps/cms/.env with fresh secrets, the demo network seeded into SQLite, then
# the CMS in dev mode on http://localhost:3000/admin.
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

# `dev` seeds the demo network into an empty database and prints the login.
printf '\n› Starting the CMS: http://localhost:3000/admin (the first page load compiles the admin)\n'
exec pnpm --filter cms dev
