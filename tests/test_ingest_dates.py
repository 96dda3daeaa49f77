"""`kg ingest` dates new events, policies and agreements as precisely as the text does
(kg/ingest/events/date_attach.py, kg/ingest/reading/dates.py): the date that governs a numbered entry dates the
sub-events its later sentences name, a range's sub-event takes the month the days share, a
standard's issue and entry-into-force days are told apart, a year used as an adjective does not
win over the month that opens the sentence, relative ("this year's", "In January this year") and
Chinese dates count. Known names are linked through quotes and plural heads, by a field's
leading acronym, and inside a policy's quoted title. The articles are written for this test."""
from __future__ import annotations

import json

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from kg.model.namespaces import NFO

CHRONICLE = """Tin and Tungsten Sector: Major Events in 2024

Published January 20, 2025

1. Tin Meeting Held in Kunming
On May 14, the China Tin Industry Alliance held the 2024 Tin Smelting Development Conference \
in Kunming. More than 200 guests attended. The conference also hosted the Second Tin Recycling \
Symposium.

2. Tungsten Week Held in Ganzhou
From October 15 to 17, the Tungsten Industry Week was held in Ganzhou. The week also hosted the \
Third Tungsten Powder Forum.

3. Standards and Plans
The national standard "Tin Ingot for Solder" GB/T 9999-2024 was released on March 3, 2024, and \
will be implemented from October 1, 2024.
In November, the Ministry of Industry and Information Technology published the 2025 edition of \
the "Catalog of Key Tin Smelting Technologies".
The "Tungsten Industry Action Plan" was issued on 2024年6月5日 by the Jiangxi Provincial \
Development and Reform Commission.
"""

OUTLOOK = """Aluminium Association Outlook

Published 2025-03-02

During this year's Global Bauxite Industry Conference, the association will host a roundtable \
on recycling.
"""


def _ingest(run, tmp_path, name, text):
    src = tmp_path / f"{name}.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / f"{name}.ttl"
    r = run("ingest", src, "--id", f"t-{name}", "-o", out)
    assert r.exit_code == 0, r.stderr
    return Graph().parse(out, format="turtle")


def _one(g, label):
    found = [s for s in g.subjects(RDFS.label, Literal(label))]
    assert len(found) == 1, (label, found)
    return found[0]


def _dates(g, s, pred):
    return {(str(o), o.datatype) for o in g.objects(s, pred)}


def test_a_chronicle_entry_dates_what_its_later_sentences_name(run, tmp_path):
    g = _ingest(run, tmp_path, "chronicle", CHRONICLE)
    # the sentence's own date: the name's year does not win over "On May 14"
    conf = _one(g, "2024 Tin Smelting Development Conference")
    assert _dates(g, conf, NFO.startDate) == {("2024-05-14", XSD.date)}
    # no date in its sentence: the date that opens the numbered entry
    sym = _one(g, "Second Tin Recycling Symposium")
    assert _dates(g, sym, NFO.startDate) == {("2024-05-14", XSD.date)}
    assert "date:governing-entry" in {str(o) for o in g.objects(sym, NFO.proposedBy)}
    # held during a three-day week: the month the days share, not the first day
    forum = _one(g, "Third Tungsten Powder Forum")
    assert _dates(g, forum, NFO.startDate) == {("2024-10", XSD.gYearMonth)}
    # the entry above does not reach into the next numbered entry
    for s in (conf, sym):
        assert ("2024-10-15", XSD.date) not in _dates(g, s, NFO.startDate)


def test_issued_and_in_force_are_told_apart(run, tmp_path):
    g = _ingest(run, tmp_path, "chronicle", CHRONICLE)
    for label in ("Tin Ingot for Solder", "GB/T 9999-2024"):
        std = _one(g, label)
        assert _dates(g, std, NFO.dateIssued) == {("2024-03-03", XSD.date)}, label
        assert _dates(g, std, NFO.dateInForce) == {("2024-10-01", XSD.date)}, label
    # "the 2025 edition": an adjective, not the date; the month opening the sentence is
    cat = _one(g, "Catalog of Key Tin Smelting Technologies")
    assert _dates(g, cat, NFO.dateIssued) == {("2024-11", XSD.gYearMonth)}
    # a Chinese date reads as the day it names
    plan = _one(g, "Tungsten Industry Action Plan")
    assert _dates(g, plan, NFO.dateIssued) == {("2024-06-05", XSD.date)}


def test_this_years_event_takes_the_documents_year(run, tmp_path):
    g = _ingest(run, tmp_path, "outlook", OUTLOOK)
    conf = _one(g, "Global Bauxite Industry Conference")
    assert _dates(g, conf, NFO.startDate) == {("2025", XSD.gYear)}


NOTES = """Light Metals Notes

Published 2025-02-11

The province now counts twelve "single champion" enterprises in light metals.
Magnesium housings are widely used in 3C products.
The ministry revised the "Catalog of Encouraged Smelting Industries in the Western Region" in May.
"""


def test_known_names_through_quotes_plurals_acronyms_and_titles(run, tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "notes.ttl"
    r = run("ingest", src, "--id", "t-notes", "-o", out, "-f", "json")
    assert r.exit_code == 0, r.stderr
    known = {e["iri"].rsplit("/", 1)[-1] for e in json.loads(r.stdout)["entities"] if e["known"]}
    # '"single champion" enterprises' is the graph's "Single champion enterprise"
    assert "single-champion-enterprise" in known
    # "3C" is the field "3C electronics"; a place named only inside a policy's title is a
    # word of that title, not a mention of the place (the longest name wins)
    assert "field-3c-electronics" in known
    assert "western-region-of-china" not in known
    g = Graph().parse(out, format="turtle")
    cat = _one(g, "Catalog of Encouraged Smelting Industries in the Western Region")
    # ("revised ... in May" in a text of February: a past tense, the May before it)
    assert _dates(g, cat, NFO.dateIssued) == {("2024-05", XSD.gYearMonth)}
    # "3C" alone is linked where printed in capitals only; a person's name gets no plural
    assert "field-3c-electronics" not in {
        e["iri"].rsplit("/", 1)[-1] for e in _known_of(run, tmp_path, "We fit 3c parts.")}


def _known_of(run, tmp_path, body):
    src = tmp_path / "tiny.txt"
    src.write_text("Tiny Note\n\nPublished 2025-02-11\n\n" + body + "\n", encoding="utf-8")
    r = run("ingest", src, "--id", "t-tiny", "-o", tmp_path / "tiny.ttl", "-f", "json")
    assert r.exit_code == 0, r.stderr
    return [e for e in json.loads(r.stdout)["entities"] if e["known"]]


RUN_IN = """Casting Review of 2024

Published February 2, 2025

1. Plants The year began slowly for the casting plants. 2. Kestrel Works Unveils a Light \
Casting Press On July 10, Kestrel Works showed its new press to customers in Wuxi.
"""


def test_a_numbered_heading_run_into_its_paragraph_names_the_dated_event(run, tmp_path):
    g = _ingest(run, tmp_path, "runin", RUN_IN)
    ev = _one(g, "Kestrel Works Unveils a Light Casting Press")
    assert _dates(g, ev, NFO.startDate) == {("2024-07-10", XSD.date)}
    assert (ev, RDF.type, NFO.Launch) in g


MILESTONES = """Zinc Sector Milestones in 2024

Published January 8, 2025

1. Zinc Recycling Alliance Officially Established
From April 2 to 3, the first Zinc Recycling Seminar was held in Zhuzhou.

2. A New Line
The new galvanising line was put into operation in Baoji on March 8, ahead of plan.
"""


def test_a_heading_event_and_a_sentence_dated_at_its_end(run, tmp_path):
    g = _ingest(run, tmp_path, "milestones", MILESTONES)
    # the heading states another event than the seminar its clause names: both are dated
    alliance = _one(g, "Zinc Recycling Alliance Officially Established")
    assert (alliance, RDF.type, NFO.Milestone) in g
    assert _dates(g, alliance, NFO.startDate) == {("2024-04-02", XSD.date)}
    assert _dates(g, alliance, NFO.endDate) == {("2024-04-03", XSD.date)}
    seminar = _one(g, "Zinc Recycling Seminar")
    assert _dates(g, seminar, NFO.startDate) == {("2024-04-02", XSD.date)}
    # "... was put into operation in Baoji on March 8": the sentence is the event
    line = _one(g, "A New Line")
    assert _dates(g, line, NFO.startDate) == {("2024-03-08", XSD.date)}
    assert (line, RDF.type, NFO.Milestone) in g
    assert "event:dated-sentence" in {str(o) for o in g.objects(line, NFO.proposedBy)}


def test_a_day_of_the_month_is_never_read_in_a_quarter_or_half_year():
    """'on the 28th' after 'the first half of 2026' is in the month named before the half-year
    (or the document's), not in January, the first month of the half (was 2026-01-28)."""
    from kg.ingest.reading.dates import find_dates
    text = ("Nanjing, Aug. 27 -- Output rose in the first half of 2026, the organisers said.\n\n"
            "A forum on recycling will be held on the 28th. In the second quarter of 2026 sales "
            "grew; in May 2026 the plant was tested, and it started on the 9th.\n")
    days = {text[d.start:d.end]: d.value
            for d in find_dates(text, doc_year="2026", extended=True, doc_date="2026-08-27")}
    assert days["28th"] == "2026-08-28"
    assert days["9th"] == "2026-05-09"
