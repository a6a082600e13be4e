"""sbeval: recompute the arithmetic in social-insurance fund performance-evaluation reports."""

__version__ = "0.1.0"
