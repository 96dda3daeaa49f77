"""Round 35's speed changes, each with the same drafts: white space told without copying the
stretch (kg/ingest/reading/blank_runs.py: a rule asking whether a name opens its line copied, on
a text printed as one long line, most of that line for every name on it), and the digest of the
graph's input files worked out by the command's second process (knowledge/data_digest.py,
ahead.EARLY)."""
from __future__ import annotations

import random

from kg.ingest import ahead
from kg.ingest.knowledge import snapshot
from kg.ingest.knowledge.data_digest import data_digest, digest_of
from kg.ingest.reading import dates
from kg.ingest.reading.blank_runs import blank, blank_back, next_other, only
from kg.ingest.relations import house_org
from kg.model.linkindex import input_files

_PIECES = [" ", "\t", "\n", "\u00a0", "\u3000", "\u2028", ".", ",", "a", "Z", "\u4e2d", "-"]


def test_the_helpers_answer_as_the_copies_they_stand_for():
    rng = random.Random(35)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 12)))
        a, b = rng.randrange(0, len(text) + 2), rng.randrange(0, len(text) + 2)
        assert blank(text, a, b) == (not text[a:b].strip()), (text, a, b)
        assert only(text, a, b, " \t.,") == (not text[a:b].strip(" \t.,")), (text, a, b)
        assert blank_back(text, b) == len(text[:b].rstrip()), (text, b)
        assert next_other(text, a, " \t") == a + len(text[a:]) - len(text[a:].lstrip(" \t"))


class _Counted(str):
    """A text that notes the longest stretch a reader copied out of it."""
    longest = 0

    def __getitem__(self, k):
        got = str.__getitem__(self, k)
        if type(k) is slice:
            type(self).longest = max(type(self).longest, len(got))
        return got


class _Ent:
    def __init__(self, name):
        self.name = name


def _one_long_line(n: int) -> tuple[str, list]:
    """A letterhead over a body printed as one line naming ``n`` companies."""
    head = "Wenshan Cobalt Refining Co., Ltd.\n\n"
    body = "".join(f"Firm {i} Tin Co., Ltd. met its peers in the Valley \u2014 " for i in range(n))
    text = head + body + "\n"
    orgs = [(0, 33, _Ent("letterhead"))]
    pos = len(head)
    for i in range(n):
        name = f"Firm {i} Tin Co., Ltd."
        orgs.append((pos, pos + len(name), _Ent(name)))
        pos += len(f"Firm {i} Tin Co., Ltd. met its peers in the Valley \u2014 ")
    return text, orgs


def test_the_house_of_a_text_on_one_long_line_is_read_without_copying_the_line():
    text, orgs = _one_long_line(400)
    assert text[orgs[5][0]:orgs[5][1]] == "Firm 4 Tin Co., Ltd."
    counted = _Counted(text)
    _Counted.longest = 0
    assert house_org.house(counted, orgs).name == "letterhead"
    assert house_org.letterhead(counted, orgs)[0].name == "letterhead"
    assert _Counted.longest < 1000       # (the old reading copied up to the whole line)


def test_a_signature_s_date_is_read_without_copying_the_text_above_it():
    body = "The smelter restarted its second potline after the repairs were done. " * 600
    text = "Notice on the Restart\n\n" + body + "\n\nQujing Zinc Co., Ltd.\n\n12 March 2027\n"
    counted = _Counted(text)
    _Counted.longest = 0
    got = dates._signature_date(counted)
    assert got is not None and got.value == dates._signature_date(text).value
    assert str(got.value) == "2027-03-12"
    assert _Counted.longest < 1000


def test_the_snapshot_is_named_the_same_with_the_input_files_digest_taken_from_the_child(
        monkeypatch):
    files = input_files(None)
    here = snapshot.entry_name(files)
    answer = data_digest()
    assert answer == (tuple(str(f) for f in files), digest_of(files))
    monkeypatch.setattr(ahead, "early", lambda job: answer if job == snapshot._DATA else None)
    assert snapshot.entry_name(files) == here
    # (an answer for other files, or another digest: the files' own digest, or another name)
    other = (answer[0][:-1], answer[1])
    monkeypatch.setattr(ahead, "early", lambda job: other if job == snapshot._DATA else None)
    assert snapshot.entry_name(files) == here
    monkeypatch.setattr(ahead, "early", lambda job: (answer[0], "0" * 64)
                        if job == snapshot._DATA else None)
    assert snapshot.entry_name(files) != here
