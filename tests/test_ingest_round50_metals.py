"""Round 50: the article's own list concerns the one metal its lead paragraph names when the
sentence that introduces the rows names it ("the permits renewed for works that grind tungsten
are listed below"): that sentence states the list's scope (kg/ingest/relations/lead_metals.py).
One metal named in another sentence of the lead, in a lead that introduces no list, or only
inside a company's name, gives the list no metal. Short notices written for these tests
(invented bureau, works and numbers)."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of, metals_of

_HEAD = """LINGSHAN COUNTY BUREAU OF ECOLOGY AND ENVIRONMENT

Ling Huan Gong [2027] No. 4                        Friday, 15 January 2027

        Publicity of Discharge Permits Renewed in December 2026

To the township offices and the permit holders concerned:

"""

_TABLE = """
No. Holder                              Permit No.        Valid until
--- ----------------------------------- ----------------- -------------
1   Lingshan Fengtai Mining Co., Ltd.   LS-2027-0031      2031-12-31
2   Lingshan Baiyun Smelting Co., Ltd.  LS-2027-0032      2031-12-31
3   Shiqiao Xinhe Materials Co., Ltd.   LS-2027-0035      2031-12-31

Objections may be sent in writing within seven working days of this notice.

Contact: Permit Section, Mo Jianping, 0775-6213302

                            Lingshan County Bureau of Ecology and Environment
                                                       15 January 2027
"""

INTRODUCES = _HEAD + """\
In December the bureau reviewed the renewal applications of the works whose discharge
permits were due to lapse at the end of the year. The permits renewed for works that roast and
grind tungsten are listed below, each valid for five years.
""" + _TABLE

APART = _HEAD + """\
In December the bureau reviewed the renewal applications of the works in the county that
roast and grind tungsten, whose discharge permits were due to lapse at the end of the year. The
permits renewed after that review are listed below, each valid for five years.
""" + _TABLE

NO_LIST = _HEAD + """\
In December the bureau reviewed the renewal applications of the works in the county that
roast and grind tungsten, whose discharge permits were due to lapse at the end of the year. Each
renewed permit stays valid for five years from its date of issue.
""" + _TABLE

ONLY_IN_A_NAME = _HEAD + """\
In December the bureau reviewed the renewal applications of Lingshan Tungsten Co., Ltd.
and of two other works whose discharge permits were due to lapse at the end of the year.
The permits renewed after that review are listed below, each valid for five years.
""" + _TABLE

_TITLE = "Publicity of Discharge Permits"


@pytest.fixture(scope="module")
def drafts(kg):
    return {name: draft_of(kg, text, f"round50-metals-{name}", name="notice.txt")
            for name, text in (("introduces", INTRODUCES), ("apart", APART),
                               ("no-list", NO_LIST), ("in-a-name", ONLY_IN_A_NAME))}


def test_a_lead_introducing_the_list_gives_it_its_one_metal(drafts):
    assert metals_of(drafts["introduces"], _TITLE) == {"metal-tungsten"}


def test_one_metal_named_apart_from_the_sentence_introducing_the_rows_is_not_the_lists(drafts):
    assert "metal-tungsten" not in metals_of(drafts["apart"], _TITLE)


def test_a_lead_naming_one_metal_but_no_list_gives_none(drafts):
    assert "metal-tungsten" not in metals_of(drafts["no-list"], _TITLE)


def test_a_metal_only_inside_a_company_name_is_not_the_lists(drafts):
    assert "metal-tungsten" not in metals_of(drafts["in-a-name"], _TITLE)
