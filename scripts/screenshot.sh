#!/usr/bin/env bash
# Takes docs/screenshot.png: FileDeck on a fresh, seeded Local sandbox, in a virtual X display.
# Debian/Ubuntu; installs what it lacks (xvfb, GTK 3, ImageMagick) with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshot.png}
display=:99

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
[[ -x /usr/bin/import && -x /usr/bin/convert ]] || missing+=(imagemagick)
/sbin/ldconfig -p | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
command -v xdotool >/dev/null || missing+=(xdotool)
/usr/bin/python3 -c "import gi; gi.require_version('Gtk', '3.0')" 2>/dev/null || missing+=(python3-gi gir1.2-gtk-3.0)
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Build, then run java directly (not javafx:run) so the app is one process we can stop by its id.
./mvnw -q -B compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt

data=$(mktemp -d)
shot=$(mktemp --suffix=.png)
xvfb_pid=""
app_pid=""
cleanup() {
  for pid in $app_pid $xvfb_pid; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$data" "$shot"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!

# No OPENAI_API_KEY: the app opens on the Local sandbox, seeded in the empty data directory.
env -u OPENAI_API_KEY DISPLAY="$display" FILEDECK_SANDBOX_DIR="$data/sandbox" FILEDECK_CONFIG_DIR="$data/config" \
  java --module-path "target/classes:$(cat target/runtime-classpath.txt)" \
  --module dev.filedeck/dev.filedeck.app.FileDeckApp >target/screenshot-app.log 2>&1 &
app_pid=$!

# Wait for the window, then until two captures a moment apart agree (the files have arrived).
previous=""
for _ in $(seq 1 120); do
  kill -0 "$app_pid" 2>/dev/null || { echo "The app exited:"; cat target/screenshot-app.log; exit 1; }
  if DISPLAY="$display" /usr/bin/import -window root "$shot" 2>/dev/null; then
    current=$(/usr/bin/convert "$shot" -trim +repage -format '%wx%h' info: 2>/dev/null || true)
    sum=$(md5sum <"$shot")
    if [[ $current != 1x1 && -n $current && $sum == "$previous" ]]; then
      break
    fi
    previous=$sum
  fi
  sleep 0.5
done

# Show a real flow: drop a file from another program onto the window, upload it from the sheet,
# and let the new file appear selected with its details and the finished transfer.
sample="$data/real-drop-batch.jsonl"
printf '{"custom_id":"request-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[]}}\n' > "$sample"
DISPLAY="$display" /usr/bin/python3 scripts/drag-source.py "$sample" >/dev/null 2>&1 &
source_pid=$!
sleep 2
export DISPLAY="$display"
xdotool mousemove 60 40 mousedown 1
for i in $(seq 1 12); do xdotool mousemove $((60 + i * 40)) $((40 + i * 30)); sleep 0.1; done
sleep 0.5
xdotool mouseup 1
sleep 2
xdotool key Return   # the sheet's default button: Upload
sleep 3
kill "$source_pid" 2>/dev/null || true
sleep 1
DISPLAY="$display" /usr/bin/import -window root "$shot"

# The root window is black around the app's window: trim it away, then frame the window (there is no
# window manager to draw one) so it stands out on a white page.
mkdir -p "$(dirname "$out")"
/usr/bin/convert "$shot" -trim +repage -bordercolor '#b8bcc2' -border 1 "$out"
echo "Wrote $out ($(/usr/bin/convert "$out" -format '%wx%h' info:))"
