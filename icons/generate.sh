#!/usr/bin/env bash
# Makes every icon file from icons/filedeck.svg: PNGs from 16 to 1024 px (Linux, the installers),
# filedeck.ico (Windows), filedeck.icns (macOS), and the window icons the app loads at run time
# (src/main/resources/dev/filedeck/icons). The results are committed, so a build needs none of this.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and a JDK 11 or newer.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null; then
  echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2
  exit 1
fi

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" filedeck.svg --output "png/filedeck-$size.png"
done

java PackIcons.java ico filedeck.ico png/filedeck-{16,24,32,48,64,128,256}.png
# icns types: icp4/icp5/icp6 = 16/32/64, ic07/ic08/ic09 = 128/256/512, ic11..ic14 and ic10 = the @2x of 16..512.
java PackIcons.java icns filedeck.icns \
  icp4=png/filedeck-16.png icp5=png/filedeck-32.png icp6=png/filedeck-64.png \
  ic07=png/filedeck-128.png ic08=png/filedeck-256.png ic09=png/filedeck-512.png \
  ic11=png/filedeck-32.png ic12=png/filedeck-64.png ic13=png/filedeck-256.png \
  ic14=png/filedeck-512.png ic10=png/filedeck-1024.png

# The window icon: the sizes window managers and task bars ask for.
runtime=../src/main/resources/dev/filedeck/icons
mkdir -p "$runtime"
for size in 16 32 48 64 128 256; do
  cp "png/filedeck-$size.png" "$runtime/filedeck-$size.png"
done
echo "Icons written to icons/ and $runtime"
