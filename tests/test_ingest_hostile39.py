"""`kg ingest` attacked a thirty-ninth time (round 38), with short texts written for this file
in genres of their own (a summit's circular, a podcast's credits, a lithium offtake and a copper
museum, ...). A fault's
test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their
fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import dated_new as _dated, new_labels as _new, posts as _posts, values as _values


def _draft(kg, text: str, doc_id: str = "hostile39-x"):
    return draft_of(kg, text, doc_id, "hostile39.txt")


# --- 1. a circular's "Organisers:" and "Host:" lines ----------------------------------------------
_CIRCULAR = ("2026 Battery Metals Summit\nProgramme (first circular, 3 March 2026)\n\n"
             "Dates:        12-13 May 2026\nVenue:        Yichun International Hotel\n"
             "Organisers:   Jiangxi Nonferrous Metals Industry Association; Yichun Municipal "
             "People's Government\nHost:         Ganfeng Lithium Group Co., Ltd.\n"
             "Co-organiser: Yichun Lithium Battery Industry Alliance\n")


def test_an_organisers_line_gives_each_organiser_and_the_host_their_roles(snapshot_kg):
    """"Organisers: A; B" / "Host: C": the summit was said to have A and C as participants
    (relations/party_roles gave every role of a "Role: Name" line nfo:participant) and B as
    nothing (only the first name after the label was read); "Co-organiser:" was no role."""
    draft = _draft(snapshot_kg, _CIRCULAR)
    summit = "2026 Battery Metals Summit"
    assert summit in _new(draft)
    assert {(summit, "Jiangxi Nonferrous Metals Industry Association"),
            (summit, "Yichun Municipal People's Government")} <= _values(draft, "organizedBy")
    assert (summit, "Ganfeng Lithium Group Co., Ltd.") in _values(draft, "hostedBy")
    assert (summit, "Yichun Lithium Battery Industry Alliance") in _values(draft, "coOrganizedBy")
    assert not {o for s, o in _values(draft, "participant") if s == summit}, \
        _values(draft, "participant")


def test_a_person_named_as_host_still_takes_part(snapshot_kg):
    """A podcast's host is a person who takes part in it, not a body that hosts it."""
    draft = _draft(snapshot_kg, "Metal Talk podcast, episode 12\n\nRecorded 3 March 2026\n\n"
                                "Host: Liu Fang\nGuest: Chen Bo, analyst\n\nThis week's "
                                "episode looks at the lithium price.\n")
    assert not {o for _, o in _values(draft, "hostedBy")} & {"Liu Fang"}


# --- 2. a mine or project named as where material comes from, dated by another clause's day ------
def test_a_project_named_as_the_source_of_material_takes_no_day_of_the_sentence(snapshot_kg):
    """"signed an offtake deal on Tuesday for spodumene from its X project", "opened a hall on
    Friday, showing lamps from the Y mine": the project was said to have started on that day
    (events/date_attach kept a project's sentence day when the sentence held any word of a
    start, here "from" and "opened", whatever it was said of)."""
    draft = _draft(snapshot_kg, "Lithium deal and a museum\n\nPERTH, 4 February 2026 -- Kestrel "
                                "Minerals Ltd signed an offtake agreement with Ganfeng Lithium on "
                                "Tuesday for spodumene from its Bald Hill project.\n\nIn Tongling, "
                                "the city museum opened a hall on Friday, showing lamps from the "
                                "Tongguanshan mine.\n")
    projects = _new(draft, "Project")
    assert any("Bald Hill" in p for p in projects) and any("Tongguanshan" in p for p in projects)
    dated = _dated(draft)
    assert not {lab: d for lab, d in dated.items() if "Bald Hill" in lab or "Tongguanshan" in lab}, \
        dated


def test_a_project_whose_first_ore_is_shipped_keeps_its_day(snapshot_kg):
    draft = _draft(snapshot_kg, "First ore\n\nPERTH, 4 February 2026 -- Kestrel Minerals Ltd said "
                                "first ore from its Bald Hill project was shipped on Tuesday.\n")
    assert any("Bald Hill" in lab for lab in _dated(draft)), _dated(draft)


# --- 3. a metal word that opens the name of a company named as an owner --------------------------
def test_a_company_named_as_an_owner_is_minted_and_its_metal_word_is_not_linked(snapshot_kg):
    """"Nordic Cobalt is owned by Silver Lake Minerals (60%) and the state": no company "Silver
    Lake Minerals", and its first word linked as the metal silver (knowledge/word_senses keeps a
    capitalised metal word of a run of capitals for the name rules, and names/slots read the
    agent after "produced/made by" but not the owner after "owned/controlled/acquired by")."""
    draft = _draft(snapshot_kg, "Cobalt refiner\n\nHELSINKI, 9 June 2026 -- Nordic Cobalt Oy said its "
                                "refinery at Kokkola will start production this year. Nordic Cobalt "
                                "is owned by Silver Lake Minerals (60%) and the Finnish state. A "
                                "rival, Baltic Refining, was acquired by Copper Ridge Partners in "
                                "2024; its Tornio smelter is run by Zhang Wei.\n")
    assert {"Silver Lake Minerals", "Copper Ridge Partners"} <= _new(draft, "Company"), \
        _new(draft, "Company")
    linked = {draft.text[m.start:m.end] for e in draft.known() for m in e.mentions
              if str(e.iri).endswith(("metal-silver", "metal-copper"))}
    assert not linked, linked
    assert "Zhang Wei" in _new(draft, "Person") and "Zhang Wei" not in _new(draft, "Company")


# --- 4. a participle set off after a fronted phrase ("Under the agreement, signed in ...") -------
def test_a_participle_after_a_fronted_phrase_is_said_of_its_noun(snapshot_kg):
    """"Under the agreement, signed in Shanghai on 20 April, Fushun will deliver ...": a
    signing labelled "Signing of in Shanghai by Under the agreement" (events/event_labels took
    the fronted phrase for the doer of "signed")."""
    draft = _draft(snapshot_kg, "Engine deal\n\nSHANGHAI, 22 April 2026 -- Qilu Aero Engine Co., Ltd. "
                                "has signed a supply agreement with Fushun Special Steel, the two "
                                "companies said on Wednesday.\n\nUnder the agreement, signed in "
                                "Shanghai on 20 April, Fushun will deliver the bars from 2027.\n")
    labels = _new(draft)
    assert not {x for x in labels if "Under the" in x or " of in " in x}, labels
    assert "Signing of the agreement in Shanghai" in labels, labels


# --- 5. a metal word that is a person's family name ----------------------------------------------
def test_a_metal_word_after_a_given_name_is_no_mention_of_the_metal(snapshot_kg):
    """"said Dr. Helen Zinc, research director at ...", "Its chief executive, Tom Lead,
    agreed": both linked as the metals zinc and lead (knowledge/gazetteer read a capitalised
    metal word after a given name as the metal; a company's name after one, "Henry Ford's",
    was already no mention of the company). The metals the text names still link."""
    draft = _draft(snapshot_kg, "Power prices\n\nPERTH, 2 November 2026 -- \"Smelters pay twice "
                                "what they paid in 2020,\" said Dr. Helen Zinc, research director "
                                "at the Minerals Council of Australia. Its chief executive, Tom "
                                "Lead, agreed. Lead and zinc prices rose, and Copper was flat.\n")
    text = draft.text
    linked = {m.start: text[m.start:m.end] for e in draft.known() for m in e.mentions
              if str(e.iri).rsplit("/", 1)[-1].startswith("metal-")}
    assert text.index("Helen Zinc") + 6 not in linked, linked
    assert text.index("Tom Lead") + 4 not in linked, linked
    assert {text.index("Lead and"), text.index("zinc prices"), text.index("Copper")} <= set(linked), \
        linked


# --- 6. "US" in capitals as the pronoun -----------------------------------------------------------
def test_the_pronoun_us_in_capitals_is_no_mention_of_the_united_states(snapshot_kg):
    """"MINERS TELL US: ..." atop a story and "ABOUT US | CONTACT US" under it: three mentions
    of the United States (knowledge/gazetteer linked any "US" in capitals as the country's
    acronym); "US TARIFFS" and "the US" still name it."""
    draft = _draft(snapshot_kg, "MINERS TELL US: POWER COSTS TOO MUCH\n\nPERTH, 2 November 2026 -- "
                                "Power prices rose again. US TARIFFS HIT ALUMINIUM, a second "
                                "headline said. Exports to the US fell.\n\nABOUT US | CONTACT US\n")
    text = draft.text
    us = sorted(m.start for e in draft.known() for m in e.mentions
                if str(e.iri).endswith("/united-states"))
    assert us == [text.index("US TARIFFS"), text.index("the US") + 4], \
        [text[max(0, s - 8):s + 2] for s in us]


# --- 7. an airshow named in an aerospace supplier's news -----------------------------------------
def test_an_airshow_is_an_exhibition_with_its_planned_days(snapshot_kg):
    """"plans to show the parts at the Zhuhai Airshow, to be held from November 10 to 15": no
    event "Zhuhai Airshow" (no head word of names read "Airshow"), and a milestone labelled
    with the whole clause ("The company plans to show the parts at the Zhuhai Airshow, to be
    held") took its days."""
    draft = _draft(snapshot_kg, "Wing spars from Baoji\n\nXI'AN, March 12, 2026 -- Qinling Forging "
                                "Co., Ltd. will supply titanium wing spars for a new jet. The "
                                "company plans to show the parts at the Zhuhai Airshow, to be held "
                                "from November 10 to 15 in Zhuhai, Guangdong.\n")
    assert "Zhuhai Airshow" in _new(draft, "Exhibition"), _new(draft)
    assert ("plannedDate", "2026-11-10") in _dated(draft)["Zhuhai Airshow"], _dated(draft)
    assert not {x for x in _new(draft) if x.startswith("The company plans")}, _new(draft)


# --- 8. faults found and not fixed this round ------------------------------------------------------
@fault("names/slots reads no company before 'has become' and mints no suffix-less subject that an "
       "attribution names ('X ..., the magnet maker said'); relations/appointments then resolves "
       "'The company's president' to the one company the text names, the customer in the "
       "sentence's object. Not fixed: minting the subject of '..., the <maker> said' needs the "
       "attribution's noun read as the subject's class, measured over the dev sets")
def test_the_company_s_president_is_not_given_to_its_customer(snapshot_kg):
    """A magnet maker named with no legal form becomes a supplier to a named corporation; "The
    company's president, A" was a post of A in the customer."""
    draft = _draft(snapshot_kg, "Magnets for satellites\n\nGANZHOU, 18 June 2026 -- Ganjiang "
                                "Permanent Magnet Technology has become a qualified supplier to "
                                "China Aerospace Science and Technology Corporation (CASC), the "
                                "magnet maker said on Thursday.\n\nThe company's president, Cai "
                                "Baogui, said orders could reach 300 million yuan a year.\n")
    assert not {p for p in _posts(draft) if p[0] == "Cai Baogui"
                and p[2] == "China Aerospace Science and Technology Corporation"}, _posts(draft)


@fault("names/candidates (data/name-heads.txt): 'Week' ends a conference's name ('LME Week'), so a public holiday "
       "('the Golden Week holiday') is minted a Conference and dated by the dateline. Not fixed: "
       "a holiday's name needs a list of holidays or the noun after it read ('holiday', 'break')")
def test_a_public_holiday_week_is_no_conference(snapshot_kg):
    draft = _draft(snapshot_kg, "Mining towns full over the holiday\n\nBEIJING, October 8, 2026 -- "
                                "Hotels in old tin towns were full during the Golden Week holiday, "
                                "travel agencies said on Wednesday.\n")
    assert "Golden Week" not in _new(draft, "Conference"), _new(draft)
