"""Round 23, speed (the drafts stay the same): the patterns a function of no arguments builds
from the word lists are kept compiled once two runs compiled them, of one article or two (they
were compiled afresh on every run of an article the first to need them), built in the same order in every process (a set's
order changes with the hash seed: the pattern's text did, and it was never kept); a long
text's digits and invisible gaps are read once for the dozen rules asking find_dates about it.
Each with a case that must not change."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.ingest.reading.dates import find_dates


def _values(found):
    return [(d.start, d.end, d.value) for d in found]


# -- a long text's reading kept --------------------------------------------------------------------

_FILLER = "The smelter kept its furnaces running through the quarter without a stop. " * 30


def test_long_text_with_gapped_and_wide_digits_reads_the_same_every_time():
    # an invisible space inside a year and full-width digits: both read, asked twice over
    text = (_FILLER + "The line was commissioned on 12 March 20\u200b25 at the plant.\n"
            + _FILLER + "Its second phase started on \uff12\uff10\uff12\uff16-04-09.\n")
    assert len(text) > 2000 and not text.isascii()
    first = find_dates(text, "2026")
    again = find_dates(text, "2026")
    assert _values(first) == _values(again)
    values = {d.value for d in first}
    assert "2025-03-12" in values and "2026-04-09" in values
    # the evidence is the number as printed, gap included
    gapped = next(d for d in first if d.value == "2025-03-12")
    assert text[gapped.start:gapped.end].replace("\u200b", "") == "12 March 2025"
    # the same text with another gap elsewhere is another text: not the kept reading
    other = text.replace("20\u200b25", "202\u200b5")
    assert {d.value for d in find_dates(other, "2026")} == values


def test_long_text_without_gaps_or_other_digits_is_not_changed():
    text = _FILLER + "Output rose \u2019sharply\u2019 after 3 May 2024.\n" + _FILLER
    got = find_dates(text, "2026")
    assert [text[d.start:d.end] for d in got] == ["3 May 2024"]
    assert _values(find_dates(text, "2026")) == _values(got)


# -- word lists' patterns: one text in every process, kept after one run ---------------------------

_BUILDERS = ("kg.ingest.names.between_agreements:_noun_rx",
             "kg.ingest.names.between_agreements:_verb_before",
             "kg.ingest.relations.signatory_lists:_lead",
             "kg.ingest.names.introduced_hubs:_table")


def _patterns() -> list[str]:
    import importlib
    out = []
    for spec in _BUILDERS:
        mod, fn = spec.split(":")
        got = getattr(importlib.import_module(mod), fn).__wrapped__()
        out += [x.pattern for x in (got if isinstance(got, tuple) else (got,))
                if hasattr(x, "pattern")]
    return out


def test_word_list_patterns_are_the_same_under_another_hash_seed():
    here = _patterns()
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from tests.test_ingest_round23_speed import _patterns; print(json.dumps(_patterns()))")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONHASHSEED=str(1 + (hash("seed") % 1000)))
    out = subprocess.run([sys.executable, "-c", code, root], env=env, capture_output=True,
                         text=True, check=True).stdout
    import json
    assert json.loads(out) == here
    assert len(here) == 5 and all(here)


def test_a_pattern_built_without_arguments_is_kept_after_two_runs_of_one_article(tmp_path, monkeypatch):
    import re

    from kg.ingest import regex_cache
    from kg.ingest.command import article_token
    from kg.ingest.relations import signatory_lists

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("this Python's re has no _compiler module")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    from kg.model import cache
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    name = regex_cache.entry_name(internals)
    article = tmp_path / "one.txt"
    article.write_text("Signatories:\nAlpha Co.\nBeta Co.\n", encoding="utf-8")
    for _ in range(2):          # compiled by two runs (of one article): kept
        assert (signatory_lists._lead.__wrapped__().pattern, 0) not in (
            regex_cache._load(name) if (cache.cache_dir() / name).exists() else {})
        re.purge()
        with regex_cache.installed(article_token(article)):
            fresh = signatory_lists._lead.__wrapped__()   # built from the word list, no arguments
    assert (fresh.pattern, 0) in regex_cache._load(name)
    re.purge()
    with regex_cache.installed(article_token(article)):
        again = signatory_lists._lead.__wrapped__()       # now from the kept form
    line = "The signatories of the pact"
    assert again.search(line).span() == fresh.search(line).span() == (4, 15)
    assert again.search("The signal was clear") is None


def test_a_pattern_a_function_builds_from_its_arguments_is_not_kept():
    from kg.ingest import regex_cache

    def builder(words):
        return "|".join(words)

    def no_args():
        return "x"

    def closure():
        words = ["a"]

        def inner():
            return words
        return inner
    assert not regex_cache._constant_builder(builder.__code__)
    assert regex_cache._constant_builder(no_args.__code__)
    assert not regex_cache._constant_builder(closure().__code__)      # reads its caller's words
    assert not regex_cache._constant_builder((lambda *a: a).__code__)
