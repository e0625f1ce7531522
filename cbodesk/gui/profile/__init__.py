"""The organisation profile: its form (also used by the first-run wizard) and its page."""
