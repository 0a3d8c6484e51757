#!/usr/bin/env bash
# @module scripts/llama-server-integration/build.sh — builds llama.cpp's `llama-server` offline from the
# source node-llama-cpp ships (llama/gitRelease.bundle), once, into a cache outside the repo:
#   ${BENCH_LLAMA_SERVER_DIR:-~/.cache/bench/llama-server}/<commit>/build/bin/llama-server
# Prints the binary's path on its last line. ~6 minutes on 2 idle cores; reruns are instant.
# Options (env): BENCH_BUILD_JOBS (default: CPU cores), BENCH_BUILD_NICE=1 (run the compiler at nice 19).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bundle="$repo_root/node_modules/node-llama-cpp/llama/gitRelease.bundle"
if [[ ! -f "$bundle" ]]; then
  echo "llama-server build: $bundle not found (is the optional dependency node-llama-cpp installed? npm install node-llama-cpp@3.21.1)" >&2
  exit 2
fi
for tool in git cmake c++; do
  command -v "$tool" >/dev/null || { echo "llama-server build: needs $tool on PATH" >&2; exit 2; }
done

commit="$(git bundle list-heads "$bundle" | awk '$2 == "HEAD" { print substr($1, 1, 12) }')"
cache="${BENCH_LLAMA_SERVER_DIR:-$HOME/.cache/bench/llama-server}/$commit"
bin="$cache/build/bin/llama-server"
if [[ -x "$bin" && -f "$cache/.built" ]]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"
if [[ ! -d "$cache/src/.git" ]]; then
  rm -rf "$cache/src"
  git -c advice.detachedHead=false clone --quiet "$bundle" "$cache/src"
fi

jobs="${BENCH_BUILD_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}"
nice_cmd=()
[[ "${BENCH_BUILD_NICE:-0}" == "1" ]] && nice_cmd=(nice -n 19)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

started=$(date +%s)
"${nice_cmd[@]}" cmake -S "$cache/src" -B "$cache/build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON \
  -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF >"$cache/cmake-configure.log" 2>&1 ||
  { echo "llama-server build: cmake configure failed, see $cache/cmake-configure.log" >&2; exit 3; }
"${nice_cmd[@]}" cmake --build "$cache/build" --target llama-server -j "$jobs" >"$cache/cmake-build.log" 2>&1 ||
  { echo "llama-server build: compile failed, see $cache/cmake-build.log" >&2; exit 3; }
touch "$cache/.built"
echo "llama-server built in $(( $(date +%s) - started )) s" >&2
echo "$bin"
