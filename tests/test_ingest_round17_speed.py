"""Round 17, speed: what the command's block changes in Python's ``re`` (``re.escape`` from a
table, ``re._compile`` with integer flag tests) gives the same answers and is undone after the
block; a checked cache entry read in place (knowledge/entry_views.py) is the entry's content,
and an edited or cut one is not read. No timing is asserted here (bench/ingest_speed.py)."""
from __future__ import annotations

import pickle
import re

import pytest


def test_escape_and_compile_in_the_block_answer_as_re_and_are_undone():
    from kg.ingest.command import tuned

    samples = ["Co., Ltd.", "a b", "", "plain", "x-y (z)", "tab\there", "new\nline", "’s",
               "中国铝业", "$5.2 [a]{1}|^#&~", "A.B.C."]
    expected = [re.escape(s) for s in samples]
    escape, compile_ = re.escape, re._compile
    with tuned(None):
        got = [re.escape(s) for s in samples] + [re.escape(s) for s in samples]   # (kept)
        assert re.escape(b"a.b") == b"a\\.b"
        rx = re.compile(r"(?P<w>\w+)\s+Co\.", re.I)
        assert rx.search("Zinc co. and").group("w") == "Zinc"
        assert re.compile(r"(?P<w>\w+)\s+Co\.", re.I) is rx          # re's own cache
        again = pickle.loads(pickle.dumps(rx))                      # (names re._compile)
        assert again.pattern == rx.pattern and again.flags == rx.flags
    assert got == expected + expected
    assert re.escape is escape and re._compile is compile_


def test_entry_read_in_place_is_the_checked_content_and_refuses_an_edited_one(tmp_path,
                                                                              monkeypatch):
    from kg.ingest.knowledge.entry_views import read_checked_view
    from kg.model import cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    body = bytes(range(256)) * 40 + b"\nend"
    for digest in ("crc32", "sha256"):
        assert cache.write_bytes("entry.bin", body, checked=True, digest=digest)
        view = read_checked_view("entry.bin")
        assert view is not None and bytes(view) == body == cache.read_checked_bytes("entry.bin")
    path = cache.cache_dir() / "entry.bin"
    raw = path.read_bytes()
    path.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))             # edited since written
    assert read_checked_view("entry.bin") is None
    path.write_bytes(raw[:len(raw) // 2])                          # cut short
    assert read_checked_view("entry.bin") is None
    path.write_bytes(b"")                                          # empty
    assert read_checked_view("entry.bin") is None
    assert read_checked_view("missing.bin") is None


def test_alternations_grouped_by_first_letter_match_as_written():
    """Patterns parsed with their alternations regrouped (regex_branches) find the same matches,
    groups and spans as the plain ones: the order written decides where alternatives overlap
    (a prefix before a longer one, an empty or class alternative between), case-blind parts and
    look-behinds included."""
    from re import _compiler, _parser

    import _sre

    from kg.ingest import regex_branches

    if regex_branches.parse is None:
        pytest.skip("this Python's re has no _parser module")
    patterns = [
        r"(?:Secretary|Senior|Sales|Sec|Chair(?:man)?|Chief|C)\s+(\w+)",
        r"\b(?:ab|a|abc|b[xy]|ba|)(?P<rest>c?)",
        r"(?:an|a|[a-z]|am|ax)x",
        r"(?i:west|wEst|East|east|eagle)\b",
        r"(?<=(?:ab|ac|ad|xy))(?:pq|pr|ps)",
        r"(?:deputy\s+mayor|deputy\s+governor|deputy|director|dean)(?:\s+of)?",
        r"(?:(?:12|13|1)(?:a|b)|1c)+",
    ]
    texts = ["Secretary Li, Sec Wang, Chairman Zhao, Chief Xu, C Y", "abcx abx ax bx bac by c",
             "anx ax amx axx bx", "West east EAST eagle wEst", "abpq acps xypr adpz",
             "deputy mayor of X, deputy governor, deputy, director of Y, dean",
             "12a13b1c1a 13c"]

    def compiled(p, parse):
        tree = parse(p, 0)
        code = _compiler._code(tree, 0)
        index = [None] * tree.state.groups
        for k, i in tree.state.groupdict.items():
            index[i] = k
        return _sre.compile(p, tree.state.flags, code, tree.state.groups - 1,
                            tree.state.groupdict, tuple(index))

    for p in patterns:
        plain, grouped = compiled(p, _parser.parse), compiled(p, regex_branches.parse)
        for t in texts:
            assert [(m.span(), m.groups()) for m in plain.finditer(t)] == \
                [(m.span(), m.groups()) for m in grouped.finditer(t)], (p, t)


def test_a_stamped_entry_is_read_through_once_and_an_edit_since_is_still_refused(tmp_path,
                                                                                  monkeypatch):
    """``read_checked_view(name, stamped=True)``: once an entry left alone for a while has
    matched its digest, the next read of the same file skips reading it through; any change to
    the file since (its change time moves) brings the full check back."""
    import os
    import time

    from kg.ingest.knowledge.entry_views import read_checked_view
    from kg.model import cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    body = bytes(range(256)) * 40 + b"\nend"
    assert cache.write_bytes("entry.bin", body, checked=True, digest="crc32")
    path = cache.cache_dir() / "entry.bin"
    digests = []
    real = cache._digest
    monkeypatch.setattr(cache, "_digest", lambda b, k="sha256": digests.append(k) or real(b, k))
    # just written: checked in full, and not noted (the file's times are too fresh to tell)
    assert bytes(read_checked_view("entry.bin", stamped=True)) == body and len(digests) == 1
    assert bytes(read_checked_view("entry.bin", stamped=True)) == body and len(digests) == 2
    monkeypatch.setattr(cache, "STAMP_AGE_NS", 20_000_000)          # (20 ms: then left alone)
    time.sleep(0.05)
    assert bytes(read_checked_view("entry.bin", stamped=True)) == body and len(digests) == 3
    assert bytes(read_checked_view("entry.bin", stamped=True)) == body and len(digests) == 3
    assert bytes(read_checked_view("entry.bin")) == body and len(digests) == 4   # (not stamped)
    raw = path.read_bytes()
    st = os.stat(path)
    with open(path, "r+b") as fh:                                   # edited in place, same size,
        fh.seek(len(raw) - 1)                                       # its modification time put back
        fh.write(bytes([raw[-1] ^ 1]))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert read_checked_view("entry.bin", stamped=True) is None
    assert cache.write_bytes("entry.bin", body, checked=True, digest="crc32")   # replaced
    assert bytes(read_checked_view("entry.bin", stamped=True)) == body


def test_people_read_pinyin_alike_with_or_without_tone_marks_among_other_wide_characters():
    """person_names.people translates a text's tone marks only when it prints one (a text of
    dashes and no-break spaces is read as it is): the same people, spans and plain labels."""
    from kg.ingest.names.person_names import people

    plain = "At the plant opening \u2014 a small affair \u2014 Zhang Wei, the mine manager, said " \
            "output rose\u00a0sharply."
    toned = plain.replace("Zhang Wei", "Zh\u0101ng W\u011bi")
    got = [(c.start, c.end, c.label) for c in people(plain)]
    assert got == [(c.start, c.end, c.label) for c in people(toned)]
    assert [label for _a, _b, label in got] == ["Zhang Wei"]
