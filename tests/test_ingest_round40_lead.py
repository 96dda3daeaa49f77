"""Round 40, lead (after the round's measurement, reading set 77's missed metals): a metal printed
in a later column of a table row whose wrapped cell holds a company's name is a mention of the
metal, not a word of the name; on a table written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_TABLE = (
    "Notice on the results of a spot check of metal tableware\n\n"
    "Hangzhou, 9 December 2026 -- The bureau tested 30 batches; two did not conform.\n\n"
    "No. Product                  Maker                            Lot       Failed item\n"
    "--- ------------------------ -------------------------------- --------- -----------------\n"
    "1   Steamer pot, stainless   Ningbo Qinghe Kitchenware        K2026-31  Nickel release\n"
    "    steel, 28 cm             Manufacturing Co., Ltd.\n"
    "2   Enamel mug, 350 ml       Wenzhou Hongsheng Houseware      0904      Cadmium migration\n"
    "                             Co., Ltd.\n")


def test_metals_in_the_row_of_a_wrapped_maker_are_linked(snapshot_kg):
    """Before, the maker's name wrapped from its first line to the next was taken to cover the
    rest of the first line, so "Nickel" and "Cadmium" in the failed-item column were dropped as
    words of the company's name and no metal was linked."""
    draft = draft_of(snapshot_kg, _TABLE, "round40-lead", "round40-lead.txt",
                     today=dt.date(2026, 12, 9))
    known = {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values() if e.known}
    assert {"metal-nickel", "metal-cadmium"} <= known, known
    makers = {e.label for e in draft.entities.values() if not e.known}
    assert any(label.startswith("Ningbo Qinghe Kitchenware") for label in makers), makers


def test_a_dotted_standard_number_stays_whole_before_its_title(snapshot_kg):
    """"GB 4806.9-2016 National Food Safety Standard - ...": the number's part after its point
    opened a name of its own ("9-2016 National Food Safety Standard"); the number is read whole,
    as "GB 4806-2016 National ..." always was."""
    text = ("Comments sought on a tableware standard\n\nBeijing, 7 December 2026 -- The secretariat "
            "asked for comments on GB 31604.49-2023 National Food Safety Standard - Determination "
            "of Metal Migration, which the laboratories had used since March.\n")
    draft = draft_of(snapshot_kg, text, "round40-lead-gb", "round40-lead-gb.txt",
                     today=dt.date(2026, 12, 7))
    labels = {e.label for e in draft.entities.values() if not e.known}
    assert not any(label.startswith("49-2023") for label in labels), labels
    assert any(label.startswith("GB 31604.49-2023") for label in labels), labels


def test_lead_as_a_tested_substance_is_the_metal(snapshot_kg):
    """"Lead migration" in a failed-item column and "the lead limit" in a standard's change are
    the metal (nouns of testing and exposure after the word, data/link-metal-context.txt);
    "will lead the review" stays a verb."""
    text = ("Tableware standard tightened\n\nBeijing, 7 December 2026 -- The drafting group cut the "
            "lead limit for enamel cups by half. The provincial bureau will lead the review.\n\n"
            "No.  Product       Failed item\n"
            "1    Enamel cup    Lead migration\n")
    draft = draft_of(snapshot_kg, text, "round40-lead-pb", "round40-lead-pb.txt",
                     today=dt.date(2026, 12, 7))
    lead = [e for e in draft.entities.values() if str(e.iri).endswith("/metal-lead")]
    assert lead, {e.label for e in draft.entities.values()}
    after = {draft.text[sp.end:sp.end + 12].split()[0] for sp in lead[0].mentions}
    assert after == {"limit", "migration"}, after


def test_lead_as_the_leading_role_in_a_column_or_a_field_is_no_metal(snapshot_kg):
    """"Lead handler" as a column's head and "3. Lead drafting unit: X" as a field's key name the
    leading body, not the metal; "a lead smelting unit" still names the metal."""
    text = ("Handling of suggestions\n\nHebi, 22 December 2026 -- The office listed the handling "
            "of six suggestions on magnesium.\n\n"
            "No.  Subject                  Lead handler          Result\n"
            "1    Magnesium alloy parks    Municipal Commerce    A\n\n"
            "3. Lead drafting unit: Henan Baixin Formwork Co., Ltd.\n\n"
            "Jiyuan Jinyu Smelting Co., Ltd. will build a lead smelting unit next year.\n")
    draft = draft_of(snapshot_kg, text, "round40-lead-role", "round40-lead-role.txt",
                     today=dt.date(2026, 12, 22))
    lead = [e for e in draft.entities.values() if str(e.iri).endswith("/metal-lead")]
    after = {draft.text[sp.end:sp.end + 12].split()[0] for e in lead for sp in e.mentions}
    assert after == {"smelting"}, after


def test_a_national_body_s_official_name_with_the_country_is_the_known_body(snapshot_kg):
    """"Ministry of Industry and Information Technology of the People's Republic of China" over an
    announcement is MIIT, not a new body beside it (data/national-body-countries.txt)."""
    text = ("Announcement\n\nMinistry of Industry and Information Technology of the People's "
            "Republic of China\n\nBeijing, 8 December 2026 -- The ministry released three "
            "industry standards for magnesium alloys.\n")
    draft = draft_of(snapshot_kg, text, "round40-lead-miit", "round40-lead-miit.txt",
                     today=dt.date(2026, 12, 8))
    bodies = {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values()
              if str(e.cls).endswith("#GovernmentBody")}
    assert bodies == {"miit"}, bodies


def test_a_body_named_in_a_capitals_letterhead_is_a_body(snapshot_kg):
    """"ZHEJIANG PROVINCIAL ADMINISTRATION FOR MARKET REGULATION" over a notice: the body "for"
    its field, as in title case, not a regulation (a policy document) named by its last word."""
    text = ("ZHEJIANG PROVINCIAL ADMINISTRATION FOR MARKET REGULATION\n\n"
            "      Notice on the Results of the 2026 Spot Check of Copper Cookware\n\n"
            "Hangzhou, 9 December 2026\n\nThe results of the spot check are published below.\n")
    draft = draft_of(snapshot_kg, text, "round40-lead-caps", "round40-lead-caps.txt",
                     today=dt.date(2026, 12, 9))
    body = [e for e in draft.entities.values() if e.label.upper().startswith("ZHEJIANG PROVINCIAL")]
    assert body and all(str(e.cls).endswith("#GovernmentBody") for e in body), \
        {(e.label, str(e.cls)) for e in body}
    # labelled as the heading rule labels a capitals line, the printed form an alias
    assert [e.label for e in body] == ["Zhejiang Provincial Administration for Market Regulation"]
    assert "ZHEJIANG PROVINCIAL ADMINISTRATION FOR MARKET REGULATION" in body[0].aliases
