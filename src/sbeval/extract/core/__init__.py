"""What every finder stands on: figures in text, sections, labels, clause bounds and the figure index."""
