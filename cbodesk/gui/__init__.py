"""The Qt widgets of CBO Desk: the only package that imports PySide6."""
