"""Round 55: five steps of `kg ingest` that grew with the square of the text, found by timing a
text of repeated court sentences at 750, 1,500 and 3,000 repeats (1.4 ms, 2.9 ms and 8.4 ms a
repeat): a document named once per sentence looked at all its statements once per mention
(events/applied_periods, events/own_in_force); a sentence opened by "According to the ..."
looked over every name of the text for the document in its head (relations/legal_basis); each
new organisation looked over every other one for a fuller name holding it (names/inner_twins);
and each name on a line of megabytes counted the quotation marks from the line's start
(names/work_titles: 20,000 names on a line took 3.2 times the CPU of 10,000, 7.6 s). The
checks time a text and its quarter: four times the input must take
about four times the CPU (see hostile_drafts.linear_cpu), at sizes where the old steps took
four to six times as much again. The drafts of every development set were byte-identical."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import draft_of, grows_linearly, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.names.work_titles import in_work_title


def _draft(kg, text: str):
    return draft_of(kg, text, "round55-linear", "round55-linear.txt")


def _courts(n: int) -> str:
    """A ruling named in every sentence, a new court and a new company in each."""
    return " ".join(f"The Ferro{i} District Court ruled on the claim. Under the ruling, "
                    f"Quill{i} Mining Co. must pay the supplier." for i in range(n)) + "\n"


@pytest.mark.parametrize("build", [_courts], ids=["ruling-named-each-sentence"])
def test_four_times_the_repeats_take_about_four_times_the_cpu(snapshot_kg, build):
    text = build(3000)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, build.__name__,
                       quarter=build(750))
    labels = {e.label for e in draft.entities.values() if not e.known}
    # the work is still done: the names of the last repeat are drafted
    assert any("2999" in label for label in labels), sorted(labels)[:20]


def _line_of(n: int):
    """The look at a name in a quoted work title, for every sentence of a line of ``n``."""
    text = " ".join(f"Lark{i} Smelting Co. sent zinc to Tern{i}, which named it \"good\"."
                    for i in range(n)) + "\n"
    at = [m.start() for m in re.finditer("Lark", text)]
    return lambda: [in_work_title(text, a, a + 4) for a in at]


def test_the_look_at_quoted_work_titles_grows_linearly_on_one_long_line():
    """A name's look for a quoted work title counted the quotation marks from its line's start:
    on one line of a megabyte with a name in every sentence, the square of the line."""
    found = grows_linearly(_line_of, 40000, "quoted titles on one line")
    assert found and not any(found)
