"""Which share folders belong to this employee, and how the migration team names them.

Shares come from the config's templates (``\\\\fs01\\home\\{user}``), from mapped network
drives on Windows and from folders the user adds. Manifests name every root by its UNC
path, so a mapped drive letter (which differs per PC) is resolved to the UNC path behind
it; systems without UNC paths use the absolute path.
"""

from __future__ import annotations

import getpass
import os
import string
import sys
from dataclasses import dataclass

from desktop_app.core.config import OrgConfig, expand_template


@dataclass(frozen=True)
class ShareCandidate:
    """A share the employee may scan: a name to show and the path to open."""

    name: str
    path: str
    target: str | None
    source: str
    """'config', 'mapped' or 'user'."""
    reachable: bool


def login_name() -> str:
    """The login without its domain (``GEMEENTE\\jan`` -> ``jan``)."""
    name = os.environ.get("USERNAME") if sys.platform == "win32" else None
    name = name or getpass.getuser()
    return name.rsplit("\\", 1)[-1].split("@", 1)[0]


def login_domain() -> str | None:
    """The Windows domain of the login, or None elsewhere."""
    return os.environ.get("USERDOMAIN") if sys.platform == "win32" else None


def display_name() -> str | None:
    """The person's full name as the system knows it (never a network lookup)."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        size = ctypes.c_ulong(0)
        secur32 = ctypes.windll.secur32
        secur32.GetUserNameExW(3, None, ctypes.byref(size))  # NameDisplay
        buffer = ctypes.create_unicode_buffer(size.value)
        if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)):
            return buffer.value or None
        return None
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (KeyError, ImportError):
        return None
    return gecos or None


def mapped_drives() -> dict[str, str]:
    """Drive letter (``H:``) -> UNC path of every mapped network drive (Windows only)."""
    if sys.platform != "win32":
        return {}
    drives = {}  # pragma: no cover - Windows
    for letter in string.ascii_uppercase:  # pragma: no cover - Windows
        unc = _wnet_connection(f"{letter}:")
        if unc:
            drives[f"{letter}:"] = unc
    return drives  # pragma: no cover - Windows


def _wnet_connection(drive: str) -> str | None:  # pragma: no cover - Windows
    import ctypes

    mpr = ctypes.WinDLL("mpr")
    length = ctypes.c_ulong(1024)
    buffer = ctypes.create_unicode_buffer(length.value)
    if mpr.WNetGetConnectionW(drive, buffer, ctypes.byref(length)) == 0:
        return buffer.value
    return None


def unc_path(path: str) -> str:
    """The UNC form of ``path`` when it lies on a mapped drive; else the absolute path."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        absolute = os.path.abspath(path)
        drive, rest = os.path.splitdrive(absolute)
        unc = _wnet_connection(drive) if len(drive) == 2 else None
        if unc:
            return unc.rstrip("\\") + rest
        return absolute
    return os.path.abspath(path)


def discover(
    config: OrgConfig,
    user: str,
    department: str,
    extra: list[str] | None = None,
    *,
    probe: bool = True,
) -> list[ShareCandidate]:
    """The employee's shares: config templates, mapped drives, then user-added folders.

    A share found twice (a template that is also a mapped drive) is listed once.
    ``probe=False`` skips the reachability check (``reachable`` is then False): asking
    an unreachable share over a VPN can take seconds, and names need no answer.
    """
    found: list[ShareCandidate] = []
    seen: set[str] = set()

    def add(name: str, path: str, target: str | None, source: str) -> None:
        key = unc_path(path).replace("\\", "/").rstrip("/").casefold()
        if key in seen:
            return
        seen.add(key)
        found.append(ShareCandidate(name, path, target, source, probe and os.path.isdir(path)))

    for share in config.shares:
        if "{department}" in share.path and not department:
            continue
        path = expand_template(share.path, user, department)
        target = expand_template(share.target, user, department) if share.target else None
        add(share.name, path, target, "config")
    for drive, unc in mapped_drives().items():
        add(f"{drive} ({unc})", unc, config.target_for(unc, user, department), "mapped")
    for path in extra or []:
        add(
            os.path.basename(path.rstrip("/\\")) or path,
            path,
            config.target_for(path, user, department),
            "user",
        )
    return found
