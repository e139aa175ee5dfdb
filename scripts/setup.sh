#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine: system packages (Chromium for the task pane tests,
# LibreOffice to recalculate generated workbooks and render documents, openpyxl for test workbooks,
# poppler for previews, xmllint for the manifest), the npm packages from the lock file, and a production
# build.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc libreoffice-core)
# Writer converts the generated Bab III .docx to PDF in the tests.
dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer)
# openpyxl writes the tests' workbooks "from another writer" (charts, images, tables, comments).
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3 python3-openpyxl)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools) # npm start trusts its CA in Chromium/Firefox
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
  echo "» Memasang paket sistem: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» Memasang paket npm (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "» Membangun add-in (webpack)"
npx webpack --mode production --stats errors-warnings
echo "» Siap."
