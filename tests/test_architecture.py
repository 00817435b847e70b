"""The shape of the code: the analysis core runs with no terminal and never imports Textual,
nor the outlet knowledge base's build."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "contextreader.report",
    "contextreader.analysis.pipeline",
    "contextreader.io.article",
    "contextreader.io.export",
    "contextreader.io.fetch",
    "contextreader.outlets.kb",
    "contextreader.cli",
]


def test_core_never_imports_textual():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "from contextreader.analysis.pipeline import analyze_text, load_pipeline\n"
        + "analyze_text('Ada Vance said the plan works.', load_pipeline())\n"
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        + "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_command_line_starts_without_spacy():
    """--help, --version and the reader's start do not wait for spaCy: it loads in the worker."""
    code = (
        "import sys\n"
        "import contextreader.cli\n"
        "from contextreader.analysis.models import check_model\n"
        "check_model()\n"
        "assert 'spacy' not in sys.modules, 'spacy imported at start-up'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_analysis_never_imports_the_outlet_build():
    """The outlet finder reads the build's word lists from ``outlets.words``, not the build."""
    code = (
        "import sys\n"
        "import contextreader.analysis.pipeline\n"
        "assert 'contextreader.outlets.build' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
