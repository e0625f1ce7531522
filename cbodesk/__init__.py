"""CBO Desk: the desktop application with which a community-based organisation in Cambodia runs itself."""

__version__ = "0.1.0"
