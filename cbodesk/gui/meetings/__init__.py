"""The meetings and minutes screens (guideline chapter 2, Annex 2 Organizing Meeting)."""
