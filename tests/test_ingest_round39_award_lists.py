"""Round 39, published lists of winners: a notice on an award itself ("Notice on the X Awards
of the Y Fair") over a table of its winners gives one award grant per row, the award conferred
by the notice's house; a notice on nominations gives none; winners one a line under an award's
heading in 【】 or bold, and a table whose "Award" column names each row's award, give one grant
per winner."""
from __future__ import annotations

from hostile_drafts import draft_of, pairs, parsed, snapshot_kg  # noqa: F401
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

NFO = "https://w3id.org/nfkg/ontology#"


def grants(g) -> set:
    """(award label, recipient label) of every award grant."""
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(g.value(node, URIRef(NFO + "award"))),
             label.get(g.value(node, URIRef(NFO + "recipient"))))
            for node in g.subjects(RDF.type, URIRef(NFO + "AwardGrant"))}


FAIR = """Kestrel Bay Light Metals Association

Notice on the Green Alloy Awards of the 2027 Kestrel Bay Metals Fair

Forty entries were judged by a panel of nine during the fair in March. The
association announces the results below.

 Award   Entry                                   Winner
 ------  --------------------------------------  -------------------------------------
 Gold    Low-carbon 6063 billet                  Marsh Harbour Aluminium Co., Ltd.
 Silver  Recycled magnesium die-casting alloy    Tidewater Light Alloy Co., Ltd.
 Bronze  Zinc-free brass strip                   Heron Point Copper Co., Ltd.

Winners may print the award mark on the products for two years.

Kestrel Bay Light Metals Association
2 April 2027
"""


def test_a_notice_on_an_award_over_a_table_of_winners_grants_each_row(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, FAIR, "r39-award-notice"))
    got = grants(g)
    winners = {r for a, r in got if a == "Green Alloy Awards"}
    assert winners >= {"Marsh Harbour Aluminium Co., Ltd.", "Tidewater Light Alloy Co., Ltd.",
                       "Heron Point Copper Co., Ltd."}, got
    assert ("Green Alloy Awards", "Kestrel Bay Light Metals Association") in \
        pairs(g, "conferredBy"), pairs(g, "conferredBy")
    assert "Kestrel Bay Light Metals Association" not in winners, got


NOMINEES = FAIR.replace("Notice on the Green Alloy Awards",
                        "Notice on the Nominations for the Green Alloy Awards")


def test_a_notice_on_an_awards_nominees_grants_nothing(snapshot_kg):
    got = grants(parsed(draft_of(snapshot_kg, NOMINEES, "r39-award-nominees")))
    assert not {r for _, r in got} & {"Marsh Harbour Aluminium Co., Ltd.",
                                      "Tidewater Light Alloy Co., Ltd."}, got


BRACKETED = """Marlow Nonferrous Metals Society

Announcement of the 2027 Society Honours

The council of the society met on 9 April 2027 and decided the honours below.

【Marlow Lifetime Achievement Medal】
Qiu Yanbo, Marlow Institute of Light Metals
Dou Shengli, Westford Nickel Research Centre

【Marlow Young Engineer Prize】
Lin Caiwen, Brookfield Zinc Co., Ltd.
Ren Haotian, Marlow Aluminium Co., Ltd.

The honours will be presented at the society's annual meeting in June.

Marlow Nonferrous Metals Society
12 April 2027
"""

BOLD = BRACKETED.replace("【", "**").replace("】", "**")


def test_winners_on_the_lines_under_a_bracketed_or_bold_award_heading(snapshot_kg):
    for text, doc in ((BRACKETED, "r39-bracketed-heading"), (BOLD, "r39-bold-heading")):
        got = grants(parsed(draft_of(snapshot_kg, text, doc)))
        assert {("Marlow Lifetime Achievement Medal", "Qiu Yanbo"),
                ("Marlow Young Engineer Prize", "Lin Caiwen"),
                ("Marlow Young Engineer Prize", "Ren Haotian")} <= got, (doc, got)
        # (the line after the list names no winner: the list is over)
        assert not {r for _, r in got} & {"Marlow Nonferrous Metals Society"}, (doc, got)


COLUMN = """Marlow Nonferrous Metals Society

Announcement of the 2027 Society Honours

The council of the society met on 9 April 2027 and decided the honours below.

Award                               Winner        Unit
----------------------------------  ------------  ----------------------------------
Marlow Lifetime Achievement Medal   Qiu Yanbo     Marlow Institute of Light Metals
Marlow Young Engineer Prize         Lin Caiwen    Brookfield Zinc Co., Ltd.
Marlow Young Engineer Prize         Ren Haotian   Marlow Aluminium Co., Ltd.

Marlow Nonferrous Metals Society
12 April 2027
"""


def test_a_table_column_of_awards_grants_each_rows_award_to_its_winner(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, COLUMN, "r39-award-column"))
    got = grants(g)
    assert {("Marlow Lifetime Achievement Medal", "Qiu Yanbo"),
            ("Marlow Young Engineer Prize", "Lin Caiwen"),
            ("Marlow Young Engineer Prize", "Ren Haotian")} <= got, got
    assert not {r for _, r in got} & {"Brookfield Zinc Co., Ltd.", "Marlow Aluminium Co., Ltd."}, got
