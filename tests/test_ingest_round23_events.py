"""Round 23, the occasion a document itself records: a speech printed under a title that names
the occasion it was given at ("Speech at the Opening Ceremony of the X Plant of Y", the speaker
below, a bracketed day and place, the guests addressed by name), and an interview under its own
heading ("INTERVIEW TRANSCRIPT" with "Interviewee:" / "Interviewer:" / "Place:" / "Recorded:"
fields, or "INTERVIEW" over a headline "a talk with A" and a "Reporter:" byline field)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _by_rule(draft, rule):
    return [e for e in draft.entities.values() if not e.known and e.rule == rule]


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(draft, ent, pred):
    out = []
    for p, o, _, _ in ent.statements:
        if _local(p) == _local(pred):
            out.append(draft.entities[o].label if o in draft.entities else str(o))
    return out


SPEECH = """Speech at the Opening Ceremony of the 80,000-Tonne Copper Rod
Project of Qianjiang Hongda Cable Co., Ltd.

Luo Mingxuan
Chairman, Qianjiang Hongda Cable Co., Ltd.
(12 March 2027, Qianjiang Economic Development Zone)

Respected Deputy Mayor Fan Lili,
Dear guests and friends:

Good afternoon! Today we open the copper rod line that our staff built in eleven months.
I thank Fan Lili and the zone for their help, and our workers for their hard work.
"""


@pytest.fixture(scope="module")
def speech(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SPEECH, "r23-speech")


def test_a_speech_title_names_the_occasion_as_an_event(speech):
    events = _by_rule(speech, "event:speech-title")
    occasion = [e for e in events if _local(e.cls) != "Report"]
    assert len(occasion) == 1
    ev = occasion[0]
    assert ev.label == ("Opening Ceremony of the 80,000-Tonne Copper Rod Project of "
                        "Qianjiang Hongda Cable Co., Ltd.")
    assert "Opening Ceremony" in ev.aliases and _local(ev.cls) == "Event"
    assert _values(speech, ev, NFO.speaker) == ["Luo Mingxuan"]
    assert _values(speech, ev, NFO.startDate) == ["2027-03-12"]
    # the guest the salutation names takes part; the speaker is not a guest of his own speech
    assert "Fan Lili" in _values(speech, ev, NFO.participant)
    assert "Luo Mingxuan" not in _values(speech, ev, NFO.participant)


def test_the_speech_is_a_report_about_its_occasion(speech):
    reports = [e for e in _by_rule(speech, "event:speech-title") if _local(e.cls) == "Report"]
    assert len(reports) == 1
    rep = reports[0]
    assert rep.label.startswith("Speech by Luo Mingxuan at the Opening Ceremony")
    assert _values(speech, rep, NFO.draftedBy) == ["Luo Mingxuan"]
    assert _values(speech, rep, NFO.about)[0].startswith("Opening Ceremony of the")


HEADLINE = """Remarks at the forum lifted copper prices

Published: 4 March 2027

Copper rose on Tuesday after remarks at a forum in Shanghai by Yan Qiaosheng, an analyst of
Donghai Futures Co., Ltd., who expects smelters to cut output in the second quarter.
"""


def test_a_headline_clause_is_no_speech_title(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, HEADLINE, "r23-headline")
    assert not _by_rule(d, "event:speech-title")


TRANSCRIPT = """INTERVIEW TRANSCRIPT

Interviewee:  Shen Guanghui, General Manager, Dexing Xinrui Tungsten Co., Ltd.
Interviewer:  Bai Lu, editor, Tungsten Industry Weekly
Place:        Dexing Xinrui office, Dexing, Jiangxi
Recorded:     2027-02-16, 09:30-10:20

Q: How did the mine do last year?

A: We mined 1.1 million tonnes of ore and sold all the concentrate at home.
"""


@pytest.fixture(scope="module")
def transcript(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, TRANSCRIPT, "r23-transcript")


def test_an_interview_transcript_records_an_interview(transcript):
    events = [e for e in _by_rule(transcript, "event:interview-record") if _local(e.cls) == "Event"]
    assert len(events) == 1
    ev = events[0]
    assert ev.label.startswith("Interview") and ev.label.endswith("with Shen Guanghui")
    assert "INTERVIEW" in ev.aliases
    assert set(_values(transcript, ev, NFO.participant)) >= {"Shen Guanghui", "Bai Lu"}
    assert _values(transcript, ev, NFO.startDate) == ["2027-02-16"]
    reports = [e for e in _by_rule(transcript, "event:interview-record") if _local(e.cls) == "Report"]
    assert len(reports) == 1 and "INTERVIEW TRANSCRIPT" in reports[0].aliases
    assert _values(transcript, reports[0], NFO.draftedBy) == ["Bai Lu"]
    # the record's own "Recorded:" line is the interview's day, no step of a schedule
    assert not [e for e in transcript.entities.values()
                if not e.known and e.label == "Recorded"]


TALK = """INTERVIEW

"We will keep the furnace hot through winter": a talk with Ren Xiaodong

Nonferrous Daily | 2 Dec 2026 | Reporter: Qiu Ping

Ren Xiaodong runs the zinc smelter of Hanzhong Jinfeng Zinc Co., Ltd. in Mianxian.

Q: Will you cut output?

A: No. We signed power contracts in October.
"""


UNNAMED = """INTERVIEW

Why zinc smelters in Shaanxi keep running

Nonferrous Daily | 2 Dec 2026

Smelters in Shaanxi kept running through the autumn, three managers told this paper.
"""


def test_a_talk_under_an_interview_heading_and_a_reporter_field(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, TALK, "r23-talk")
    events = _by_rule(d, "event:interview-record")
    assert len(events) == 1 and _local(events[0].cls) == "Event"
    assert set(_values(d, events[0], NFO.participant)) >= {"Ren Xiaodong", "Qiu Ping"}
    # no transcript word in the heading: the text is no report of its own here
    assert not [e for e in events if _local(e.cls) == "Report"]
    # a heading with nobody interviewed named is left alone
    u = _draft(kg, tmp_path_factory, UNNAMED, "r23-unnamed")
    assert not _by_rule(u, "event:interview-record")


BRIEFING = """Transcript | Press Conference of the Xuancheng Municipal People's Government
on the Tungsten New Materials Industry

Source: Xuancheng Daily   2027-03-09 17:10

On the afternoon of 9 March, the Xuancheng Municipal People's Government held a press
conference at the city hall.

Host (Gao Wenjie, Deputy Secretary General of the municipal government): Good afternoon.

Reporter (Anhui Daily): When will the carbide plant start?

Gao Wenjie: In June.
"""


SCHEDULE = """Hanzhong Xinyuan Zinc Co., Ltd. 2027 graduate recruitment

Published: 2026-10-20

Timetable
  Campus talks            Northwest University, 6 November, 15:00
  Interviews              in Hanzhong, first week of January 2027
  Copper                  Hanzhong, 2026-05-01   9,800
"""


def test_a_transcript_title_is_a_report_about_the_occasion_held(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, BRIEFING, "r23-briefing")
    reports = _by_rule(d, "event:transcript-title")
    assert len(reports) == 1 and _local(reports[0].cls) == "Report"
    rep = reports[0]
    assert "Transcript" in rep.aliases
    assert _values(d, rep, NFO.dateIssued) == ["2027-03-09"]
    # about the press conference the text says was held: one event, not two
    about = [e for e in d.entities.values() if any(
        _local(p) == "about" and o == e.iri for p, o, _, _ in rep.statements)]
    assert len(about) == 1 and _local(about[0].cls) == "PressConference"
    confs = [e for e in d.entities.values() if not e.known
             and _local(e.cls) == "PressConference"]
    assert len(confs) == 1
    # the outlet a reporter's turn names took part
    assert "Anhui Daily" in _values(d, about[0], NFO.participant)
    # a headline that only reports on a transcript is no transcript's title
    h = _draft(kg, tmp_path_factory, HEADLINE, "r23-headline2")
    assert not _by_rule(h, "event:transcript-title")


def test_a_schedule_line_with_a_place_before_its_day(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, SCHEDULE, "r23-schedule")
    steps = {e.label: e for e in _by_rule(d, "event:schedule-line")}
    assert _values(d, steps["Interviews"], NFO.plannedDate) == ["2027-01"]
    assert "Hanzhong" in _values(d, steps["Interviews"], NFO.heldIn)
    assert _values(d, steps["Campus talks"], NFO.plannedDate) == ["2026-11-06"]
    # a table's row (a figure after the day) is still no step
    assert "Copper" not in steps


EDITIONS = """Circular: 4th China Conference on Antimony Smelting

Published: 2027-02-01

The 4th China Conference on Antimony Smelting will be held in Lengshuijiang in May 2027. The
3rd conference, held in Guilin in April 2025, drew 180 delegates. The 4th conference will
look at arsenic removal.
"""


def test_a_numbered_conference_and_a_numbered_edition_named_before(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, EDITIONS, "r23-editions")
    confs = {e.label: e for e in d.entities.values() if not e.known
             and _local(e.cls) == "Conference"}
    assert "3rd conference" in confs
    assert "Guilin" in _values(d, confs["3rd conference"], NFO.heldIn)
    # "the 4th conference" is the named 4th conference, no event of its own
    assert "4th conference" not in confs
    named = [e for e in confs.values() if e.label.startswith("4th China Conference")]
    assert named and "4th conference" in {d.text[m.start:m.end] for m in named[0].mentions}
