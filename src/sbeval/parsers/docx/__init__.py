"""The .docx reader: WordprocessingML walked in order into headings, paragraphs and tables."""
