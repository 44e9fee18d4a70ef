"""Stop PySide6 6.12.0's missing references to None *and True* from aborting CPython < 3.12.

Why (measured with PySide6-Essentials 6.12.0, the cp310-abi3 wheel, on CPython 3.11.7):
many void methods (``QWidget.resize``, ``QPainter.fillRect``, ``beginInsertRows``,
``changePersistentIndexList`` ...) hand back ``None`` without a new reference, and every
``SignalInstance.emit()`` and ``disconnect()`` hands back ``True`` without one. ``None``
starts with about 5,000 references and ``True`` with about 600, so a few thousand such
calls - or 600 signal emissions, a minute of using the app - bring one to zero and the
interpreter aborts ("none_dealloc" / "bool_dealloc"). CPython 3.12 made these objects
immortal, which the wheel's code assumes. On older CPython we do the same by hand: we
give each a reference count it can never spend (2**40). The objects are never freed
anyway, so nothing else changes, and it costs no memory and no timer.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 40
_done = False


def needed() -> bool:
    """Whether this interpreter lacks immortal singletons (CPython before 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protect() -> bool:
    """Make None, True and False immortal on CPython < 3.12; True when they are."""
    global _done
    if _done or not needed():
        return _done
    for obj in (None, True, False):
        field = ctypes.c_ssize_t.from_address(id(obj))
        # ob_refcnt is the object's first field in release builds; check before writing.
        if abs(field.value - (sys.getrefcount(obj) - 1)) > 64:
            return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
    _done = True
    return True
