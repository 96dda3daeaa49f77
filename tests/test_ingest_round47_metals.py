"""Round 47, metals: the topics section of a call or of a gathering's announcement ("2. Topics"
over a list of subjects) gives the announced gathering (else the call itself) the metals it
lists, not those inside an organisation's name nor those after the section's end. A standing
initiative the graph already knows (the Belt and Road
Initiative, the dual carbon goals) is cited by sentences of every trade; the metals of such a
sentence belong to its subject (the company's plant, the clause's event), not to the initiative
(no ``nfo:concernsMetal`` from the learned prior for it). The sentence's own readings keep their
metals. On short texts written for this file (invented companies, places and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round47-metals"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2027, 1, 20))


def _metals(draft, known: bool | None = None) -> dict:
    """{label: {metal IRI's last part}} of the draft's entities with a metal."""
    out: dict = {}
    for e in draft.entities.values():
        if known is not None and e.known != known:
            continue
        got = {str(o).rsplit("/", 1)[-1] for p, o, *_ in e.statements if p == NFO.concernsMetal}
        if got:
            out[e.label] = got
    return out


_CITED = (
    "Orwell Basin firm to build smelter abroad\n\n"
    "TARNBY, January 18 -- Corrowdale Mining Co., Ltd. said on Monday it would spend 2.1 "
    "billion yuan on a nickel and cobalt plant in Sulawesi, a project it counts among its Belt "
    "and Road Initiative investments in nickel.\n\n"
    "The dual carbon goals guide the company's plans for copper and aluminium recycling over "
    "the next five years, chairman Pell Haverin told reporters.\n")


def test_a_known_initiative_takes_no_metal_of_its_sentence(snapshot_kg):
    """The Belt and Road Initiative and the dual carbon goals are named beside nickel, copper
    and aluminium: none of those is the initiative's."""
    draft = _draft(snapshot_kg, _CITED)
    known = {e.label for e in draft.known()}
    assert "Belt and Road Initiative" in known and "Dual carbon goals" in known, known
    got = _metals(draft, known=True)
    assert "Belt and Road Initiative" not in got, got
    assert "Dual carbon goals" not in got, got


def test_the_sentence_keeps_its_own_metals(snapshot_kg):
    """What the sentence says of its own subject stays: the plant it names is a nickel and
    cobalt plant."""
    draft = _draft(snapshot_kg, _CITED)
    got = _metals(draft, known=False)
    plants = {label: ms for label, ms in got.items() if "plant" in label.lower()}
    assert plants, got
    assert any({"metal-nickel", "metal-cobalt"} <= ms for ms in plants.values()), plants


def test_a_sentence_naming_the_metals_trade_keeps_the_guess(snapshot_kg):
    """"... the Belt and Road Initiative ... the nickel industry": the sentence names the metal's
    trade, so the learned guess that the initiative concerns nickel is still proposed; named
    as a bare metal ("investments in nickel") it is not."""
    from kg.ingest.relations import cooccur

    draft = _draft(snapshot_kg, _CITED)
    bri = next(e for e in draft.known() if e.label == "Belt and Road Initiative")
    nickel = next(e for e in draft.known() if e.iri.endswith("metal-nickel"))
    for tail, vetoed in (("the nickel industry abroad.", False),
                         ("investments in nickel abroad.", True)):
        text = "Pellow Group joined the Belt and Road Initiative to grow " + tail
        s = text.index("Belt")
        ms = text.index("nickel")
        row = {bri.iri: [(s, s + len("Belt and Road Initiative"))],
               nickel.iri: [(ms, ms + len("nickel"))]}
        assert cooccur._vetoed(bri, NFO.concernsMetal, nickel, text, row) is vetoed, tail


_SEMINAR = """FIRST NOTICE
2027 Marrowby Seminar on Light Alloy Casting (Marrowby, 12-14 May 2027)

The Marrowby Foundry Society will hold the 2027 Marrowby Seminar on Light Alloy Casting at the
Pellow Hotel, Marrowby, on 12-14 May 2027. Papers and posters are invited.

1. Organisers
Marrowby Foundry Society; Carnmoor Institute of Casting Technology

2. Topics
(1) high-pressure die casting of magnesium alloy housings;
(2) melt cleaning and degassing of aluminium alloys;
(3) sand casting of copper alloy valves and pump parts;
(4) casting defects, simulation and inspection.

3. Important dates
Abstracts are due by 15 February 2027 and full papers by 10 April 2027. A visit to the
zinc works of Quarrow Tin Holdings is planned for the last afternoon.
"""


def test_the_topics_section_gives_the_seminar_its_metals(snapshot_kg):
    """The seminar the notice announces is about the three metals its topics list; zinc, named
    after the section's end (the visit), is not among them."""
    draft = _draft(snapshot_kg, _SEMINAR)
    seminars = {label: ms for label, ms in _metals(draft, known=False).items()
                if label.startswith("2027 Marrowby Seminar")}
    assert seminars, _metals(draft)
    got = set().union(*seminars.values())
    assert {"metal-magnesium-alloy", "metal-aluminium-alloy", "metal-copper"} <= got, got
    assert "metal-zinc" not in got, got


_CALL = """# Call for Open Projects 2027 -- Carnmoor Powder Metallurgy Laboratory

The laboratory invites researchers from other universities to apply for open projects in 2027.
Each project receives up to 200,000 yuan for two years.

## 1. Who may apply
Staff of universities and institutes holding a doctorate.

## 2. Research topics
- spherical tungsten powder for additive manufacturing;
- recycling of nickel alloy powder left after printing.

## 3. How to apply
Send the form to the laboratory office of Dr Ilsa Penwarden by 31 March 2027.
"""


def test_a_call_without_a_gathering_takes_its_topics_metals(snapshot_kg):
    """A call for projects names no gathering: the call itself is about the metals its research
    topics list."""
    draft = _draft(snapshot_kg, _CALL)
    calls = {label: ms for label, ms in _metals(draft, known=False).items()
             if label.lower().startswith("call for open projects")}
    assert calls, _metals(draft)
    got = set().union(*calls.values())
    assert {"metal-tungsten", "metal-nickel"} <= got, got
