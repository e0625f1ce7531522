"""The member register's screens (guideline chapter 3) and the committee's (chapter 1)."""
