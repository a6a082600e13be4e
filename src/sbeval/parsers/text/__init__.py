"""The .txt/.md reader: decoding, one line per paragraph, tables pasted as text."""
