"""The report as a whole: per-fund summaries, scores tied to the overall grade."""
