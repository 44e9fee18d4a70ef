"""The engine of ShareTidy: everything that works without Qt.

Nothing in this package may import Qt (``tests/core/test_no_qt.py`` proves it), so the
scanner, the policy and the store can run headless, in the team tools and in tests on a
machine without a display.
"""
