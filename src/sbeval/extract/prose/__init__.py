"""Relations stated in sentences: totals and parts, balances, ratios, changes, months, per capita, scores."""
