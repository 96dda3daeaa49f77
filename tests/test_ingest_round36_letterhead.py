"""The catalogue title of an official document printed under its issuers' letterhead
(reading/title_lines.letterhead_title, read by reading/options.default_title): the issuers'
names on one or more lines, the document's number, a kind in capitals, then "Notice on ..."
set apart by blank lines. The draft's dcterms:title is that notice, not the first issuer."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from hostile_drafts import draft_of, parsed, snapshot_kg  # noqa: F401

LETTERHEAD = """Lantian Provincial Bureau of Mines
Lantian Provincial Office of Emergency Management

                Lan Kuang Fa [2027] No. 58

      Notice on the Spring Safety Checks of Tungsten and Tin Mines
                  in the Southern Counties

To the mine bureaus of Shuiyuan, Pingtang and Gaoqiao Counties:

The checks run from 1 April to 30 April 2027. Each county bureau reports its findings to the
provincial bureau by 15 May 2027.

Lantian Provincial Bureau of Mines
20 March 2027
"""

KIND_LINE = """Lantian Provincial Department of Commerce

CIRCULAR
Lan Shang Tong [2027] No. 7                 Mon. 8 Mar. 2027

Circular on the Results of the Antimony Export Licence Review

To the commerce bureaus of all cities:

Nine applications were reviewed in February.
"""

NEWS = """Lantian tightens mine checks before the rainy season

The provincial bureau of mines said on Friday that all tungsten mines would be checked.

Notice on the Spring Safety Checks of Tungsten Mines

The notice was sent to three counties.
"""


def test_the_title_under_a_letterhead_of_issuers_and_a_number_is_the_catalogue_title(
        snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, LETTERHEAD, "letterhead-notice")
    want = ("Notice on the Spring Safety Checks of Tungsten and Tin Mines in the Southern "
            "Counties")
    assert draft.title == want
    g = parsed(draft)
    titles = {str(o) for s, o in g.subject_objects(DCTERMS.title) if isinstance(s, URIRef)}
    assert titles == {want}
    assert Literal("Lantian Provincial Bureau of Mines") not in set(g.objects(None, DCTERMS.title))


def test_a_kind_in_capitals_alone_is_no_title_but_the_block_under_it_is():
    from kg.ingest.reading.options import default_title
    assert default_title(KIND_LINE) == ("Circular on the Results of the Antimony Export "
                                        "Licence Review")


def test_a_news_headline_stays_the_title_over_a_notice_named_below_it():
    from kg.ingest.reading.options import default_title
    assert default_title(NEWS) == "Lantian tightens mine checks before the rainy season"
