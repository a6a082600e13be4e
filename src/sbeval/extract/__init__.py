"""Extraction: a Document's paragraphs and tables → figures and the relations between them."""
