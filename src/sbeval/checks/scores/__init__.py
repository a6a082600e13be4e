"""Checks on performance-evaluation scores: item sums, scores above their weight, grades."""
