"""`kg ingest` attacked a thirty-eighth time (round 37; after test_ingest_hostile.py ..
hostile33.py), with short texts written for this file in genres of their own (a strike's wire
story, a meeting's results, a fund's outlook, a recyclers' round-up, a safety bulletin, a mine
rescue contest, a strip maker's licence, a recall notice) and odd options: a title, publisher or
URL in bytes that are not UTF-8; a year ending a sentence read into the next one's event; an
organisation set off by commas read as a person; states abroad labelled "X Province"; a title
("Ms") kept in a person's name; a company named after a lake said to concern its metal word; a
month after the text's own told in an active past read as planned; a notice's head inside a
company's name; a step still to come dated by the lead; "which will be" read as a thing
completed; a medal's colour linked to the metal. A fault's test is marked ``fault(...)``
(strict xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, fault, linear_cpu, parses_with_real_dates, snapshot_kg  # noqa: F401
from hostile_drafts import event_dates as _events, labels as _labels, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile38-x"):
    return draft_of(kg, text, doc_id, "hostile38.txt")


def _error(r, *where):
    """One clear line on stderr naming ``where``, a non-zero exit, no traceback."""
    lines = r.stderr.strip().splitlines()
    assert r.exit_code != 0 and len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    for w in where:
        assert str(w) in lines[0], (w, lines[0])
    return lines[0]


# --- 1. an option in bytes that are not UTF-8 -----------------------------------------------------
@pytest.mark.parametrize("option, value", [
    ("--title", "Zinc \udcff notice"),          # (a shell's $'\xff': Python's surrogateescape)
    ("--publisher", "Huon \udced\udcb0\udc80 Press"),
    ("--url", "https://example.org/a\udcffb"),
])
def test_an_option_in_bytes_that_are_not_utf8_is_a_one_line_error(run, tmp_path, option, value):
    """`kg ingest a.txt --title $'\\xff'` wrote nothing and ended in a traceback
    (UnicodeEncodeError: surrogates not allowed, when the draft was encoded to be written):
    reading/options.one_line and check_url let lone surrogates through."""
    art = tmp_path / "a.txt"
    art.write_text("Zinc notice\n\nHOBART, May 5, 2026 -- The smelter restarted on Monday.\n",
                   encoding="utf-8")
    r = run("ingest", art, "--id", "hostile38-opt", option, value, "-o", tmp_path / "d.ttl",
            "--review", tmp_path / "d.html", catch_exceptions=True)
    _error(r, option)
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "d.ttl").exists() and not (tmp_path / "d.html").exists()


# --- 2. a year that ends a sentence read as a modifier of the next one's noun --------------------
@pytest.fixture(scope="module")
def strike(snapshot_kg):
    return _draft(snapshot_kg, "Pay deal ends stoppage at copper mine\n\nSANTIAGO, 9 November 2025 -- "
                               "Workers at the Cerro Azul copper mine went back to work on Sunday "
                               "after the owner, Andes Cobre SA, agreed to a 4% pay rise. The union, "
                               "Sindicato Uno, said output would recover within a week. The mine "
                               "produced 210,000 tonnes of copper in 2024. Talks had stalled since "
                               "October, when the company offered 2%.\n")


@fault("events/bare_nouns._MOD reads a figure that ends a sentence ('2024.') as a modifier of "
       "the next sentence's head noun. The fix (a figure ends in a digit or '%') also takes the "
       "list number off u113's '3. Trial production on the line', which then wins gold's match "
       "over the planned milestone of the same step (a duplicate the draft holds), and set 11's "
       "dates fall under their floor (0.875 -> 0.844); it needs that duplicate merged first")
def test_a_year_that_ends_a_sentence_is_no_word_of_the_next_sentence_s_event(strike):
    """"... in 2024. Talks had stalled since October": the talks were a Meeting labelled
    "2024. Talks: ..." and dated 2024 (events/bare_nouns._MOD took "2024." for a figure before
    the head noun, as in "2027 talks")."""
    bad = {lab: d for lab, d in _events(strike).items() if "2024" in lab or "2024" in d}
    assert not bad, bad


def test_an_organisation_set_off_by_commas_after_its_noun_is_no_person(strike):
    """"The union, Sindicato Uno, said": a Person "Sindicato Uno" (names/role_people._after_role
    counted "the" and "union", words of roles such as "Union Chairman", as role words of the
    clause before the name); a person after a role still is one."""
    assert "Sindicato Uno" not in _new(strike, "Person"), _new(strike, "Person")
    assert "Andes Cobre SA" not in _new(strike, "Person")


def test_a_person_after_a_role_set_off_by_commas_is_still_a_person(snapshot_kg):
    draft = _draft(snapshot_kg, "Union meeting\n\nSANTIAGO, 9 November 2025 -- The union's "
                                "president, Rosa Contreras, said output would recover. The mine "
                                "manager, Tomas Vidal, agreed.\n")
    assert {"Rosa Contreras", "Tomas Vidal"} <= _new(draft, "Person"), _new(draft, "Person")


# --- 3. a state of the United States, Canada or Australia labelled "X Province" --------------------
def test_a_state_or_province_abroad_is_labelled_by_its_usual_english_name(snapshot_kg):
    """"mines in Ontario and Nevada": new places "Ontario Province" and "Nevada Province"
    (names/places._propose put " Province" after every listed province, as China's are named);
    a country's whose provinces English names so keeps the suffix ("Lualaba Province")."""
    draft = _draft(snapshot_kg, "Mines abroad\n\nPERTH, 3 March 2026 -- The miner owns pits in "
                                "Ontario and Nevada and a smelter in Queensland. Its partner "
                                "has a copper mine in Lualaba.\n")
    provinces = _new(draft, "Province")
    assert {"Ontario", "Nevada", "Queensland"} <= provinces, provinces
    assert not {p for p in provinces if p.startswith(("Ontario ", "Nevada ", "Queensland "))}
    assert "Lualaba Province" in provinces, provinces


# --- 4. a title before a name set off by commas kept in the person's name ------------------------
def test_a_title_before_a_name_after_a_role_is_no_word_of_the_name(snapshot_kg):
    """"the managing director, Ms Kate Young, ...": a Person "Ms Kate Young" and a post "Ms Kate
    Young, Managing director, ..." (names/role_people._after_role took the title into the name;
    the rule of titles names "Mr Peter Lowe" "Peter Lowe")."""
    draft = _draft(snapshot_kg, "Meeting results\n\nBrisbane, 28 November 2025\n\nShareholders of "
                                "Coral Reef Metals Limited passed every resolution. The options for "
                                "the managing director, Ms Kate Young, were approved, and so was "
                                "the re-election of Mr Peter Lowe.\n")
    people = _new(draft, "Person")
    assert {"Kate Young", "Peter Lowe"} <= people, people
    assert not {p for p in people if p.startswith(("Ms ", "Mr "))}, people
    posts = {x for x in _new(draft, "Post")}
    assert any(x.startswith("Kate Young, Managing director") for x in posts), posts


def test_a_title_between_a_role_and_a_name_keeps_the_post(snapshot_kg):
    """"Managing Director Ms Caroline Price said": with the title out of the name, the post
    is still read (relations/titled_posts._title_before: a title between role and name)."""
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 3 March 2026 -- Coral Reef Metals Limited signed "
                                "an offtake. Managing Director Ms Caroline Price said the deal "
                                "was good.\n")
    assert "Caroline Price" in _new(draft, "Person"), _new(draft, "Person")
    assert any(x.startswith("Caroline Price, Managing Director") for x in _new(draft, "Post")), \
        _new(draft, "Post")


# --- 5. a metal word that opens the name of a lake, a mountain or a bay -------------------------
def test_a_company_named_after_a_lake_or_a_mountain_concerns_no_metal_of_that_name(snapshot_kg):
    """"Silver Lake Capital", "Copper Mountain Partners", "Nickel Bay Resources Ltd":
    concernsMetal silver, copper, nickel (relations/named_metals.metals_in_names read the metal
    word of the name; here it is a word of a place's name); "Nickel Resources Ltd" still
    concerns nickel."""
    draft = _draft(snapshot_kg, "Fund outlook\n\nSYDNEY, 15 January 2026 -- Silver Lake Capital said "
                                "prices could climb by June. Copper Mountain Partners and Nickel "
                                "Bay Resources Ltd agreed, and so did Tasman Nickel Resources Ltd.\n")
    metals = {(s, o) for s, o in _values(draft, "concernsMetal")}
    bad = {(s, o) for s, o in metals if s in ("Silver Lake Capital", "Copper Mountain Partners",
                                               "Nickel Bay Resources Ltd")}
    assert not bad, bad
    assert any(s.startswith("Tasman Nickel Resources Ltd") for s, _ in metals), metals


# --- 6. a past tense the year of a month or day after the text's own did not hear ---------------
@pytest.mark.parametrize("clause, want", [
    ("The Tin Recycling Alliance met in May", "2025-05"),
    ("The Lead Battery Council met on May 12", "2025-05-12"),
    ("Harbour Zinc Ltd acquired the Ridge mine in June", "2025-06"),
])
def test_an_active_past_of_a_month_after_the_text_s_is_of_the_year_before(snapshot_kg, clause, want):
    """"The Tin Recycling Alliance met in May" in a text of 3 March 2026: an event planned for
    May 2026 (reading/happened.happened heard a past only in a list of verbs of happening or a
    passive: "was held in October" was last October, "met in May" was the May ahead)."""
    draft = _draft(snapshot_kg, f"Recyclers\n\nOSLO, 3 March 2026 -- {clause}.\n")
    days = {v for d in _events(draft).values() for v in d}
    assert want in days and not {d for d in days if d.startswith("2026")}, _events(draft)


def test_a_plan_or_a_mood_in_the_past_keeps_the_month_ahead(snapshot_kg):
    draft = _draft(snapshot_kg, "Recyclers\n\nOSLO, 3 March 2026 -- The Tin Recycling Alliance said "
                                "it would meet in May. The Zinc Council planned a meeting in June.\n")
    days = {v for d in _events(draft).values() for v in d}
    assert not {d for d in days if d.startswith("2025")}, _events(draft)


# --- 7. a document's head word inside a company's name ----------------------------------------------
def test_a_document_s_head_word_inside_a_longer_name_makes_no_document(snapshot_kg):
    """"Ingrid Holm founded Nordic Circular Metals in 2011": a Notice "Nordic Circular" issued
    in 2011 (names/candidates ended a name at the head word "Circular" though the name went on
    with a capitalised word); "the Zinc Circular of 2019" or "a Notice On X" are untouched."""
    draft = _draft(snapshot_kg, "Recyclers\n\nOSLO, 3 March 2026 -- Ingrid Holm founded Nordic "
                                "Circular Metals in 2011.\n")
    assert not [x for x in _labels(draft) if x == "Nordic Circular"], _labels(draft)
    assert not _new(draft, "Notice"), _new(draft, "Notice")


# --- 8. a step still to come dated by the lead's day of the past -----------------------------------
def test_a_step_its_sentence_sets_ahead_takes_no_day_from_the_lead(snapshot_kg):
    """"... signed a licence ... on 27 July ... . Trial production on the line is expected to
    begin by June 2027.": the trial production started on 27 July 2026 (events/lead_dates gave
    the one undated event the lead's day, though its own sentence says it is still to come)."""
    draft = _draft(snapshot_kg, "Strip maker signs licence\n\nHANGZHOU, 30 July 2026 -- Haining "
                                "Brightstrip Alloy Co., Ltd. signed a licence for a copper alloy "
                                "rolling process with a research institute in Beijing on 27 July, "
                                "paying 40 million yuan for the know-how and for help in setting "
                                "up the line.\n\nThe line will be built at its plant in Haining. "
                                "Trial production on the line is expected to begin by June 2027.\n")
    bad = {k: v for k, v in _events(draft).items() if "rial production" in k and "2026-07-27" in v}
    assert not bad, _events(draft)


# --- 9. a relative pronoun read as the thing a step completes -------------------------------------
def test_a_relative_pronoun_is_no_thing_a_step_completes(snapshot_kg):
    """"ordered a review of fatigue rules, which will be completed by 30 September": a Milestone
    "Completion of which will be" (events/event_labels.curator_label took the words before
    the verb, "which will be", for its subject: "will be" was no passive to it)."""
    draft = _draft(snapshot_kg, "Safety bulletin\n\nOn the night shift a haul truck reversed into "
                                "a light vehicle at the Moolart gold mine. Operations manager "
                                "Kylie Burns ordered a review of fatigue rules, which will be "
                                "completed by 30 September.\n")
    labels = _labels(draft)
    assert not [x for x in labels if "which" in x.split()], labels


# --- 10. left as faults (strict xfail) -------------------------------------------------------------
@fault("events/verb_happenings: a participle after its noun ('wheels sold between March and June "
       "2026') is taken for the clause's verb; its dates become the recall's, and the label is the "
       "main clause's; the clause's own verb is a progressive ('is recalling'), which _verb does "
       "not read. Not fixed: the clause reader picks the first past form, and telling a reduced "
       "relative from a main verb needs the clause's finite verb, which it does not track")
def test_a_participle_s_dates_are_not_the_main_clause_s(snapshot_kg):
    draft = _draft(snapshot_kg, "Recall notice\n\nMelbourne, 4 August 2026\n\nGippsland Alloy Rims "
                                "Pty Ltd is recalling 1,800 aluminium rims sold between March and "
                                "June 2026 after tests found porosity in one batch.\n")
    bad = {k: v for k, v in _events(draft).items() if "recalling" in k and v & {"2026-03", "2026-06"}}
    assert not bad, _events(draft)


@fault("knowledge/word_senses._in_name_run keeps a metal word printed as a word of a proper name "
       "('Mercury Energy, the power retailer', 'Nickel West was put on care') for the name "
       "rules to decide, and no rule mints the name (no head word), so the metal stays linked "
       "with no other mention. Not fixed: the same keep gives 'Zijin Gold Mining' its metal "
       "through names/words_of_names; dropping it needs the name's reading first")
def test_a_metal_word_of_an_unminted_name_is_no_mention_of_the_metal(snapshot_kg):
    draft = _draft(snapshot_kg, "Power prices\n\nWELLINGTON, 12 May 2026 -- Mercury Energy, the "
                                "power retailer, was fined on Monday. Nickel West was put on "
                                "care and maintenance last year.\n")
    linked = {e.label for e in draft.known()}
    assert not {"Mercury", "Nickel"} & linked, linked


def test_a_minutes_held_field_is_no_event_named_held(snapshot_kg):
    """"Held: 14 February 2026, 10:00, Adelaide" atop a board's minutes was an Event labelled
    "Held" (events/schedule_lines read the field as a step of a schedule): the day of the
    meeting the minutes record, the text's own furniture (data/schedule-not-steps.txt)."""
    draft = _draft(snapshot_kg, "Minutes of the board meeting of Saltbush Zinc Ltd\n\nHeld: 14 "
                                "February 2026, 10:00, Adelaide\nPresent: J. Walsh (Chair), M. Ng\n\n"
                                "1. The board approved the purchase of a second ball mill.\n")
    assert "Held" not in _labels(draft), _labels(draft)
