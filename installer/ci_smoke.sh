#!/usr/bin/env bash
# CI: build the frozen app and smoke-test it under an empty environment.
#
#   bash installer/ci_smoke.sh [build.py options, e.g. --without-team]
#
# Runs after `bash dev.sh test` has made .venv (PYTHON=... picks another interpreter).
# PyInstaller comes from the project's `build` extra; it is added when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "ci_smoke.sh: installing the build extra (PyInstaller)" >&2
    "$python" -m pip install -q -e ".[build]"
fi
smoke_args=()
args=("$@")
for i in "${!args[@]}"; do
    case "${args[$i]}" in
        --without-team) smoke_args+=(--without-team) ;;
        --dist) smoke_args+=(--dist "${args[$((i + 1))]}") ;;
    esac
done
"$python" installer/build.py "$@"
"$python" installer/smoke.py "${smoke_args[@]}"
