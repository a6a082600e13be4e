"""SB8xx: performance targets in indicator tables."""
