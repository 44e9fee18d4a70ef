#!/usr/bin/env bash
# ShareTidy's two set-up commands for a fresh Linux machine with Python 3.11+.
#
#   bash dev.sh test   install what is needed, then lint, format-check and run every test
#   bash dev.sh demo   install what is needed, then open the app on a sample share
#
# It installs the Debian libraries Qt needs when they are missing (as root, or with sudo),
# makes a virtual environment in .venv and installs the project into it (editable).
set -euo pipefail
cd "$(dirname "$0")"

QT_LIBS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1"
# libfuse2: fusepy's libfuse.so.2, for the slow-share (FUSE) test, which runs as root only;
# as root libfuse mounts and unmounts by itself, so the `fuse` package (fusermount, which
# would replace fuse3) is not needed.
TEST_TOOLS="jdupes xvfb xauth libfuse2"
DEMO_TOOLS="xvfb xauth"

system_packages() {
    local wanted=() pkg
    for pkg in $QT_LIBS "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || wanted+=("$pkg")
    done
    [ ${#wanted[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "dev.sh: please install the Qt libraries: ${wanted[*]}" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "dev.sh: installing ${wanted[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}

venv() {
    local python="${PYTHON:-python3}"
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    local stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
    if [ ! -e "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[test,build]"
        rm -f .venv/.installed-*
        touch "$stamp"
    fi
    # The app's translations (.qm) are built from the .ts sources, never kept in git.
    .venv/bin/python -m desktop_app.gui.translations --build
}

case "${1:-}" in
    test)
        shift
        system_packages $TEST_TOOLS
        venv
        .venv/bin/ruff check .
        .venv/bin/ruff format --check .
        QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
        ;;
    demo)
        shift
        system_packages $DEMO_TOOLS
        venv
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "dev.sh: no display; running on a virtual screen (xvfb-run)" >&2
            exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/sharetidy demo "$@"
        fi
        exec .venv/bin/sharetidy demo "$@"
        ;;
    *)
        echo "usage: bash dev.sh test [pytest args] | bash dev.sh demo [--dir D] [--guided] [--lang nl|en]" >&2
        exit 2
        ;;
esac
