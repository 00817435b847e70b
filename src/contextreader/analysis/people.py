"""(being written: placeholder until the component lands)"""

from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis import extensions  # noqa: F401


@Language.component("cr_people")
def _component(doc: Doc) -> Doc:
    doc._.cr_people=[]
    return doc
