#!/usr/bin/env bash
# Refresh the web app's message catalogs after changing strings:
#   scripts/i18n.sh            extract the strings and merge them into locale/{es,en}/LC_MESSAGES/messages.po
# then translate the new (empty or fuzzy) entries of the Spanish catalog; English msgids are the
# English text, so the English catalog needs only its plural forms. The tests fail while a string
# has no Spanish translation. Catalogs are compiled in memory at run time (no .mo files).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
LOCALE=src/cronica/web/locale
POT=$(mktemp --suffix=.pot)
trap 'rm -f "$POT"' EXIT
"$BIN/pybabel" extract -F babel.cfg -k N_ --no-wrap --sort-by-file --project cronica -o "$POT" .
for lang in es en; do
  if [ -f "$LOCALE/$lang/LC_MESSAGES/messages.po" ]; then
    "$BIN/pybabel" update --no-wrap --ignore-obsolete -i "$POT" -d "$LOCALE" -l "$lang"
  else
    "$BIN/pybabel" init --no-wrap -i "$POT" -d "$LOCALE" -l "$lang"
  fi
done
