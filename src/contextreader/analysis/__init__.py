"""The analysis core: text in, one report out. Never imports Textual (a test proves it)."""
