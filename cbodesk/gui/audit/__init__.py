"""The audit log page (guideline chapter 5, accountability)."""
