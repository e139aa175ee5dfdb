#!/usr/bin/env bash
# All tests: unit, integration (real .xlsx files, LibreOffice) and end-to-end (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || ! command -v soffice >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
  bash scripts/setup.sh
else
  # The end-to-end tests run the built task pane: build from the current sources every time.
  npx webpack --mode production --stats errors-warnings
fi
npx tsc --noEmit -p .
npx eslint --max-warnings 0 .
npx jest --ci "$@"
