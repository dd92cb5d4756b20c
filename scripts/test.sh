#!/usr/bin/env bash
# Every test of the platform: lint (with Nx module boundaries), type-check, unit tests, API
# integration tests against a real PostgreSQL, then the Playwright journeys in Chromium against
# the built platform on an embedded PostgreSQL with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

npx nx run-many -t lint test build --output-style=static
npx tsc -p tsconfig.json
npx nx run api:integration --output-style=static
npx nx run e2e:e2e --output-style=static
