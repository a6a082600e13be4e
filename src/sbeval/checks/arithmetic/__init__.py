"""Checks on the arithmetic of figures: totals, balances, ratios, changes, months of payment, per capita."""
