#!/usr/bin/env bash
# Measures the throughput of the SHA-256 that run manifests use: compiles Sources/ComparisonRunner/Support/SHA256.swift
# and Sources/CSHA256 alone with a small driver, optimised as a release build is, and hashes MEGABYTES (default 256)
# MiB in 64 KiB pieces, with the processor's SHA instructions where it has them, and with --portable in Swift alone.
# Usage: scripts/measure-sha256.sh [MEGABYTES] [--portable]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
clang -O2 -c "$root/Sources/CSHA256/sha256_blocks.c" -I "$root/Sources/CSHA256/include" -o "$work/sha256_blocks.o"
swiftc -O -wmo -module-name SHA256Throughput -I "$root/Sources/CSHA256/include" -o "$work/sha256-throughput" \
    "$root/Sources/ComparisonRunner/Support/SHA256.swift" "$root/Benchmarks/SHA256Throughput/main.swift" \
    "$work/sha256_blocks.o"
"$work/sha256-throughput" "$@"
