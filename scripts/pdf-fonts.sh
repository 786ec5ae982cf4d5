#!/usr/bin/env bash
# Rebuilds the TrueType fonts the PDF renderer embeds (src/Kasian.Web/Printing/Fonts), from the npm registry.
# Not part of the build: the output is committed. Needs npm and Debian's python3-fonttools.
#
# - Sarabun 400/700 (OFL): @fontsource/sarabun@4.5.9 is the last release with the "all" files (Thai + Latin in one
#   font, GSUB/GPOS kept); they are WOFF 1.0, which HarfBuzz cannot read, so the tables are unpacked to TTF.
#   Same glyphs and advances as the woff2 files the pages serve (Sarabun 1.000).
# - Noto Sans Symbols 2 (OFL), cut down to the ballot boxes ☐☑☒ (U+2610-2612) that Sarabun lacks: the decision
#   block prints them as real text, so pdftotext and screen readers read the tick.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/src/Kasian.Web/Printing/Fonts
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent @fontsource/sarabun@4.5.9 @fontsource/noto-sans-symbols-2@5.3.0 >/dev/null
mkdir sarabun symbols
tar xzf fontsource-sarabun-4.5.9.tgz -C sarabun
tar xzf fontsource-noto-sans-symbols-2-5.3.0.tgz -C symbols
/usr/bin/python3 - "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
from fontTools import subset
out = sys.argv[1]
for weight, name in (("400", "Regular"), ("700", "Bold")):
    font = TTFont(f"sarabun/package/files/sarabun-all-{weight}-normal.woff")
    font.flavor = None
    font.save(f"{out}/Sarabun-{name}.ttf")
options = subset.Options()
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.notdef_outline = True
font = TTFont("symbols/package/files/noto-sans-symbols-2-symbols-400-normal.woff")
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[0x2610, 0x2611, 0x2612])
subsetter.subset(font)
font.flavor = None
font.save(f"{out}/NotoSansSymbols2-Ballots.ttf")
PY
cp symbols/package/LICENSE "$OUT/OFL-NotoSansSymbols2.txt"
cp "$ROOT/src/Kasian.Web/wwwroot/fonts/OFL.txt" "$OUT/OFL-Sarabun.txt"
ls -l "$OUT"
