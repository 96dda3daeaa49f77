"""Round 35, new sites, projects and agreements a draft never proposed: a column of factories or
workshops names sites (a cell in sentence case whose last word is a facility's head, wrapped
over two lines or not, the place after its comma left out); a column of projects may open with
a figure with letters ("5G ..."); a list of agreements after a line that says they were signed
is one agreement per item that opens with its two parties ("X with Y", "between X and Y")."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels
from kg.ingest.terms import NFO


def _by_label(draft) -> dict:
    return {e.label: e for e in draft.entities.values()}


def _objects(draft, ent, pred) -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p) == str(pred)}


LISTED = """Lanxi County Bureau of Industry

2027 County Model Workshops and Digital Pilots

Several enterprises of the county were named on 4 March 2027.

Table 1  Model factories

No.  Company                             Factory                              Grade
---  ----------------------------------  -----------------------------------  -----
1    Ningde Baoxin Casting Co., Ltd.     Zinc alloy die-casting smart           A
                                         factory, Shuiting
2    Qingyuan Huaxin Chemical Co., Ltd.  Zinc oxide calcining factory           B

Table 2  Model workshops

No.  Company                             Workshop                             Grade
---  ----------------------------------  -----------------------------------  -----
1    Fuzhou Tieta Steel Structure        Hot-dip galvanising                    A
     Co., Ltd.                           workshop
2    Lanxi Jinhe Copper Co., Ltd.        Copper rod drawing workshop            B

Table 3  Network pilots

No.  Company                             Project                              Type
---  ----------------------------------  -----------------------------------  -----
1    Lanxi Jinhe Copper Co., Ltd.        5G remote monitoring of copper rod     pilot
                                         drawing machines
2    Qingyuan Huaxin Chemical Co., Ltd.  Kiln temperature model built on       pilot
                                         plant data

The bureau will pay the awards in June.
"""


def test_a_column_of_factories_or_workshops_names_sites(kg):
    draft = draft_of(kg, LISTED, "t35-listed")
    sites = new_labels(draft, "Site")
    assert "Zinc alloy die-casting smart factory" in sites      # (", Shuiting" left out)
    assert "Zinc oxide calcining factory" in sites
    assert "Hot-dip galvanising workshop" in sites
    assert "Copper rod drawing workshop" in sites
    ents = _by_label(draft)
    assert "Hot-dip galvanising" in ents["Hot-dip galvanising workshop"].aliases
    projects = new_labels(draft, "Project")
    assert "5G remote monitoring of copper rod drawing machines" in projects
    # ("Grade" and its letters name nothing)
    assert not any(label in ("A", "B", "Grade") for label in sites | projects)


SIGNED = """Lanxi holds a bank and enterprise matchmaking day

On Tuesday the Lanxi County Finance Bureau brought eight banks and forty firms of the
county's zinc chain together, and credit deals for 1.9 billion yuan were agreed.

The biggest agreements signed on the day were:

  * Ningde Baoxin Casting Co., Ltd. with the Lanxi Branch of Bank of
    Fuzhou - 600 million yuan, for a new casting line;
  * Lanxi Jinhe Copper Co., Ltd. with the Lanxi Branch of Minjiang
    Rural Bank - 250 million yuan against its orders.

The county will hold the next such day in the autumn.
"""


def test_a_list_of_signed_agreements_is_one_agreement_per_pair(kg):
    draft = draft_of(kg, SIGNED, "t35-signed")
    agreements = [e for e in draft.entities.values()
                  if not e.known and str(e.cls).endswith("#Agreement")]
    parties = [sorted(_objects(draft, e, NFO.party)) for e in agreements]
    assert any(any(p.startswith("Ningde Baoxin Casting") for p in ps)
               and any("Bank of Fuzhou" in p for p in ps) for ps in parties)
    assert any(any(p.startswith("Lanxi Jinhe Copper") for p in ps)
               and any("Minjiang Rural Bank" in p for p in ps) for ps in parties)


UNSIGNED = """Lanxi zinc chain review

The agreements of last year cover:

  * Ningde Baoxin Casting Co., Ltd. with the Lanxi Branch of Bank of
    Fuzhou - 600 million yuan;
  * Lanxi Jinhe Copper Co., Ltd. with the Lanxi Branch of Minjiang
    Rural Bank - 250 million yuan.
"""


def test_a_list_no_signing_opens_names_no_agreement(kg):
    draft = draft_of(kg, UNSIGNED, "t35-unsigned")
    assert not [e for e in draft.entities.values() if e.rule == "agreement:listed-item"]
