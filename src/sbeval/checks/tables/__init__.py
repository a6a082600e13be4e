"""Checks on budget and fund tables: totals, 科目编码 hierarchies, balances and rate columns."""
