"""The cash book on screen (guideline chapter 4): the book, its entries, closing, approvals, budget, setup."""
