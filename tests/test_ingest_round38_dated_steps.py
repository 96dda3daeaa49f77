"""Round 38, dated happenings the draft did not propose: a step a note, a ledger or a headline
sets ahead with an infinitive and no verb of its own ("Grid branch to reply by 15 January",
"Comments to be collected before 15 March": planned milestones, not happenings gone by), and
not an infinitive that belongs to a noun or a verb before it ("the decision to close",
"continues to operate") or a forecast ("Prices to rise"); a short past form in the passive
("the furnace was lit on 3 December", "Power was cut ... on Saturday") tells a happening."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

PLANS = ("#startDate", "#plannedDate", "#endDate")

LEDGER = """Tarnside ledger of key projects

Tarnside, 20 November 2026 -- The county's ledger of key projects, as it stood this week.

1. Brackwater nickel plant. Issue: the feeder line is not yet approved; Tarnside Grid branch to reply by 15 January.
Civil works tender to close in January.
Action: Contractor to rectify the drainage by 15 December.

- Shareholders of the plant to meet again on Thursday, 21 January 2027.
- Comments on the draft lease to be gathered by the Secretariat and sent to the Nickel Branch before 15 March.

The decision to close the old kiln in 2027 drew protests.
The old quarry continues to operate until 2030.
Prices to rise in 2027, the bank says.
Visitors to the fair in March 2027 will need passes.
"""


def _planned(draft) -> dict:
    return {label: d for label, d in label_dates(draft, "", PLANS).items()}


def test_a_notes_infinitive_step_is_a_planned_milestone(kg):
    got = _planned(draft_of(kg, LEDGER, "r38-ledger"))
    want = {"Tarnside Grid branch to reply": "2027-01-15",
            "Civil works tender to close": "2027-01",
            "Contractor to rectify the drainage": "2026-12-15"}
    for label, day in want.items():
        assert got.get(label, {}).get("plannedDate") == day, (label, got)
    comments = [d for label, d in got.items() if label.startswith("Comments on the draft lease")]
    assert comments and all(d == {"plannedDate": "2027-03-15"} for d in comments), got


def test_an_infinitive_of_a_noun_a_verb_or_a_forecast_is_no_step(kg):
    got = _planned(draft_of(kg, LEDGER, "r38-ledger"))
    for label in got:
        assert not label.startswith(("The decision", "Decision", "The old quarry", "Prices",
                                     "Visitors")), got


RESTART = """Kestrel Bay zinc smelter back at work

Kestrel Bay, 9 December 2026 -- The Kestrel Bay Zinc Co., Ltd. brought its smelter back this
week after a long overhaul.

On 3 December the roasting furnace was lit again at the Kestrel Bay plant.
Power was cut at the leaching hall on Saturday, 5 December, for two hours.
The price was set at 9,000 yuan a tonne on 4 December.
"""


def test_a_short_past_form_in_the_passive_is_a_dated_happening(kg):
    got = label_dates(draft_of(kg, RESTART, "r38-restart"), "", PLANS)
    lit = [d for label, d in got.items() if "furnace was lit" in label]
    cut = [d for label, d in got.items() if label.startswith("Power was cut")]
    assert lit == [{"startDate": "2026-12-03"}], got
    assert cut == [{"startDate": "2026-12-05"}], got
    assert not any("price was set" in label.lower() for label in got), got

