#!/bin/sh
# ctest check_translations: runs lupdate over the same sources as the update_translations target,
# but into temporary copies of the .ts files and without -no-obsolete, then fails when lupdate's
# summary reports new or obsolete entries or a translation still has unfinished, vanished or
# obsolete messages (de and zh_CN: every message; en: its plural forms). Fix with:
#   cmake --build <build dir> --target update_translations && translations/fill_translations.py
#
# usage: check-translations.sh LUPDATE GENERATE_PROJECT_CMAKE PROJECT_CMAKE TS_FILE...
set -eu

lupdate=$1
generator=$2
project_cmake=$3
shift 3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The project description (sources, include paths) as the lupdate target writes it.
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generator"

copies=""
for ts in "$@"; do
    cp "$ts" "$work/"
    copies="$copies $work/$(basename "$ts")"
done

# shellcheck disable=SC2086 # word splitting of the file list is intended
"$lupdate" -locations none -project "$work/project.json" -ts $copies >"$work/summary.txt" 2>&1 || {
    cat "$work/summary.txt"
    echo "FAIL: lupdate failed"
    exit 1
}
grep -E "Updating|Found|obsolete|vanished|Same-text|Removed" "$work/summary.txt" || true

status=0
# "Found 606 source text(s) (0 new and 606 already existing)": anything new is untranslated.
if grep -E "Found [0-9]+ source text\(s\) \([1-9][0-9]* new" "$work/summary.txt" >/dev/null; then
    echo "FAIL: lupdate found source texts that are not in the .ts files yet"
    status=1
fi
if grep -E "Kept [1-9][0-9]* obsolete" "$work/summary.txt" >/dev/null; then
    echo "FAIL: lupdate kept obsolete (vanished) entries: strings no longer in the sources"
    status=1
fi

for copy in $copies; do
    python3 - "$copy" <<'EOF' || status=1
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
english = path.endswith("_en.ts")
bad = []
for context in ET.parse(path).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        numerus = message.get("numerus") == "yes"
        if english and not numerus and kind != "vanished" and kind != "obsolete":
            continue
        texts = [f.text for f in translation.iter("numerusform")] if numerus else [translation.text]
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not all(texts):
            bad.append(f"{kind or 'empty'}: {name} | {message.findtext('source')!r}")
name = path.rsplit("/", 1)[-1]
for line in bad:
    print(f"  {name}: {line}")
print(f"{name}: {len(bad)} unfinished, vanished or obsolete")
sys.exit(1 if bad else 0)
EOF
done
exit $status
