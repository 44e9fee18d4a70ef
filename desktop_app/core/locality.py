"""Whether a path lies on a local disk or on a network location.

This decides two safety questions: a network location has no recycle bin (Windows deletes
files there for good, send2trash gives no error), so clean-up may only ever run on local
disks; and native change events rarely arrive from network mounts, so the watcher must
poll there. When in doubt the answer is "network": that only costs a little speed, the
other mistake can cost a file.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

NETWORK_FSTYPES = frozenset(
    {
        "9p",
        "afpfs",
        "afs",
        "ceph",
        "cifs",
        "coda",
        "davfs",
        "fuse",
        "glusterfs",
        "gpfs",
        "lustre",
        "ncpfs",
        "ncp",
        "nfs",
        "nfs4",
        "ocfs2",
        "smb",
        "smb3",
        "smbfs",
        "sshfs",
        "virtiofs",
        "vboxsf",
        "webdav",
    }
)
"""Mount types whose files live elsewhere. Every ``fuse.*`` type counts too (sshfs, rclone,
s3fs, gvfs...): FUSE backends are mostly remote or slow, and we cannot tell which."""

MOUNTINFO = "/proc/self/mountinfo"

_DRIVE_REMOTE = 4
_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Location:
    """Where a path lies, and why we think so (shown in the status bar and logs)."""

    kind: Literal["local", "network"]
    reason: str

    @property
    def is_network(self) -> bool:
        return self.kind == "network"


@dataclass(frozen=True)
class Mount:
    """One line of mountinfo: the mount point (unescaped), its type and source."""

    point: str
    fstype: str
    source: str


def is_network_fstype(fstype: str) -> bool:
    """Whether a mount type keeps its files on another machine (or behind FUSE)."""
    fstype = fstype.lower()
    return fstype in NETWORK_FSTYPES or fstype.startswith("fuse")


def _unescape(field: str) -> str:
    # The kernel writes space, tab, newline and backslash in paths as \040, \011, \012, \134.
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of a ``/proc/self/mountinfo`` text, in file order.

    Format per line: ``id parent major:minor root mountpoint options [optional...] -
    fstype source superoptions``; the optional fields end at the lone ``-``.
    """
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) < 7:
            continue
        try:
            dash = fields.index("-", 6)
        except ValueError:
            continue
        if len(fields) < dash + 2:
            continue
        source = fields[dash + 2] if len(fields) > dash + 2 else ""
        mounts.append(Mount(_unescape(fields[4]), fields[dash + 1], _unescape(source)))
    return mounts


def mount_for(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds ``path``: the longest mount point that is a prefix of it.

    Later lines win on a tie, as a later mount over the same point hides the earlier.
    """
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        holds = point == "/" or path == point or path.startswith(point + "/")
        if holds and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def is_unc(path: str) -> bool:
    """``\\\\server\\share`` or ``//server/share`` (not the ``\\\\?\\`` long-path prefix)."""
    if len(path) < 3 or path[0] not in "\\/" or path[1] not in "\\/":
        return False
    if path[2] in "?.":
        # \\?\C:\... and \\.\ are local long paths or devices; \\?\UNC\server is a share.
        return path[3:4] in ("\\", "/") and path[4:].upper().startswith(("UNC\\", "UNC/"))
    return path[2] not in "\\/"


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive, _rest = os.path.splitdrive(os.path.abspath(path))
    if len(drive) != 2:
        return False
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    return kind == _DRIVE_REMOTE


def _read_mountinfo() -> str | None:
    try:
        with open(MOUNTINFO, encoding="utf-8", errors="surrogateescape") as handle:
            return handle.read()
    except OSError:
        return None


def _real(path: str) -> str:
    # The mount that holds a path is that of its resolved form; a path that does not exist
    # yet is judged by its nearest existing parent.
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


def describe_location(
    path: str | os.PathLike[str],
    *,
    mountinfo: str | None = None,
    platform: str | None = None,
) -> Location:
    """Local or network, with the reason in a few words (English; for logs and tests).

    ``mountinfo`` and ``platform`` replace the live system's for tests.
    """
    text = os.fspath(path)
    platform = platform or sys.platform
    if is_unc(text):
        return Location("network", "UNC path")
    if platform == "win32":  # pragma: no cover - Windows only
        if _windows_drive_is_remote(text):
            return Location("network", "mapped network drive")
        return Location("local", "local drive")
    if mountinfo is None:
        mountinfo = _read_mountinfo()
        if mountinfo is None:
            if platform == "darwin":  # pragma: no cover - macOS
                return _describe_macos(text)
            return Location("local", "mount table unavailable")
        text = _real(text)
    else:
        text = os.path.normpath(text) if text else "/"
    mount = mount_for(text, parse_mountinfo(mountinfo))
    if mount is None:
        return Location("local", "no mount found")
    if is_network_fstype(mount.fstype):
        return Location("network", f"{mount.fstype} mount at {mount.point}")
    return Location("local", f"{mount.fstype} mount at {mount.point}")


def _describe_macos(path: str) -> Location:  # pragma: no cover - macOS
    # macOS has no mountinfo; `mount` lists "source on point (fstype, ...)".
    import subprocess

    try:
        output = subprocess.run(
            ["mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return Location("local", "mount table unavailable")
    mounts = []
    for line in output.splitlines():
        match = re.match(r"(.*) on (.*) \(([^,)]+)", line)
        if match:
            mounts.append(Mount(match.group(2), match.group(3), match.group(1)))
    mount = mount_for(_real(path), mounts)
    if mount and is_network_fstype(mount.fstype):
        return Location("network", f"{mount.fstype} mount at {mount.point}")
    return Location("local", f"{mount.fstype} mount at {mount.point}" if mount else "no mount")


def is_network_path(path: str | os.PathLike[str], *, mountinfo: str | None = None) -> bool:
    """Whether ``path`` lies on a network location (UNC, mapped drive, network mount)."""
    return describe_location(path, mountinfo=mountinfo).is_network
