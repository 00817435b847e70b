"""The package's data files (word lists, the loaded-terms lexicon, outlet facts, the report schema),
read with importlib.resources by the modules that use them."""


class DataFileError(ValueError):
    """A data file of the package is malformed (someone edited it badly); the message names the
    file and what is wrong, so the command line can say so in one line."""
