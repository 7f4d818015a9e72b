#!/usr/bin/env bash
# Kezek's one entry point for people and CI:
#   ./kezek.sh run  [--real-clock] [--time-scale X] [--data DIR] [--port N]   start the whole Centre
#   ./kezek.sh test                                                          build four trees and run their tests
# Both install the Debian 12 packages they need first (quietly when present).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# Debian 12 packages the build, the programs and the tests use.
packages=(
  build-essential cmake ninja-build pkg-config ccache
  libboost1.81-dev libboost-json1.81-dev libsqlite3-dev doctest-dev
  libimgui-dev libglfw3-dev libfreetype-dev libgl-dev libqrencode-dev libespeak-ng-dev espeak-ng-data libasound2-dev
  fonts-dejavu-core fonts-noto-core
  xvfb xauth x11-utils xdotool
  clang-14 libclang-rt-14-dev clang-format-14
)

log() { printf 'kezek: [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build DIR [cmake args...]
configure_and_build() {
  local dir="$1"; shift
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so a fresh clone elsewhere reuses the cache.
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
    # The Boost precompiled header (cmake/precompiled_headers.cmake): without
    # these, ccache refuses every file compiled with it (a miss each time).
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:+$CCACHE_SLOPPINESS,}pch_defines,time_macros"
  fi
  log "building $(basename "$dir")"
  # Unity builds and line tables only: a new user's cold build in about half the
  # time (cmake/dependencies.cmake, cmake/sanitizers.cmake, docs/benchmarks.md).
  cmake -S "$here" -B "$dir" -G Ninja "${launcher[@]}" -DKEZEK_UNITY_BUILD=ON -DKEZEK_LINE_TABLES_ONLY=ON "$@" >/dev/null
  cmake --build "$dir" -- -j"$(nproc)"
}

# A display for the GUI programs: the user's, or a virtual one (said so).
ensure_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
  local n=99
  while [ -e "/tmp/.X${n}-lock" ]; do n=$((n + 1)); done
  # -noreset: without it Xvfb resets when its last client leaves, and a test
  # that starts the next GUI program at that moment cannot open the display.
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=":$n"
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  log "no display found: running the GUI programs under Xvfb on $DISPLAY (each program writes a PNG of its window with --screenshot FILE)"
}

cmd_run() {
  local data="$here/kezek-data" port=8080 real_clock=0 time_scale=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --real-clock) real_clock=1 ;;
      --time-scale) time_scale="${2:-}"; [ $# -gt 1 ] && shift ;;
      --data) data="$2"; shift ;;
      --port) port="$2"; shift ;;
      *) log "unknown option $1"; exit 2 ;;
    esac
    shift
  done
  install_packages
  configure_and_build "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  local bin="$here/build"
  pids=()
  trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
  local now_args=()
  # The server checks the value (1 to 3600) and says what is wrong with it,
  # before anything is started.
  "$bin/server/kezek-server" --time-scale "$time_scale" --print-demo-start >/dev/null || exit 2
  if [ "$time_scale" != 1 ]; then
    # Server, screens and visitors share the clock: lunch and closing come
    # time_scale times sooner everywhere.
    now_args+=(--time-scale "$time_scale")
  fi
  if [ "$real_clock" = 0 ]; then
    local start
    start="$("$bin/server/kezek-server" --print-demo-start)"
    now_args+=(--now "$start")
    log "demo day: the clock starts at $start (use --real-clock for the real time)"
  fi
  mkdir -p "$data"
  "$bin/server/kezek-server" --data "$data" --listen "127.0.0.1:$port" "${now_args[@]}" &
  pids+=($!)
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  token() { "$bin/server/kezek-server" --data "$data" --print-token "$1"; }
  ensure_display
  # A program's clock starts when the program does: with a time scale, each
  # is given the server's time of that moment, so a screen lags the server by
  # its own start-up (times the scale), not by everything launched before it.
  clock() {
    if [ "$time_scale" = 1 ]; then
      echo "${now_args[@]}"
      return
    fi
    local reply
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\nConnection: close\r\n\r\n' \
      "$(token kiosk)" >&3
    reply="$(cat <&3)"
    exec 3<&-
    echo --now "$(sed -n 's/.*"now":"\([^"]*\)".*/\1/p' <<<"$reply" | head -n 1)" --time-scale "$time_scale"
  }
  local common=(--server "127.0.0.1:$port")
  # shellcheck disable=SC2046  # clock's words are options without spaces
  "$bin/kiosk/kezek-kiosk" "${common[@]}" $(clock) --token "$(token kiosk)" --windowed --size 1080x1080 &
  pids+=($!)
  # shellcheck disable=SC2046
  "$bin/display/kezek-display" "${common[@]}" $(clock) --token "$(token display)" --windowed --size 1920x1080 &
  pids+=($!)
  # shellcheck disable=SC2046
  "$bin/staff/kezek-staff" "${common[@]}" $(clock) --token "$(token counter:1)" --counter 1 --windowed --size 1280x900 &
  pids+=($!)
  if [ "$real_clock" = 0 ]; then
    # A living Centre for the demo: simulated visitors take tickets at the
    # kiosk's API and counters 2-8 serve them; counter 1 is left to you. On
    # the real clock they come 20 times as often (a busy day); with a time
    # scale they keep the server's time (--speed defaults to the scale).
    local pace=(--speed 20)
    [ "$time_scale" != 1 ] && pace=(--time-scale "$time_scale")
    "$bin/bench/kezek-visitors" --server "127.0.0.1:$port" --data "$data" "${pace[@]}" --leave-counter 1 \
      >"$data/visitors.log" 2>&1 &
    pids+=($!)
    log "demo visitors are arriving (log: $data/visitors.log); counter 1 is yours"
  fi
  log "server on http://127.0.0.1:$port, data in $data; press Ctrl-C to stop"
  wait "${pids[0]}"
}

# Which suites each tree builds and runs (KEZEK_SUITES, cmake/suites.cmake;
# docs/benchmarks.md "Cold test run" has what each tree costs):
#  build       every suite, the programs and the bench tools.
#  build-asan  ASan+UBSan: the core, the server, the e2e runs, the clients'
#              threads and the GUI programs (their memory bugs are real bugs);
#              not the bench tools, which only measure.
#  build-tsan  ThreadSanitizer: the suites whose code runs threads — the
#              server's engine, event hub and sessions (server), the real
#              server under concurrent clients (e2e), and the GUI programs'
#              event feed, request worker, Inbox and Announcer without their
#              windows (client_threads). Add a suite by its name.
#  build-fuzz  libFuzzer (clang): the libraries and tests/fuzz only.
asan_suites="unit;server;e2e;client_threads;gui"
tsan_suites="server;e2e;client_threads"

# The tree's layout is .clang-format's: a file that is not fails the tests,
# before anything is built (clang-format-14 --dry-run names the lines).
check_format() {
  log "format: clang-format-14 on every C++ file"
  local files
  if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
    files="$(git -C "$here" ls-files '*.cpp' '*.hpp')"
  else
    files="$(cd "$here" && find bench display kiosk server shared staff tests -name '*.cpp' -o -name '*.hpp')"
  fi
  (cd "$here" && printf '%s\n' $files | xargs clang-format-14 --dry-run -Werror) || {
    log "format: the files above are not as .clang-format lays them out (fix: clang-format-14 -i FILE)"
    return 1
  }
}

cmd_test() {
  install_packages
  check_format
  configure_and_build "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  configure_and_build "$here/build-asan" -DCMAKE_BUILD_TYPE=Debug -DKEZEK_SANITIZE=ON "-DKEZEK_SUITES=$asan_suites"
  configure_and_build "$here/build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEZEK_TSAN=ON "-DKEZEK_SUITES=$tsan_suites"
  # The libFuzzer targets (tests/fuzz, docs/fuzzing.md): clang, the libraries only.
  configure_and_build "$here/build-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEZEK_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14
  pids=()
  trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
  ensure_display
  local jobs; jobs="$(nproc)"
  log "tests: normal build"
  ctest --test-dir "$here/build" --output-on-failure -j"$jobs"
  log "tests: AddressSanitizer + UndefinedBehaviorSanitizer build"
  ASAN_OPTIONS=abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$here/build-asan" --output-on-failure -j"$jobs"
  log "tests: ThreadSanitizer build ($tsan_suites)"
  # halt_on_error: a race fails its test (the e2e servers inherit this too);
  # tests/tsan.supp is for third-party code only (it says why each entry is there).
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$here/tests/tsan.supp" \
    ctest --test-dir "$here/build-tsan" --output-on-failure -j"$jobs"
  log "tests: libFuzzer targets (each seed once, then a short fuzzing run per target)"
  ctest --test-dir "$here/build-fuzz" --output-on-failure -j"$jobs"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  *) echo "usage: ./kezek.sh run [--real-clock] [--data DIR] [--port N] | ./kezek.sh test" >&2; exit 2 ;;
esac
