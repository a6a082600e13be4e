"""The genre's words: units, fund names, numerals, traditional variants and cue words. No logic beyond lookup."""
