"""`kg ingest` on events, agreements and dates in fresh text (tests/articles/event-*.txt, written
for this test): a policy's issue and in-force dates when a later sentence says "The Measures take
effect on" or "That standard was published ... on D1 and came into force on D2"; a document
number's year ("[2026] No. 7") is no date; agreements signed "At the ceremony" take the event
(nfo:signedAt) and its day; the second agreement of one "signed" and a lower-case "agreement
between A and B" are proposed; people who delivered a speech, attended or witnessed the signing
take part in the event; "The three-day meeting" gives the event its last day, an agreement
signed during it the month, and "the 2027 annual\nmeeting" (wrapped) is an event of 2027
(kg/ingest/events/date_attach.py, signing.py, durations.py, happenings.py, plural_agreements.py,
kg/ingest/relations/event_roles.py, kg/ingest/reading/dates.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("export-rules", "commissioning-signing", "alliance-forum", "society-meeting",
         "plural-signing", "same-day", "meeting-and-forum", "briefing")


@pytest.fixture(scope="module")
def drafts(kg):
    return {n: ingest(kg, read_article(ARTICLES / f"event-{n}.txt"), f"event-{n}")
            for n in NAMES}


def _find(draft, start):
    found = [e for e in draft.entities.values() if not e.known and e.label.startswith(start)]
    assert len(found) == 1, (start, sorted(e.label for e in draft.entities.values()))
    return found[0]


def _values(ent, pred):
    return sorted(str(st[1]) for st in ent.statements if st[0] == pred)


def _rules(ent, pred):
    return sorted(st[3] for st in ent.statements if st[0] == pred)


def _by_rule(ent, pred, rule):
    return sorted(str(st[1]) for st in ent.statements if st[0] == pred and st[3] == rule)


def _quoted(draft, ent, pred):
    """The text the evidence span of ``pred`` on ``ent`` points at."""
    st = next(st for st in ent.statements if st[0] == pred)
    return draft.text[st[2].start:st[2].end]


def _ceremony(draft):
    """The new event whose clause holds "held its commissioning ceremony"."""
    found = [e for e in draft.entities.values() if not e.known and e.cls != NFO.Agreement
             and any("commissioning ceremony" in draft.text[m.start:m.end] for m in e.mentions)]
    assert len(found) == 1, [e.label for e in found]
    return found


def test_policy_issue_and_in_force_dates(drafts):
    d = drafts["export-rules"]
    measures = _find(d, "Measures for the Registration")
    assert _values(measures, NFO.dateIssued) == ["2026-05-08"]      # not "[2026]"
    assert _values(measures, NFO.dateInForce) == ["2026-06-15"]
    assert "take effect on June 15" in _quoted(d, measures, NFO.dateInForce)


def test_standard_dates_from_that_standard_sentence(drafts):
    d = drafts["export-rules"]
    std = _find(d, "GB 31902-2023")
    assert _values(std, NFO.dateIssued) == ["2023-11-20"]
    assert _values(std, NFO.dateInForce) == ["2024-09-01"]
    assert _rules(std, NFO.dateIssued) == ["date:issued-the-policy"]
    assert "That standard was published" in _quoted(d, std, NFO.dateIssued)
    turtle = to_turtle(d)
    assert '"2024-09-01"^^xsd:date' in turtle and "date:in-force-the-policy" in turtle


def test_document_number_year_is_no_date():
    text = "On May 8, the office issued the rules (Xiang Shang Fa [2026] No. 7) in 2025."
    values = [x.value for x in find_dates(text, "2026", extended=True, doc_date="2026-05-11")]
    assert values == ["2026-05-08", "2025"]


def test_agreements_signed_at_the_ceremony(drafts):
    d = drafts["commissioning-signing"]
    supply = _find(d, "Zinc concentrate supply agreement")
    tech = _find(d, "Technology cooperation agreement")      # the second one of "signed"
    assert "southwest-mining-university" in " ".join(_values(tech, NFO.party))
    ceremony = _ceremony(d)
    for ag in (supply, tech):
        assert _values(ag, NFO.signedAt) == [str(ceremony[0].iri)]
        assert _values(ag, NFO.dateSigned) == ["2026-04-12"]
        assert _rules(ag, NFO.dateSigned) == ["date:signed-at-event"]
        assert _quoted(d, ag, NFO.signedAt).startswith("At the ceremony")


def test_speaker_and_witnesses_take_part(drafts):
    d = drafts["commissioning-signing"]
    event = _ceremony(d)[0]
    speakers = " ".join(_values(event, NFO.speaker))
    people = " ".join(_values(event, NFO.participant))
    assert "tang-yifei" in speakers          # ", and Tang Yifei, mayor of Lanping, delivered"
    assert "xu-dongming" in people and "tang-yifei" in people     # witnessed the signing
    assert "lanping" not in people            # the place in an apposition takes no part
    # "A, B, president of X, and C, chairman of Y, pressed the start button": all three
    assert "deng-huaqiang" in people and "gu-lanxin" in people
    assert "southwest-mining-university" not in people
    xu = next(st for st in event.statements if st[0] == NFO.participant
              and str(st[1]).endswith("xu-dongming"))
    assert "announced the start of operation" in d.text[xu[2].start:xu[2].end]


def test_agreement_between_a_and_b(drafts):
    d = drafts["alliance-forum"]
    ag = _find(d, "Strategic cooperation agreement between")
    parties = " ".join(_values(ag, NFO.party))
    assert "yuxin-magnesium" in parties and "jinyang-recycling-group" in parties
    assert _rules(ag, NFO.party) == ["agreement:between", "agreement:between"]
    assert _values(ag, NFO.dateSigned) == ["2026-09-01"]      # "During the forum, ... signed"
    forum = _find(d, "2026 Magnesium Scrap Recycling Forum")
    assert _values(ag, NFO.signedAt) == [str(forum.iri)]
    people = " ".join(_values(forum, NFO.participant))
    assert "guo-pinghai" in people and "ren-xiaoyu" in people


def test_n_day_meeting_and_what_was_signed_during_it(drafts):
    d = drafts["society-meeting"]
    meeting = _find(d, "2026 Annual Meeting of the Lianhe Copper Society")
    assert _values(meeting, NFO.startDate) == ["2026-10-20"]
    assert _values(meeting, NFO.endDate) == ["2026-10-22"]
    assert _rules(meeting, NFO.endDate) == ["date:n-day-event"]
    assert "three-day meeting" in _quoted(d, meeting, NFO.endDate)
    ag = _find(d, "Cooperation agreement of Qujing Copper")
    assert _values(ag, NFO.signedAt) == [str(meeting.iri)]
    assert _values(ag, NFO.dateSigned) == ["2026-10"]      # some day of the three


def test_next_years_meeting_named_across_a_line_break(drafts):
    d = drafts["society-meeting"]
    nxt = _find(d, "2027 annual meeting")
    assert nxt.cls == NFO.AnnualMeeting
    # (round 10: next year's meeting is still to come: a planned date)
    assert _values(nxt, NFO.plannedDate) == ["2027"]           # not the closing day of 2026
    assert _rules(nxt, NFO.plannedDate) == ["date:year-in-name+planned"]
    assert "2027 annual\nmeeting" in d.text[nxt.mentions[0].start:nxt.mentions[0].end]


def test_plural_agreements_one_per_counterpart(drafts):
    d = drafts["plural-signing"]
    gejiu = _find(d, "Resource development agreement of Xinrong Tin Group Co., Ltd. and Gejiu")
    wenshan = _find(d, "Resource development agreement of Xinrong Tin Group Co., Ltd. and Wenshan")
    for ag, city in ((gejiu, "gejiu"), (wenshan, "wenshan")):
        sides = _by_rule(ag, NFO.party, "agreement:signed-plural")
        assert len(sides) == 2 and any(city in v for v in sides)
        assert _values(ag, NFO.dateSigned) == ["2026-03-02"]
    # "Under the agreement with Gejiu": a mention of the agreement with Gejiu's government
    assert "the agreement with Gejiu" in [d.text[m.start:m.end] for m in gejiu.mentions]
    assert "The agreement with Wenshan" in [d.text[m.start:m.end] for m in wenshan.mentions]


def test_same_ceremony_also_signed_and_an_apposition(drafts):
    d = drafts["plural-signing"]
    power = _find(d, "Electricity supply contract")
    assert _values(power, NFO.dateSigned) == ["2026-03-02"]    # not "from 2027"
    assert _rules(power, NFO.dateSigned) == ["date:same-ceremony"]
    mou = _find(d, "Memorandum of understanding")
    assert "Yunling" not in mou.label       # named in Honghe Tin's apposition: no party
    signed_by = _by_rule(mou, NFO.party, "agreement:signed-by")
    assert len(signed_by) == 2 and not any("yunling" in v for v in signed_by)
    assert _values(mou, NFO.dateSigned) == ["2026-03-02"]      # "also signed", same paragraph


def test_on_the_same_day_and_a_second_agreement_after_an_apposition(drafts):
    d = drafts["same-day"]
    offtake = _find(d, "Three-year zinc ingot offtake agreement")
    freight = _find(d, "Rail freight agreement")
    assert "hexi-railway-logistics-co-ltd" in " ".join(
        _by_rule(freight, NFO.party, "agreement:signed-by"))
    for ag in (offtake, freight):
        assert _values(ag, NFO.dateSigned) == ["2026-08-12"]    # "On the same day"
    donghai = [str(e.iri) for e in d.entities.values() if e.label.startswith("Donghai")]
    assert donghai                              # named, in Huaxi's apposition: not a signer
    assert not set(donghai) & set(_by_rule(offtake, NFO.party, "agreement:signed-by"))
    same = [x for x in find_dates(d.text, "2026", extended=True, doc_date="2026-08-15")
            if d.text[x.start:x.end].lower() == "the same day"]
    assert [x.value for x in same] == ["2026-08-12"]


def test_the_meeting_is_the_meeting_not_the_forum_named_after_it(drafts):
    """Organisers, supporter, chair and speakers of "the two-day meeting" are the meeting's."""
    d = drafts["meeting-and-forum"]
    meeting = _find(d, "2026 Annual Meeting of the Hunan Antimony")
    forum = _find(d, "Antimony Oxide Market Forum")
    assert "hunan-antimony-producers-association" in " ".join(_values(meeting, NFO.organizedBy))
    assert "yuanling-antimony" in " ".join(_values(meeting, NFO.coOrganizedBy))
    assert not _values(forum, NFO.organizedBy) and not _values(forum, NFO.coOrganizedBy)
    # "..., with support from the X Bureau": a supporter, not a third co-organiser
    assert "changde-municipal-bureau-of-commerce" in " ".join(_values(meeting, NFO.supportedBy))
    assert "bureau" not in " ".join(_values(meeting, NFO.coOrganizedBy))
    # "The opening session was chaired by", "presented the association's ... report",
    # "Speakers also included": the meeting talked about last, not the forum
    assert "tian-zhiyuan" in " ".join(_values(meeting, NFO.presidedBy))
    speakers = " ".join(_values(meeting, NFO.speaker))
    assert all(p in speakers for p in ("xiang-baoling", "shu-wenhao", "lei-minghui"))
    assert not _values(forum, NFO.speaker) and not _values(forum, NFO.presidedBy)
    assert _values(meeting, NFO.endDate) == ["2026-05-21"]
    # "A and B attended the forum": both, on the forum
    people = " ".join(_values(forum, NFO.participant))
    assert "peng-xiaowei" in people and "luo-guiying" in people
    assert _rules(forum, NFO.participant) == ["event:participant-cue"] * 2


def test_a_lower_case_market_briefing_with_two_metals(drafts):
    d = drafts["briefing"]
    briefing = _find(d, "First-half copper and zinc market briefing")
    assert briefing.cls == NFO.Meeting
    assert _values(briefing, NFO.startDate) == ["2026-07-09"]
    assert d.text[briefing.mentions[0].start:briefing.mentions[0].end] == \
        "first-half copper and zinc market briefing"
