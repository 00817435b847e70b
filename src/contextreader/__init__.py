"""contextreader: read news in the terminal with its sources in view."""

__version__ = "0.1.0"
