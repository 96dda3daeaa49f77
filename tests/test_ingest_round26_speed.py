"""Round 26, speed (the drafts stay the same): a pattern `kg ingest` takes from its cache is
compiled when first used (kg/ingest/regex_lazy.py: about half of them never are on a long
text), and behaves as the compiled pattern wherever the rules use one; a gate's joined source
is kept between runs with the patterns (kg/ingest/regex_kept.py), worked out again when its
cues change; the plural facility heads are joined in one order in every process (the pattern
is then kept compiled). Each with a case that must not change."""
from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path

import pytest

from kg.ingest import regex_cache

_KG = Path(__file__).resolve().parent.parent / "kg"
_SOURCE = r"(?P<metal>[Zz]inc|[Ll]ead)\s+(?P<what>output|smelter)s?\b"


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    if regex_cache._internals() is None:
        pytest.skip("this Python's re has no _compiler module")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    from kg.model import cache
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    return tmp_path


def _run(tmp_path, name: str, source: str = _SOURCE):
    """One `kg ingest`-like run (another article each time) compiling ``source``."""
    article = tmp_path / f"{name}.txt"
    article.write_text(f"{name}\n", encoding="utf-8")
    from kg.ingest.command import article_token
    re.purge()
    with regex_cache.installed(article_token(article)):
        return re.compile(source)


def test_a_kept_pattern_is_compiled_on_first_use_and_answers_as_the_pattern(cache_dir):
    _run(cache_dir, "first")
    _run(cache_dir, "second")             # seen by two runs of two articles: kept
    kept = _run(cache_dir, "third")
    re.purge()
    plain = re.compile(_SOURCE)           # (compiled here, as re does: its code may differ)
    assert type(kept) is not re.Pattern and "_real" not in vars(kept)   # not compiled yet
    assert isinstance(kept, re.Pattern)
    assert kept.pattern == _SOURCE and kept.flags == plain.flags
    assert "_real" not in vars(kept)      # (its source and flags need no compiling)
    line = "Zinc output rose while lead smelters idled."
    assert [m.span() for m in kept.finditer(line)] == [m.span() for m in plain.finditer(line)]
    assert kept.search(line).group("what") == "output"
    assert kept.groupindex == plain.groupindex and kept.groups == 2
    # handed to re's functions, compared, copied, pickled: as the pattern
    assert re.sub(kept, "X", line) == plain.sub("X", line) == "X rose while X idled."
    assert re.compile(kept) is kept
    compiled = kept._compiled()
    assert kept == compiled and hash(kept) == hash(compiled) and {kept: 1}[compiled] == 1
    assert kept != re.compile(r"\bzinc\b")
    assert copy.deepcopy(kept) is kept and copy.copy(kept) is kept
    again = pickle.loads(pickle.dumps(kept))
    assert type(again) is re.Pattern and again.pattern == _SOURCE
    assert again.search(line).span() == (0, 11)
    # nothing there: no match, as the pattern says
    assert kept.search("Copper prices fell.") is None


def test_a_pattern_never_used_is_never_compiled(cache_dir):
    _run(cache_dir, "one")
    _run(cache_dir, "two")
    kept = _run(cache_dir, "three")
    assert "_real" not in vars(kept)
    # a pattern not kept (compiled once, by one run) is the compiled pattern itself
    fresh = _run(cache_dir, "four", r"\bnickel\s+matte\b")
    assert type(fresh) is re.Pattern


def test_a_gates_joined_source_is_kept_and_worked_out_again_for_other_cues(cache_dir, monkeypatch):
    from kg.ingest.reading import gates

    cues = [r"hosted\s+by", r"organi[sz]ed\s+by", r"[0-9]+\s+delegates"]
    outside = gates.any_of(cues)          # (outside a run: worked out each time)
    for name in ("a", "b"):
        article = cache_dir / f"{name}.txt"
        article.write_text(name, encoding="utf-8")
        with regex_cache.installed(str(article)):
            assert gates.any_of(cues) == outside

    def no_parsing(*a):
        raise AssertionError("the cues were parsed again")
    with monkeypatch.context() as m:
        m.setattr(gates, "_starts", no_parsing)
        with regex_cache.installed("c"):
            assert gates.any_of(cues) == outside      # kept: no cue parsed
            with pytest.raises(AssertionError):       # other cues: worked out afresh
                gates.any_of(cues + [r"chaired\s+by"])
    with regex_cache.installed("d"):
        joined = gates.any_of(cues + [r"chaired\s+by"])
    assert re.search(joined, "the session was chaired by Li").start() == 16
    assert re.search(joined, "a chair by the window") is None


def test_no_rule_tells_its_patterns_apart_by_the_match_s_pattern_object():
    # (m.re is the pattern compiled behind a lazy one: "m.re is X" would never hold)
    identity = re.compile(r"\.re\s+is\b|\bis\s+(?:not\s+)?[\w.]+\.re\b(?!\w)")
    found = [f"{f.name}: {m.group(0)}" for f in sorted((_KG / "ingest").rglob("*.py"))
             for m in identity.finditer(f.read_text(encoding="utf-8"))]
    assert not found
    assert identity.search("if m.re is _ITEM:") and not identity.search("order = m.re")


def test_plural_facility_heads_are_joined_longest_first_in_one_order():
    from kg.ingest.names import plural_sites

    rx, _ = plural_sites._heads.__wrapped__()
    body = rx.pattern[rx.pattern.index("(?:") + 3:rx.pattern.rindex(")(?!")]
    heads = [a.replace(r"\s+", " ").replace("\\", "") for a in body.split("|")]
    assert heads == sorted(heads, key=lambda h: (-len(h), h)) and len(heads) > 10
    assert rx.search("its hydropower stations in the north")
    assert not rx.search("a hydropower station in the north")      # (one: not plural)


# -- a signature's date: a long last line is no signature -------------------------------------------

_NOTICE = ("Notice on the Spring Inspection of Tailings Dams\n"
           + "All county bureaus shall check the dams listed below and report what they find. " * 6
           + "\n")


def test_a_dated_signature_under_a_notice_dates_it():
    from kg.ingest.reading.dates import read_document_date

    text = _NOTICE + "Qinling Mining Safety Bureau\n14 March 2026\n"
    shown, guessed = read_document_date(text)
    assert shown is not None and shown.value == "2026-03-14" and not guessed
    # a wide-gapped signer's cell before the date: a signature too
    cell = _NOTICE + "Chief inspector: Wen Lu" + " " * 12 + "2 April 2026\n"
    assert read_document_date(cell)[0].value == "2026-04-02"


def test_a_long_last_paragraph_with_one_date_is_no_signature():
    from kg.ingest.reading.dates import read_document_date

    # the body printed as one long line that ends the text, naming one day in passing
    body = ("The bureau inspected the dams of the northern valley and found the drains clear. "
            * 14 + "Work resumed on 9 May 2026 after the thaw.")
    assert len(body) > 1000
    shown, _ = read_document_date("Dam Inspection Results\n" + body + "\n")
    assert shown is None
