"""Round 43, speed: the digest of the graph's input files is kept in the cache folder with the
files' stamps and given again while they are unchanged (knowledge/data_digest.py: the files are
not read and hashed on every run); the space separators of reading/folded.py are kept between
runs (regex_kept). Both give what working them out gives; a file edited gets its new digest; a
file changed less than a second ago is not noted. No timing is asserted here
(bench/ingest_speed.py)."""
from __future__ import annotations

import os
import re
import unicodedata

import pytest

from kg.ingest.knowledge import data_digest
from kg.ingest.output.draft import to_turtle

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)


def _files(folder, n=3):
    out = []
    for i in range(n):
        f = folder / f"part{i}.ttl"
        f.write_text(f"# made up part {i}\n<urn:x:{i}> <urn:p:label> \"Brannock Tin {i}\" .\n")
        out.append(f)
    return out


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    from kg.model import cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    return cache.cache_dir()


@pytest.fixture
def settled(monkeypatch):
    """Files count as left alone as soon as they are written (the stamps' age made 0, so that
    the tests need not wait a second)."""
    from kg.model import cache

    monkeypatch.setattr(cache, "STAMP_AGE_NS", 0)


def test_a_kept_digest_is_the_digest_worked_out(own_cache, tmp_path, settled):
    files = _files(tmp_path)
    fresh = data_digest._digest_now(files)
    assert data_digest.digest_of(files) == fresh          # worked out, then noted
    assert (own_cache / data_digest.MEMO).is_file()
    assert data_digest.digest_of(files) == fresh          # given from the note


def test_a_kept_digest_is_not_read_again(own_cache, tmp_path, settled, monkeypatch):
    files = _files(tmp_path)
    first = data_digest.digest_of(files)
    monkeypatch.setattr(data_digest, "_digest_now", lambda fs: pytest.fail("read again"))
    assert data_digest.digest_of(files) == first


def test_an_edited_file_gets_its_new_digest(own_cache, tmp_path, settled):
    files = _files(tmp_path)
    before = data_digest.digest_of(files)
    files[1].write_text("# made up part 1, edited\n<urn:x:1> <urn:p:label> \"Orlend Zinc\" .\n")
    after = data_digest.digest_of(files)
    assert after != before
    assert after == data_digest._digest_now(files)


def test_the_same_size_and_time_after_an_edit_still_tell_it(own_cache, tmp_path, settled):
    """An edit that keeps the size and the modification time (set back) changes the change
    time, which no one can set back: the digest is worked out again."""
    files = _files(tmp_path)
    st = os.stat(files[0])
    before = data_digest.digest_of(files)
    text = files[0].read_text()
    files[0].write_text(text.replace("Brannock", "Crannock"))
    os.utime(files[0], ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(files[0]).st_size == st.st_size
    assert data_digest.digest_of(files) != before
    assert data_digest.digest_of(files) == data_digest._digest_now(files)


def test_files_just_changed_are_not_noted(own_cache, tmp_path):
    files = _files(tmp_path)            # (just written: their change time is now)
    assert data_digest.digest_of(files) == data_digest._digest_now(files)
    assert not (own_cache / data_digest.MEMO).exists()


def test_another_list_of_files_is_not_given_the_kept_digest(own_cache, tmp_path, settled):
    files = _files(tmp_path)
    whole = data_digest.digest_of(files)
    part = data_digest.digest_of(files[:2])
    assert part != whole and part == data_digest._digest_now(files[:2])
    assert data_digest.digest_of(list(reversed(files))) == data_digest._digest_now(
        list(reversed(files)))


def test_a_missing_file_is_told_as_before(own_cache, tmp_path):
    files = _files(tmp_path)
    files[2].unlink()
    with pytest.raises(OSError):
        data_digest.digest_of(files)


def test_the_space_separators_are_the_ones_worked_out():
    from kg.ingest.reading import folded

    expected = {ord(c): " " for c in re.findall(r"\s", "".join(map(chr, range(0x80, 0x3001))))
                if unicodedata.category(c) == "Zs" and c != "\u3000"}
    expected.update({c: " " for c in (0x200E, 0x200F, *range(0x202A, 0x202F),
                                      *range(0x2066, 0x206A))})
    assert folded._SPACES == expected
    assert folded._space_separators() == "".join(chr(c) for c in sorted(expected)
                                                if unicodedata.category(chr(c)) == "Zs")


def test_kept_space_separators_give_the_same_folding():
    """Through the command's kept values (regex_kept within the pattern cache), the same
    characters: a text with the odd spaces is folded as before."""
    from kg.ingest import regex_kept
    from kg.ingest.reading import folded

    regex_kept.start({})
    try:
        got = regex_kept.kept("folded.spaces", ("x",), folded._space_separators,
                              code=("kg.ingest.reading.folded",))
        again = regex_kept.kept("folded.spaces", ("x",), lambda: pytest.fail("worked out again"),
                                code=("kg.ingest.reading.folded",))
    finally:
        regex_kept.stop()
    assert got == again == folded._space_separators()
    assert "\u00a0" in got and "\u2009" in got and "\u3000" not in got and " " not in got


def test_drafts_with_odd_spaces_show_the_names(snapshot_kg):  # noqa: F811 (the fixture)
    text = ("Velmora\u00a0Gallium\u2009Co., Ltd. signed a supply agreement with Tarrow\u202fMetals "
            "Group in Ningbo on 14 March 2025.")
    ttl = to_turtle(draft_of(snapshot_kg, text, "r43-speed-spaces"))
    assert "Velmora Gallium Co., Ltd." in ttl
    assert "Tarrow Metals Group" in ttl
    assert "\u2009" not in ttl and "\u202f" not in ttl


GATE_SENTENCES = (
    "the harbour forum was jointly organised by corvane alloys and co-hosted by the city.",
    "pellham mining held its annual supplier conference in kunming, chaired by a vice mayor.",
    "speakers included dr. ines varga, who delivered a keynote speech on cathode recycling.",
    "the seminar, with the support of the provincial bureau, was presided over by mr. holt.",
    "nobody spoke; the session ended early and the delegates left the hall at noon.",
    "a plain sentence about tonnes of zinc shipped to the port with no roles in it.",
    "co-sponsored by tarrow metals, the expo hosted an awards dinner that night.",
)


def _starts(gate, text):
    out, m = [], gate.search(text)
    while m is not None:
        out.append(m.start())
        m = gate.search(text, m.start() + 1)
    return out


def _old_any_of(sources):
    """The gate's groups as written before round 43: a look-ahead of the group's characters."""
    from kg.ingest.reading import gates

    by_char, rest, groups = {}, [], {}
    for i, src in enumerate(sources):
        chars = gates._starts(src, 0)
        if chars is None:
            rest.append(i)
            continue
        for ch in chars:
            by_char.setdefault(ch, []).append(i)
    for ch, idx in by_char.items():
        groups.setdefault(tuple(idx), []).append(ch)
    parts = []
    for idx, chars in sorted(groups.items(), key=lambda g: min(g[1])):
        cls = "".join(re.escape(chr(c)) for c in sorted(chars))
        parts.append(f"(?=[{cls}])(?:" + "|".join(f"(?:{sources[i]})" for i in idx) + ")")
    return "|".join(parts + [f"(?:{sources[i]})" for i in rest])


def test_the_event_role_gate_starts_where_it_started():
    """The gate's groups opening with their class give the places the look-ahead groups gave,
    and the cues read there are the same."""
    from kg.ingest.reading.gates import any_of
    from kg.ingest.relations import event_roles as er

    cues = [rx.pattern for _, _, rx, _ in er._cues()]
    word = [er.lower_source(p[2:]) for p in cues if p.startswith("\\b")]
    rest = [er.lower_source(p) for p in cues if not p.startswith("\\b")]
    old = re.compile("|".join([r"(?<!\w)(?:" + _old_any_of(word) + ")"]
                              + [f"(?:{x})" for x in rest]))
    # (the cues of the gate as spelt out before round 54: {EVENT} as the event nouns; since,
    # any characters there: tests/test_ingest_round54_speed.py)
    spelt = re.compile("|".join([r"(?<!\w)(?:" + any_of(word) + ")"]
                                + [f"(?:{x})" for x in rest]))
    assert spelt.pattern != old.pattern
    new = er._any_cue()
    found = 0
    for text in GATE_SENTENCES:
        assert _starts(spelt, text) == _starts(old, text), text
        assert set(_starts(old, text)) <= set(_starts(new, text)), text
        found += len(_starts(old, text))
        first = old.search(text)
        assert (first is None) == (spelt.search(text) is None)
        assert er._sentence_cues(text, 0, len(text)) == (
            None if first is None else er._cue_matches(text, first) or None)
    assert found >= 6
    assert _starts(new, GATE_SENTENCES[5]) == []


def test_a_group_match_is_its_first_character():
    from kg.ingest.reading.gates import any_of

    cues = [r"(?:held|hosted)\s+the", r"[a-z]+ing\s+ceremony"]
    gate = re.compile(any_of(cues))
    joined = re.compile("|".join(f"(?:{c})" for c in cues))
    text = "they hosted the signing ceremony"
    every = [p for p in range(len(text) + 1) if joined.match(text, p)]
    assert _starts(gate, text) == every == [5, 16, 17, 18, 19]
    m = gate.search(text)
    assert (m.start(), m.end()) == (5, 6)


def test_an_edited_note_is_not_believed(own_cache, tmp_path, settled):
    import json

    from kg.model import cache

    files = _files(tmp_path)
    right = data_digest.digest_of(files)
    stored = json.loads((own_cache / data_digest.MEMO).read_text())
    body = json.loads(stored["body"])
    body["digest"] = "0" * 64
    stored["body"] = json.dumps(body, separators=(",", ":"))
    cache.write_json(data_digest.MEMO, stored)           # (its own digest no longer matches)
    assert data_digest.digest_of(files) == right
