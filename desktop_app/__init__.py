"""ShareTidy: tidy your own network-share files before the move to Microsoft 365.

The version below is the single source: ``pyproject.toml`` and the PyInstaller spec
both read it from here.
"""

__version__ = "0.1.0"
