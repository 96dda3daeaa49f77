"""The document the text is, when its title is a Markdown heading ("# Bulletin on ...",
names/headline_documents) or a long title under a letterhead whose lines hold many small words
("Explanation of the Adoption of Comments on the ...", names/title_blocks: such a line is no
running prose that ends the title block)."""
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
