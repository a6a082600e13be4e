"""Pydantic models shared by the layers: documents, figures, relations, reports."""
