"""Round 44, posts and ties between bodies on pairs the draft already has, on short texts
written for this file (invented companies, bodies and people): a name set in Markdown emphasis
("**A**, chairman of Y") keeps the post its apposition states."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round44-docrel"):
    return draft_of(kg, text, doc_id, "round44.txt", today=dt.date(2026, 12, 5))


# --- a name in Markdown emphasis -----------------------------------------------------------------
_BOLD = ("# Tin Solder Makers Meet in Gejiu\n\n"
         "## Opening session\n\n"
         "- **Tao Renhe**, President of the Dianxi Solder Materials Society, said members cut "
         "their lead use by a fifth in 2026.\n"
         "- *Qiu Manli*, Chief Engineer of Gejiu Hongshan Solder Co., Ltd., showed a new "
         "lead-free wire.\n"
         "- **Bai Yuting**, who chaired the session, closed it at noon.\n")


def test_a_bold_name_holds_the_post_its_apposition_states(snapshot_kg):
    """"**A**, President of Y": the emphasis closed after the name hides no comma; A is Y's
    president, as without the stars."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert ("Tao Renhe", "President", "Dianxi Solder Materials Society") in got, got


def test_an_italic_name_holds_the_post_its_apposition_states(snapshot_kg):
    """"*A*, Chief Engineer of Y Co., Ltd.": one star closes the emphasis just as well."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert ("Qiu Manli", "Chief Engineer", "Gejiu Hongshan Solder Co., Ltd.") in got, got


def test_a_bold_name_with_no_role_after_it_gets_no_post(snapshot_kg):
    """"**A**, who chaired the session,": no role of a body after the name, no post for A."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert not any(holder == "Bai Yuting" for holder, _, _ in got), got
