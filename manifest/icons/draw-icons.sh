#!/usr/bin/env bash
# Draws manifest/color.png (192x192) and manifest/outline.png (32x32) once; the PNGs are committed and
# nothing at build or test time runs this. Needs ImageMagick: apt-get install -y imagemagick.
# Both icons are drawn at 8x and scaled down so the curves are smoothly anti-aliased.
set -euo pipefail
cd "$(dirname "$0")/.."
# /usr/local/bin may hold a stand-in called convert; use Debian's ImageMagick explicitly.
IM=/usr/bin/convert
ACCENT='#1B5E7A'   # keep equal to accentColor in manifest.json
# A shield (protection) with a tick (a clear next step), on a 192-unit grid; x8 gives 1536.
SHIELD='M 768,272 C 960,384 1120,400 1216,400 L 1216,768 C 1216,1040 1024,1200 768,1296 C 512,1200 320,1040 320,768 L 320,400 C 416,400 576,384 768,272 Z'
TICK='576,784 720,928 976,640'
PNG_OPTS=(-strip -define png:exclude-chunks=date,time -define png:color-type=6 -define png:bit-depth=8)

# Colour icon: white shield and accent tick on a full accent square (Teams rounds the corners itself).
"$IM" -size 1536x1536 "xc:$ACCENT" \
  -fill white -stroke none -draw "path '$SHIELD'" \
  -fill none -stroke "$ACCENT" -strokewidth 96 -draw "stroke-linecap round stroke-linejoin round polyline $TICK" \
  -resize 192x192 "${PNG_OPTS[@]}" PNG32:color.png

# Outline icon: the same shield as a white line with the tick, on transparency. It is trimmed and
# enlarged to fill 30 of the 32 pixels (a 32px icon has no room for margins), then every pixel's colour
# is set to pure white so that anti-aliasing leaves only alpha: Teams wants white and transparent only.
"$IM" -size 1536x1536 xc:none \
  -fill none -stroke white -strokewidth 128 -draw "stroke-linejoin round path '$SHIELD'" \
  -stroke white -strokewidth 144 -draw "stroke-linecap round stroke-linejoin round polyline $TICK" \
  -trim +repage -gravity center -background none -resize 1440x1440 -extent 1536x1536 \
  -channel RGB -evaluate set 100% +channel \
  -resize 32x32 "${PNG_OPTS[@]}" PNG32:outline.png
