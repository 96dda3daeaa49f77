"""The document the text is, when its title is a Markdown heading ("# Bulletin on ...",
names/headline_documents), a long title under a letterhead whose lines hold many small words
("Explanation of the Adoption of Comments on the ...", names/title_blocks: such a line is no
running prose that ends the title block) or a title centred over two lines (its second line
indented); and the catalogue title under a letterhead whose head word is a title block's
("Application Guide for ...", reading/title_lines.letterhead_title)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401

MARKDOWN = """# Bulletin on the Safety Inspection of Zinc Smelter Building Sites (No. 3, 2027)

**Lantian Building Safety Station** | Monday, 8 March 2027

Last week the station's two teams visited five building sites in Lantian. Two of them had
scaffolding faults and were told to put them right within ten days.
"""

LETTERHEAD = """Lantian Municipal Bureau of Industry and Commerce

  Explanation of the Adoption of Public Opinions on the "Plan for Upgrading the
  Tungsten Processing Chain of Lantian (2027-2029)" (Draft)

                                                  2027.02.14

I. How opinions were gathered

From 5 January to 20 January 2027 the bureau posted the draft on its website and asked the
county bureaus and nine tungsten companies for their views.
"""


def test_a_markdown_heading_titles_the_texts_own_bulletin(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, MARKDOWN, "markdown-bulletin")
    assert "Bulletin on the Safety Inspection of Zinc Smelter Building Sites (No. 3, 2027)" \
        in new_labels(draft, "Notice")
    assert not any(label.startswith("#") for label in new_labels(draft))


def test_a_long_title_under_a_letterhead_is_the_texts_own_report(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, LETTERHEAD, "letterhead-explanation")
    reports = new_labels(draft, "Report")
    assert any(label.startswith("Explanation of the Adoption of Public Opinions on the Plan")
               for label in reports), reports


CENTRED = """              Lantian County People's Government, Beishan District

  Notice on a Special Inspection Campaign for Workplace Safety in
      Tungsten Smelting and Antimony Powder Works of the County

                                            Lan Zheng Fa [2027] No. 12

To all smelters and contractors in the county:

The checks run from 10 to 20 October 2027. Each works sends its report to the county
bureau of emergency management by 30 October 2027.

Lantian County Bureau of Emergency Management
1 September 2027
"""

GUIDE = """Lantian Provincial Department of Science and Technology

  Application Guide for the 2028 Provincial Key Research Plan (Tungsten and Tin
  Chains)

To the science bureaus of all cities and the universities of the province:

Projects may be proposed from 1 March to 31 March 2028.
"""


def test_a_centred_title_over_two_lines_names_the_notice_whole(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, CENTRED, "centred-notice")
    assert ("Notice on a Special Inspection Campaign for Workplace Safety in Tungsten Smelting "
            "and Antimony Powder Works of the County") in new_labels(draft, "Notice")


def test_a_guide_under_a_letterhead_is_the_catalogue_title(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, GUIDE, "letterhead-guide")
    assert draft.title == ("Application Guide for the 2028 Provincial Key Research Plan "
                           "(Tungsten and Tin Chains)")
