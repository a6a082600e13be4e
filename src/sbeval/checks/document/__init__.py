"""SB9xx: the report as a whole: roll-ups across sections, copy-paste, placeholders, claims, years, units."""
