"""The activity plans and M&E screens (guideline chapter 6)."""
