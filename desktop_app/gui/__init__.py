"""The desktop app: PySide6 windows, models and workers over the Qt-free core."""
