"""Round 28, coreference: a text's "we" and "our" stand for the organisation that writes it (its
voice: the one "our federation" names, else the one that signs the text, else the one the text
is about), so the rules that read a sentence read "launched by our federation" or "Our
engineer A" as they read a name; what they state so says "+voice" in its rule, at a confidence
of at most 0.4. A quoted "we", the asker's "we" before a reply, "our reporter A" and the "we" of
a text with two speakers' turns are nobody's voice here."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu  # noqa: F401
from kg.ingest.model import Entity
from kg.ingest.relations.voice import voice_spans
from kg.ingest.terms import NFO, URIRef


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _voiced(draft) -> list:
    """(subject label, predicate, object) of each statement read through "we" / "our"."""
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return [(e.label, _local(p), by_iri.get(o, str(o)))
            for e in draft.entities.values() for p, o, _, r in e.statements if "+voice" in r]


def _posts(draft) -> dict:
    """person label -> the organisations the draft gives them a post in."""
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.entities.values():
        if _local(e.cls) != "Post":
            continue
        who = [by_iri.get(o) for p, o, _, _ in e.statements if _local(p) == "heldBy"]
        where = [by_iri.get(o) for p, o, _, _ in e.statements if _local(p) == "postIn"]
        for w in who:
            out.setdefault(w, set()).update(where)
    return out


NOTICE = """Jinling Charity Federation

NOTICE ON THE DONATION CEREMONY OF THE 2027 COPPER CANDLE DRIVE

The 2027 Copper Candle Drive, launched by our federation in September together with the
Tongshan Copper Industry Association, has collected winter clothing for 800 pupils.

Our engineer Fang Derong of the logistics team will coordinate the lorries on the day.
Our reporter Wu Meiling will cover the ceremony.

Jinling Charity Federation
18 November 2027
"""


@pytest.fixture(scope="module")
def notice(kg):
    return draft_of(kg, NOTICE, "r28-voice-notice")


def test_our_federation_is_the_federation_that_signs_the_notice(notice):
    got = _voiced(notice)
    assert any(s.startswith("The 2027 Copper Candle Drive") and o == "Jinling Charity Federation"
               for s, _, o in got), got
    # (only the statements with the voice in them: the association named by name is not)
    assert not any("Tongshan" in o for _, _, o in got), got


def test_our_engineer_is_a_post_in_the_voice_and_says_so(notice):
    assert _posts(notice).get("Fang Derong") == {"Jinling Charity Federation"}
    rules = [r for e in notice.entities.values() if _local(e.cls) == "Post"
             for _, _, _, r in e.statements]
    assert rules and all(r.endswith("@0.4+voice") for r in rules), rules


def test_our_reporter_is_a_byline_not_a_post_in_the_voice(notice):
    assert "Wu Meiling" not in _posts(notice)


QUOTED = """Nanshan Aluminium Co., Ltd. opened a new extrusion line in Baise on Monday.

"We signed a purchase contract with Guilin Window Systems Co., Ltd. last year," said Tan Rui,
a dealer who visited the plant.
"""


def test_a_quoted_we_is_the_speakers_not_the_company_the_text_is_about(kg):
    draft = draft_of(kg, QUOTED, "r28-voice-quoted")
    assert _voiced(draft) == []
    assert not draft.__dict__.get("_voice_spans")


BOARD = """Qinyuan Online Message Board > Environment > Message details

Message:
The smelter of Hexi Zinc Co., Ltd. smells at night and we keep every window shut. We signed
a complaint with our neighbours.

Reply:
Dear resident, after receiving your message our sub-bureau sent officers to Hexi Zinc Co.,
Ltd. on 3 May. We ordered the smelter to fix its scrubber.

Qinyuan Sub-bureau of the Hexi Municipal Bureau of Ecology and Environment
"""


def test_the_reply_speaks_for_the_signing_bureau_the_message_for_nobody(kg):
    draft = draft_of(kg, BOARD, "r28-voice-board")
    spans = sorted(draft.__dict__.get("_voice_spans", ()))
    reply = BOARD.index("Reply:")
    assert spans and all(a > reply for a, _ in spans), spans
    assert draft.__dict__["_voice"].label.startswith("Qinyuan Sub-bureau")
    assert BOARD[spans[0][0]:spans[0][1]] == "our sub-bureau"


PANEL = """Alloy Talk, episode 12

[00:01:10]  LIN HUA: We tested the new alloy for Hongyu Magnesium Co., Ltd. in April.
[00:02:30]  ZHOU KAI: We bought the first lot of it in May.
[00:03:05]  LIN HUA: We will publish the results in June.
[00:04:40]  ZHOU KAI: Our plant in Fugu will use it next year.
"""


def test_two_speakers_turns_give_no_voice(kg):
    draft = draft_of(kg, PANEL, "r28-voice-panel")
    assert not draft.__dict__.get("_voice_spans")
    assert _voiced(draft) == []


class _Draft:
    def __init__(self, text):
        self.text = text


def _org(n):
    return Entity(URIRef(f"https://example.org/o{n}"), NFO.Company, f"Firm {n} Co., Ltd.",
                  False, "test", 0.5)


def test_reading_we_and_our_is_linear(kg):
    unit = ("Firm {n} Co., Ltd. said we will build it; our company and our plant in Xi'an, "
            '"we said", at our visit last week, we did.\n\n')

    def read(text):
        spans, pos = [], 0
        for n in range(text.count("Firm ")):
            a = text.index("Firm ", pos)
            b = text.index("Ltd.", a) + 4
            spans.append((a, b, _org(n)))
            pos = b
        return voice_spans(_Draft(text), spans)

    got = linear_cpu(read, "".join(unit.replace("{n}", str(n)) for n in range(4000)),
                     "we and our")
    assert got


ELECTED = """The Qilian Nonferrous Metals Association held its council meeting in Lanzhou on 12 May. Wang
Fang was elected secretary-general of the association. Sun Bo was elected chairman of the
board.
"""


def test_elected_role_of_the_association_is_a_post_in_the_association_named_before(kg):
    draft = draft_of(kg, ELECTED, "r28-elected-of-the")
    assert _posts(draft).get("Wang Fang") == {"Qilian Nonferrous Metals Association"}
    rules = {r for e in draft.entities.values() if _local(e.cls) == "Post"
             and e.label.startswith("Wang Fang") for _, _, _, r in e.statements}
    assert rules == {"post:appointed-role-of-referent@0.5"}
    # "of the board": no phrase that refers back to a body, no post from this rule
    assert not any(r.startswith("post:appointed-role-of-referent") for e in draft.entities.values()
                   if e.label.startswith("Sun Bo") for _, _, _, r in e.statements)
