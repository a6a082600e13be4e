"""The .pdf reader: pages into lines, paragraphs and ruled tables (pdfplumber), stitched across pages."""
