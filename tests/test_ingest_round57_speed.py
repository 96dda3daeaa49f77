"""Round 57 (speed): a text printed as one line of megabytes with no full stop took more than
linear time (5 MB: 337.8 s of CPU against 93.1 s at 2 MB). A profile of one such sentence at
200 KB and 800 KB showed `str.rfind` growing 13x for 4x the text: a dozen rules asked, for each
name or date, where its line starts (``text.rfind("\\n", 0, start)``) or ends
(``text.find("\\n", end)``), reading most of the line each time. They now bisect the line
breaks found once a text (`reading/occurrences.line_start`, `line_end`). The answers are the
same; these tests check the look-ups against ``rfind``/``find`` at every place, what the rules
read from a few lines, and the growth on one long line."""
from __future__ import annotations

import re

from hostile_drafts import grows_linearly
from kg.ingest.events.dateline_words import in_dateline
from kg.ingest.names.row_codes import row_code
from kg.ingest.names.work_titles import title_spans
from kg.ingest.reading.occurrences import line_end, line_start, occurrences
from kg.ingest.relations.house_org import house, letterhead
from kg.ingest.relations.officer_lists import record_orgs

_TEXTS = ["", "\n", "one line, no break", "ends in a break\n", "\nstarts with one",
          "two\n\nblank\n\n\nlines \n at\tthe\nend\n\n"]


def test_line_start_and_end_are_what_rfind_and_find_give_at_every_place():
    for text in _TEXTS:
        breaks = occurrences(text, "\n")
        for pos in range(len(text) + 2):
            assert line_start(breaks, pos) == text.rfind("\n", 0, pos) + 1, (text, pos)
            found = text.find("\n", pos)
            assert line_end(breaks, pos, len(text)) == (len(text) if found < 0 else found), \
                (text, pos)


def _orgs(text: str, names=("Corvane Tin Co., Ltd.", "Hollin Bay Zinc Group")):
    out = []
    for name in names:
        out += [(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return sorted(out)


def test_an_organisation_alone_on_a_top_line_is_the_house():
    text = ("Corvane Tin Co., Ltd.\n\nNotice on the spring maintenance of the smelter\n\n"
            "The smelter of Hollin Bay Zinc Group will stop for two weeks.\n")
    orgs = _orgs(text)
    assert letterhead(text, orgs) == ("Corvane Tin Co., Ltd.", text.index("\n"))
    assert house(text, orgs) == "Corvane Tin Co., Ltd."


def test_a_record_line_gives_its_organisation_and_a_sentence_does_not():
    text = ("Record of the hearing\n\nPlaintiff: Corvane Tin Co., Ltd.\n"
            "Legal representative: Ada Moss\n\n"
            "The claim against Hollin Bay Zinc Group was heard in May.\n")
    orgs = _orgs(text)
    heads = record_orgs(text, orgs)
    assert heads == {text.index("Plaintiff"): "Corvane Tin Co., Ltd."}


def test_a_row_code_opens_its_line_before_a_gap():
    text = "Items\nB-07  Corvane Tin Co., Ltd.\nthe B-07  Hollin Bay\n"
    a = text.index("B-07")
    b = text.index("B-07", a + 1)
    assert row_code(text, (a, a + 4, "B-07"), (a + 6, a + 13, "Corvane"))
    assert not row_code(text, (b, b + 4, "B-07"), (b + 6, b + 12, "Hollin"))


def test_a_quoted_title_after_a_work_noun_on_its_own_line():
    text = 'Intro line\nThe book "Tin Roads" was out.\nA "tin road" is old.\n'
    spans = title_spans(text)
    assert [text[a:b] for a, b in spans] == ["Tin Roads"]


def _one_line(n: int):
    """The looks at each organisation's line, for a line of ``n`` clauses and no full stop."""
    text = ", ".join(f"Corvane Tin Co., Ltd. shipped {i} tonnes to Hollin Bay Zinc Group "
                     f"under order B-{i % 90 + 10}" for i in range(n)) + "\n"
    orgs = _orgs(text)
    codes = [(m.start(), m.end(), m.group()) for m in re.finditer(r"B-\d\d", text)]

    def run():
        got = [house(text, orgs), record_orgs(text, orgs),
               [row_code(text, c, (c[1] + 1, c[1] + 2, "x")) for c in codes], title_spans(text)]

        class _Day:
            start, end = len(text) - 10, len(text) - 5
        got.append([in_dateline(text, _Day) for _ in orgs])
        return got
    return run


def test_the_looks_at_a_line_grow_linearly_on_one_long_line():
    """40,000 clauses on one line (about 3 MB): each organisation's look read the line back
    to its start and on to its end."""
    house_org, records, codes, titles, datelines = grows_linearly(_one_line, 40000,
                                                                  "line looks on one line")
    assert house_org is None and records == {} and not any(codes) and titles == []
    assert not any(datelines)


def test_a_title_reads_its_head_word_and_a_line_of_many_words_is_no_title():
    """A headline's words are read only as far as the 41st (a title has at most 40): the first
    line of a text printed as one sentence of megabytes was split into all its words first."""
    from kg.ingest.names.headline_documents import _head
    title = "Notice on the Relining of the Corvane Tin Smelter"
    got = _head(title)
    assert got is not None and got[0] == 0, got
    assert _head(" ".join(["Corvane Tin Notice"] * 14)) is None       # (42 words)
    assert _head(" ".join(["Corvane Tin Notice"] * 200000)) is None
