"""Round 9, headlines and names: a count and a plural class noun is no name, and a headline's
words that run over its finite verb are no name (kg/ingest/names/not_names.py)."""
import json

from kg.ingest.names.candidates import organisations
from kg.ingest.names.not_names import counted_plural, is_not_name, runs_over_verb
from kg.ingest.names.slots import bare_companies


def _labels(cands):
    return {c.label for c in cands}


def test_count_and_plural_noun_is_no_name():
    for label in ("Eight Projects", "Three Companies", "12 Firms", "Two Smelters",
                  "four new mines", "Nine Agreements"):
        assert counted_plural(label.split()), label


def test_count_before_a_name_is_kept():
    for label in ("Three Gorges", "Eight Peaks Mining Co", "Two Rivers Group", "5G Alliance"):
        assert not counted_plural(label.split()), label


def test_headline_verbs_end_names():
    for label in ("Prices Hit Record", "Gansu Rolls Out Subsidies", "Zinc Output Rises Again",
                  "Copper Futures Climb Higher", "Expo Closes Today"):
        assert runs_over_verb(label.split()), label
    for label in ("Northern Copper Group", "Hunan Rising Metals", "Rise Group"):
        assert not is_not_name(label), label


def test_headline_company_slot_drops_counted_plural():
    text = "Tin Summit Ends, Seven Projects Signed\n\nThe summit ended on Monday.\n"
    assert "Seven Projects" not in _labels(bare_companies(text))
    assert "Seven Projects" not in _labels(organisations(text))


def test_headline_with_verb_gives_no_name():
    text = ("Henan Rolls Out Policy Measures for Aluminium Recycling\n\n"
            "The province issued the measures on Friday.\n")
    labels = _labels(organisations(text))
    assert not any("Rolls" in label for label in labels), labels
    text = "Tungsten Prices Hit Record High\n\nPrices rose for a fifth week.\n"
    labels = _labels(bare_companies(text)) | _labels(organisations(text))
    assert not any("Hit" in label.split() for label in labels), labels


def test_name_without_verb_still_proposed():
    text = "Shares of Qilian Tin Smelting Group rose after the announcement.\n"
    assert any("Qilian Tin Smelting Group" in c.label for c in organisations(text))


def test_series_words_are_part_of_a_numbered_document():
    from kg.ingest.names.designations import numbered_documents
    cases = {
        "It appears in China National Standard Announcement No. 21 of 2027 as well.":
            "China National Standard Announcement No. 21 of 2027",
        "Industry Standard Bulletin No. 6 lists the grades.": "Industry Standard Bulletin No. 6",
        "The National Standards Notice No. 3 of 2024 was issued.":
            "National Standards Notice No. 3 of 2024",
        "The ministry said Announcement No. 8 of 2025 applies.": "Announcement No. 8 of 2025",
    }
    for text, full in cases.items():
        got = numbered_documents(text)
        assert len(got) == 1 and full.endswith(got[0].label), text
        assert full in got[0].aliases | {got[0].label}, text
        assert text[got[0].start:got[0].end] == full, text


def test_a_drafts_new_names_skip_counts_verbs_and_bare_standard_classes(run, tmp_path):
    text = ("Cobalt Forum Closes, Six Projects Signed\n\nPublished 2027-03-02\n\n"
            "Nickel Prices Hit Record as Stocks Fall\n\n"
            "The grade of refined cobalt was listed in China National Standard Announcement "
            "No. 21 of 2027, which the regulator released on March 1, 2027.\n")
    src = tmp_path / "t-hl9.txt"
    src.write_text(text, encoding="utf-8")
    r = run("ingest", src, "--id", "t-hl9", "-o", tmp_path / "t-hl9.ttl", "-f", "json")
    assert r.exit_code == 0, r.stderr
    new = {e["label"] for e in json.loads(r.stdout)["entities"] if not e["known"]}
    assert "Announcement No. 21 of 2027" in new, sorted(new)
    assert not {"Six Projects", "China National Standard", "Nickel Prices Hit Record",
                "Prices Hit Record"} & new, sorted(new)


def test_a_count_of_lower_case_documents_is_no_document():
    from kg.ingest.names.phrases import lower_names
    for text in ("The ministry has released 12 industry standards in its notice.",
                 "The bureau approved three national standards last week.",
                 "Regulators adopted 40 new technical standards on Monday."):
        assert not any("standards" in c.label for c in lower_names(text)), text
    # a package of measures is named by its count; a titled set of standards stays a name
    assert "16 specific measures" in _labels(
        lower_names("The city rolled out the 16 specific measures to aid smelters."))
    assert any(c.label.startswith("copper smelting energy standards") for c in lower_names(
        "The agency published the copper smelting energy standards for 2026."))
