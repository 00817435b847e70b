"""(being written: placeholder until the component lands)"""

from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis import extensions  # noqa: F401


@Language.component("cr_quotes")
def _component(doc: Doc) -> Doc:
    doc._.cr_quotes=[]
    return doc
