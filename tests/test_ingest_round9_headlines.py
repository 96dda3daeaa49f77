"""Round 9, headlines and names: a count and a plural class noun is no name, and a headline's
words that run over its finite verb are no name (kg/ingest/names/not_names.py)."""
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
