#!/usr/bin/env bash
# Measures the Linux installer that `./mvnw -Ppackage package` built: the .deb's size, its installed
# size, and the time from launch to the first frame with and without the AppCDS archive (RUNS runs
# each, default 5, alternated; medians). Each run is `FileDeck --smoke` from the unpacked package:
# a fresh Local sandbox, the main window, the first list. The time is taken from outside, from just
# before the launcher starts to the moment its "first frame" line arrives, so it includes the JVM's
# own start. Prints a Markdown table. Needs Xvfb unless DISPLAY is set. Not a test: figures only.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
deb=$(ls target/installer/filedeck_*.deb 2>/dev/null | head -n 1 || true)
if [[ -z $deb ]]; then
  echo "No .deb in target/installer: run ./mvnw -Ppackage package first" >&2
  exit 1
fi

scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# Two unpacked copies: as packaged, and without the archive (its line taken out of the launcher's
# configuration). The JDK's own CDS archive stays in both: only FileDeck's AppCDS archive differs.
dpkg-deb -x "$deb" "$scratch/with"
cp -a "$scratch/with" "$scratch/without"
config=opt/filedeck/lib/app/FileDeck.cfg
sed -i '/SharedArchiveFile/d' "$scratch/without/$config"
rm -f "$scratch/without/opt/filedeck/lib/app/filedeck.jsa"
grep -q SharedArchiveFile "$scratch/with/$config" || echo "warning: the package has no AppCDS archive" >&2

display=${DISPLAY:-}
if [[ -z $display ]]; then
  for n in $(seq 190 209); do
    [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
fi
mkdir -p "$scratch/home"

# One start: prints "FRAME_MS LIST_MS CPU_MS": the first two from just before the launcher started,
# the last the CPU time of all the app's threads up to the first frame (the app reports it; on a
# busy machine it varies far less than the clock).
measure_once() {
  local launcher=$1 start line frame="" list="" cpu="" now
  start=$(date +%s%N)
  while IFS= read -r line; do
    now=$(date +%s%N)
    if [[ -z $frame && $line == "smoke: first frame"* ]]; then
      frame=$(( (now - start) / 1000000 ))
      [[ $line =~ ,\ ([0-9]+)\ ms\ of\ CPU ]] && cpu=${BASH_REMATCH[1]}
    fi
    if [[ -z $list && $line == "smoke: listed"* ]]; then list=$(( (now - start) / 1000000 )); fi
  done < <(HOME="$scratch/home" DISPLAY="$display" timeout 60 "$launcher" --smoke 2>/dev/null)
  if [[ -z $frame || -z $list ]]; then
    echo "the smoke run of $launcher failed" >&2
    exit 1
  fi
  echo "$frame $list ${cpu:-0}"
}

# The floor: a window with one label, on the same runtime (the JDK's CDS archive, no AppCDS).
cat > "$scratch/HelloFx.java" <<'JAVA'
public class HelloFx extends javafx.application.Application {
    public static void main(String[] args) { launch(args); }
    @Override public void start(javafx.stage.Stage stage) {
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.control.Label("Hello"), 400, 300);
        scene.addPostLayoutPulseListener(() -> javafx.application.Platform.runLater(() -> {
            System.out.println("smoke: first frame"); javafx.application.Platform.exit(); }));
        stage.setScene(scene); stage.show();
    }
}
JAVA
cat > "$scratch/HelloMain.java" <<'JAVA'
public class HelloMain { public static void main(String[] args) { HelloFx.main(args); } }
JAVA
javac -d "$scratch/hello" --module-path target/packaging/modules --add-modules javafx.controls \
  "$scratch/HelloFx.java" "$scratch/HelloMain.java"
hello_once() {
  local start line now
  start=$(date +%s%N)
  while IFS= read -r line; do
    now=$(date +%s%N)
    [[ $line == "smoke: first frame"* ]] && echo $(( (now - start) / 1000000 ))
  done < <(HOME="$scratch/home" DISPLAY="$display" timeout 60 "$scratch/with/opt/filedeck/lib/runtime/bin/java" \
             -cp "$scratch/hello" HelloMain 2>/dev/null)
}

median() {
  tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# A first start of each copy fills the OS's file cache: the figures are for warm starts, as when
# someone opens FileDeck a second time. (A first start after boot reads ~150 MB more from disk.)
measure_once "$scratch/with/opt/filedeck/bin/FileDeck" >/dev/null
measure_once "$scratch/without/opt/filedeck/bin/FileDeck" >/dev/null
hello_once >/dev/null

load_before=$(cut -d' ' -f1 /proc/loadavg)
with_frames=() with_lists=() with_cpus=() without_frames=() without_lists=() without_cpus=() hellos=()
for _ in $(seq 1 "$runs"); do
  read -r frame list cpu < <(measure_once "$scratch/with/opt/filedeck/bin/FileDeck")
  with_frames+=("$frame"); with_lists+=("$list"); with_cpus+=("$cpu")
  read -r frame list cpu < <(measure_once "$scratch/without/opt/filedeck/bin/FileDeck")
  without_frames+=("$frame"); without_lists+=("$list"); without_cpus+=("$cpu")
  hellos+=("$(hello_once)")
done
load_after=$(cut -d' ' -f1 /proc/loadavg)

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
deb_bytes=$(stat -c %s "$deb")
installed_bytes=$(du -sb "$scratch/with/opt" | cut -f1)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "FileDeck $(basename "$deb"), measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores of ${cpu:-an unknown CPU},"
echo "$(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), Xvfb; load average ${load_before} before, ${load_after} after; $runs runs each."
echo
echo "| what | median | runs | target |"
echo "|---|---|---|---|"
echo "| .deb size | $(mb "$deb_bytes") | | at most 45 MB |"
echo "| installed size (/opt/filedeck) | $(mb "$installed_bytes") | | |"
echo "| launch to first frame, with AppCDS | $(echo "${with_frames[*]}" | median) ms | ${with_frames[*]} | within 800 ms |"
echo "| launch to first frame, without AppCDS | $(echo "${without_frames[*]}" | median) ms | ${without_frames[*]} | |"
echo "| launch to first list, with AppCDS | $(echo "${with_lists[*]}" | median) ms | ${with_lists[*]} | |"
echo "| launch to first list, without AppCDS | $(echo "${without_lists[*]}" | median) ms | ${without_lists[*]} | |"
echo "| CPU time to first frame, with AppCDS | $(echo "${with_cpus[*]}" | median) ms | ${with_cpus[*]} | |"
echo "| CPU time to first frame, without AppCDS | $(echo "${without_cpus[*]}" | median) ms | ${without_cpus[*]} | |"
echo "| floor: a one-label JavaFX window, same runtime | $(echo "${hellos[*]}" | median) ms | ${hellos[*]} | |"
