"""Telling local disks from network locations: UNC paths, network mounts, mountinfo parsing."""

from __future__ import annotations

import pytest

from desktop_app.core import locality
from desktop_app.core.locality import describe_location, is_network_path, parse_mountinfo

MOUNTINFO = "\n".join(
    [
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
        "23 22 0:21 / /proc rw,nosuid - proc proc rw",
        "30 22 0:40 / /mnt/shares rw,relatime shared:5 - cifs //filer/shares rw,vers=3.0",
        "31 30 8:2 / /mnt/shares/local\\040cache rw - ext4 /dev/sda2 rw",
        "32 22 0:41 / /mnt/team\\040drive rw master:7 - nfs4 filer:/team rw",
        "33 22 0:42 / /home/anna/remote rw - fuse.sshfs anna@host:/ rw",
        "34 22 0:43 / /media/usb rw - vfat /dev/sdb1 rw",
        "35 22 0:44 / /srv/data rw - ext4 /dev/sdc1 rw",
        "36 35 0:45 / /srv/data rw - nfs filer:/data rw",
        "37 22 0:46 / /mnt/back\\134slash rw - smb3 //x/y rw",
        "garbage line",
    ]
)


def test_parser_unescapes_octal_and_skips_optional_fields():
    mounts = {m.point: m for m in parse_mountinfo(MOUNTINFO)}
    assert mounts["/mnt/shares/local cache"].fstype == "ext4"
    assert mounts["/mnt/team drive"].fstype == "nfs4"
    assert mounts["/mnt/team drive"].source == "filer:/team"
    assert mounts["/mnt/back\\slash"].fstype == "smb3"
    assert mounts["/mnt/shares"].source == "//filer/shares"
    assert len(parse_mountinfo(MOUNTINFO)) == 10


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/anna/Documents/a.docx", "local"),
        ("/mnt/shares/Finance/q1.xlsx", "network"),
        ("/mnt/shares", "network"),
        ("/mnt/shares/local cache/x.tmp", "local"),  # a local disk mounted inside a share
        ("/mnt/shares/local cachex/y", "network"),  # a prefix of a name is not the mount
        ("/mnt/team drive/plan.pdf", "network"),
        ("/mnt/team", "local"),
        ("/home/anna/remote/notes.txt", "network"),
        ("/media/usb/photo.jpg", "local"),
        ("/srv/data/report.pdf", "network"),  # the later mount over the same point wins
        ("/mnt/back\\slash/z", "network"),
    ],
)
def test_longest_mount_point_decides(path, kind):
    location = describe_location(path, mountinfo=MOUNTINFO, platform="linux")
    assert location.kind == kind, location.reason


def test_reason_names_the_mount():
    location = describe_location("/mnt/shares/x", mountinfo=MOUNTINFO, platform="linux")
    assert location.reason == "cifs mount at /mnt/shares"


@pytest.mark.parametrize(
    "path",
    [
        "\\\\server\\share",
        "\\\\server\\share\\Finance\\a.xlsx",
        "//server/share",
        "//server/share/Finance/a.xlsx",
        "\\\\?\\UNC\\server\\share\\x",
    ],
)
def test_unc_paths_are_network(path):
    assert is_network_path(path, mountinfo=MOUNTINFO)
    assert describe_location(path).reason == "UNC path"


@pytest.mark.parametrize("path", ["\\\\?\\C:\\Users\\anna", "\\\\.\\PhysicalDrive0", "/", "C:\\x"])
def test_not_unc(path):
    assert not locality.is_unc(path)


@pytest.mark.parametrize(
    ("fstype", "network"),
    [
        ("cifs", True),
        ("smbfs", True),
        ("nfs", True),
        ("fuse", True),
        ("fuse.rclone", True),
        ("fuseblk", True),
        ("9p", True),
        ("davfs", True),
        ("ext4", False),
        ("btrfs", False),
        ("tmpfs", False),
        ("overlay", False),
    ],
)
def test_fstypes(fstype, network):
    assert locality.is_network_fstype(fstype) is network


def test_real_tmp_path_is_local(tmp_path):
    # The test machine's temporary folder is on a local disk (overlay, ext4 or tmpfs).
    location = describe_location(tmp_path)
    assert location.kind == "local", location.reason
    assert not is_network_path(tmp_path / "not-yet-there.txt")


def test_missing_mount_table_is_local_on_linux(monkeypatch):
    monkeypatch.setattr(locality, "_read_mountinfo", lambda: None)
    assert describe_location("/x", platform="linux").reason == "mount table unavailable"
