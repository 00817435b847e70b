"""The hand-kept data files fail loudly, naming the table at fault, when a list is malformed."""

from importlib.resources import files
from pathlib import Path

import pytest

import contextreader
from contextreader.analysis.assertions.lexicon import check_vague_lexicon, vague_lexicon
from contextreader.analysis.loaded.lexicon import LexiconError, load_lexicon_text
from contextreader.analysis.people import parse_role_lexicon, role_lexicon
from contextreader.data import DataFileError, Table, parse_toml, read_toml

# the least a role_nouns.toml may hold: the roles, and every list it requires
ROLES = {
    "roles": {"mayor": "mayor"},
    "honorifics": {"ms.": "female"},
    "not_person": {"months": ["may"]},
    "named_things": {
        "portfolios": ["ministry"],
        "state_titles": ["president"],
        "families": ["clan"],
        "animals": ["dog"],
    },
    "bylines": {"staff_titles": ["writer"], "desks": ["desk"]},
    "role_mentions": {
        "jurisdictions": ["county"],
        "plain_people": ["man"],
        "title_only": ["mayor"],
        "serving_verbs": ["serve"],
        "succeeding_verbs": ["succeed"],
    },
}


def test_packaged_role_nouns_load_with_every_list():
    lex = role_lexicon()
    assert lex.roles["mayor"] == "mayor"
    assert {"van", "bin"} <= lex.particles
    assert "jr." in lex.suffixes
    assert "husband" in lex.kinship
    assert "next" in lex.not_anaphoric


def test_packaged_role_nouns_hold_the_months_portfolios_and_newsroom_credits():
    lex = role_lexicon()
    assert {"may", "june"} <= lex.months
    assert {"ministry", "committee"} <= lex.portfolio_nouns
    assert {"writer", "reporters"} <= lex.staff_titles
    assert {"correspondent", "desk"} <= lex.desks


def test_months_portfolios_and_newsroom_credits_come_from_the_data():
    lex = parse_role_lexicon(
        {
            **ROLES,
            "not_person": {"months": ["june"]},
            "named_things": {
                **ROLES["named_things"],
                "portfolios": ["bureau"],
                "state_titles": ["emir"],
            },
            "bylines": {"staff_titles": ["editor"], "desks": ["newsroom"]},
        }
    )
    assert lex.months == frozenset({"june"})
    assert lex.portfolio_nouns == frozenset({"bureau"})
    assert lex.state_titles == frozenset({"emir"})
    assert lex.staff_titles == frozenset({"editor"})
    assert lex.desks == frozenset({"newsroom"})


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("named_things", "portfolios"),
        ("named_things", "state_titles"),
        ("bylines", "staff_titles"),
        ("bylines", "desks"),
        ("not_person", "months"),
        ("named_things", "families"),
        ("named_things", "animals"),
        ("role_mentions", "jurisdictions"),
        ("role_mentions", "plain_people"),
        ("role_mentions", "title_only"),
        ("role_mentions", "serving_verbs"),
        ("role_mentions", "succeeding_verbs"),
    ],
)
def test_lists_built_into_rules_must_be_there_and_hold_words(table, key):
    """A missing or empty list would switch a rule off silently, and an empty ``portfolios``
    or ``desks`` would build a pattern that matches the empty string."""
    for kept in ([], None):
        section = {k: v for k, v in ROLES[table].items() if k != key}
        if kept is not None:
            section[key] = kept
        with pytest.raises(ValueError, match=rf"\[{table}\] {key} is required"):
            parse_role_lexicon({**ROLES, table: section})


def test_packaged_head_of_state_titles_leave_out_offices_under_a_head_of_state():
    titles = role_lexicon().state_titles
    assert {"president", "king", "emir"} <= titles
    assert not {"prime minister", "premier", "chairman"} & titles


def _vague_parts(**changes: list[str]) -> dict[str, frozenset[str]]:
    lex = vague_lexicon()
    parts = {f: getattr(lex, f) for f in lex.__dataclass_fields__}
    return {**parts, **{k: frozenset(v) for k, v in changes.items()}}


def test_vague_bodies_must_be_vague_nouns():
    lex = vague_lexicon()
    assert "authority" in lex.bodies
    assert lex.bodies <= lex.nouns
    assert check_vague_lexicon(
        _vague_parts(nouns=["board", "agency"], bodies=["board"], instruments=[])
    )
    with pytest.raises(ValueError, match=r"\[bodies\] must be a part of \[nouns\]"):
        check_vague_lexicon(_vague_parts(nouns=["agency"], bodies=["board"], instruments=[]))


def test_vague_instruments_must_be_vague_nouns():
    lex = vague_lexicon()
    assert "monitor" in lex.instruments
    assert lex.instruments <= lex.nouns
    with pytest.raises(ValueError, match=r"\[instruments\] must be a part of \[nouns\]"):
        check_vague_lexicon(_vague_parts(nouns=["agency"], bodies=[], instruments=["gauge"]))


def test_particles_come_from_the_data():
    lex = parse_role_lexicon({**ROLES, "name_parts": {"particles": ["ter"]}})
    assert lex.particles == frozenset({"ter"})
    assert lex.honorifics == {"ms.": "female"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({**ROLES, "name_parts": {"particles": "van"}}, r"\[name_parts\] particles"),
        ({**ROLES, "name_parts": {"suffixes": ["Jr."]}}, r"\[name_parts\] suffixes"),
        ({**ROLES, "kinship": {"words": ["aunt", 3]}}, r"\[kinship\] words"),
        ({**ROLES, "role_mentions": {"not_anaphoric": [""]}}, r"\[role_mentions\]"),
        ({**ROLES, "honorifics": {"mr.": "man"}}, r"\[honorifics\] has unknown value"),
        ({**ROLES, "gendered": {"king": 1}}, r"\[gendered\] must map"),
        ({"honorifics": {}}, r"\[roles\] must map"),
        ({**ROLES, "titles": {}}, r"unknown table\(s\) \['titles'\]"),
        ({**ROLES, "not_person": {"months": ["May"]}}, r"\[not_person\] months"),
        ({**ROLES, "named_things": {"portfolios": "ministry"}}, r"\[named_things\] portfolios"),
        ({**ROLES, "bylines": {"desks": ["Desk"]}}, r"\[bylines\] desks"),
        ({**ROLES, "bylines": {"staff_titles": [""]}}, r"\[bylines\] staff_titles"),
    ],
)
def test_malformed_role_nouns_are_rejected(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_role_lexicon(raw)


def test_lexicon_pos_must_be_a_list_of_tags():
    text = (
        '[context]\nscare_quote_note = "A note."\n[[category]]\nname = "puffery"\n'
        'entries = [{ term = "stellar", pos = "ADJ", note = "A note." }]\n'
    )
    with pytest.raises(LexiconError, match="'pos' must be a list"):
        load_lexicon_text(text)


def test_lexicon_hype_must_name_puffery_terms():
    text = (
        '[context]\nscare_quote_note = "A note."\nhype = ["stellar", "thug"]\n'
        '[[category]]\nname = "puffery"\n'
        'entries = [{ term = "stellar", note = "A note." }]\n'
    )
    with pytest.raises(LexiconError, match=r"'hype' must hold puffery terms: \['thug'\]"):
        load_lexicon_text(text)


def test_lexicon_go_betweens_must_be_role_classes():
    text = (
        '[context]\nscare_quote_note = "A note."\ngo_betweens = ["spokesperson", "herald"]\n'
        '[[category]]\nname = "puffery"\n'
        'entries = [{ term = "stellar", note = "A note." }]\n'
    )
    with pytest.raises(LexiconError, match="'go_betweens' must be a role class"):
        load_lexicon_text(text)
    good = text.replace(', "herald"', "")
    assert load_lexicon_text(good).go_betweens == {"spokesperson"}


class TestAnyDataFileBrokenInAnEdit:
    """Every TOML data file is read through ``read_toml``: an edit that breaks the TOML, or
    renames a table the code needs, is a ``DataFileError`` naming the file (the command line
    prints it in one line), never a TOMLDecodeError or a bare KeyError from the analysis."""

    def test_bad_toml_names_the_file(self):
        with pytest.raises(DataFileError, match=r"^role_nouns\.toml: not valid TOML"):
            parse_toml('[roles]\nmayor = "mayor\n', "role_nouns.toml")

    def test_a_renamed_table_names_the_file_and_the_table(self):
        data = parse_toml('[phrasal]\nverbs = ["point out"]\n', "reporting_verbs.toml")
        with pytest.raises(DataFileError, match=r"^reporting_verbs\.toml: no \[cues\] table$"):
            data["cues"]

    def test_a_renamed_key_in_a_nested_table_names_its_path(self):
        data = parse_toml("[[a]]\n[a.b]\nwords = []\n", "x.toml")
        with pytest.raises(DataFileError, match=r"^x\.toml: \[a\.b\] has no 'list'$"):
            data["a"][0]["b"]["list"]

    def test_a_renamed_role_table_is_a_data_file_error(self):
        raw = parse_toml('[roles]\nmayor = "mayor"\n', "role_nouns.toml")
        with pytest.raises(DataFileError, match=r"^role_nouns\.toml: "):
            parse_role_lexicon(raw)

    def test_every_toml_data_file_reads(self):
        for name in sorted(files("contextreader.data").iterdir(), key=lambda p: p.name):
            if name.name.endswith(".toml"):
                assert read_toml(name.name), name.name

    def test_a_table_made_otherwise_still_says_what_is_missing(self):
        with pytest.raises(DataFileError, match=r"^a data file: no \[roles\] table$"):
            Table()["roles"]

    def test_a_missing_file_is_a_data_file_error(self):
        with pytest.raises(DataFileError, match=r"^nothing\.toml: cannot be read"):
            read_toml("nothing.toml")

    def test_no_module_parses_its_toml_past_the_checks(self):
        """Only the lexicon and the outlet notes parse TOML themselves (each with its own
        error, a DataFileError too); every other loader goes through ``read_toml``."""
        package = Path(contextreader.__file__).parent
        parsing = sorted(
            str(p.relative_to(package))
            for p in package.rglob("*.py")
            if "tomllib.loads" in p.read_text("utf-8")
        )
        assert parsing == [
            "analysis/loaded/lexicon.py",
            "data/__init__.py",
            "outlets/kb.py",
        ]
