"""`kg ingest` attacked a fifty-sixth time (round 55), with short texts written for this file in
genres the project had not read: a trade fair's stand list, a thesis's title page, a canteen's
recipe, a works league's table, a ship's manifest, a shutdown notice over the new year and an
obituary. An entry's code opening a catalogue's line ("B202  X Ltd.  Freight"), a form's line
whose value is a person over a school's name, a tin of beans, a team named after a known
company, a field's label read as an event, a date range over the new year and a death's place.
A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones
guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile56-x"):
    return draft_of(kg, text, doc_id, "hostile56.txt")


def _linked(draft) -> set:
    """The labels of the known entities the draft links."""
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a trade fair's stand list: one entry a line, its code first ------------------------
_STANDS = ("Exhibitor list\n\nHall A\nA101  Kestrel Copper Foil Co., Ltd.  Copper foil and strip\n"
           "A102  Marlow Battery Recycling Co., Ltd.  Secondary lead\n"
           "A103  Ridgeway Magnesium Co., Ltd.  Alumina\n"
           "B204  Hollin Freight Ltd.  Freight forwarding\n")


def test_a_stands_code_is_no_word_of_the_exhibitors_name(snapshot_kg):
    """"Hall A" over "A101  Kestrel ..." and "Alumina" over "B204  Hollin Freight Ltd.": the
    heading and the cell above ran on into the name ("Alumina B204 Hollin Freight Ltd.")."""
    draft = _draft(snapshot_kg, _STANDS)
    assert {"Kestrel Copper Foil Co., Ltd.", "Hollin Freight Ltd."} <= _new(draft, "Company"), \
        _new(draft)
    assert not {x for x in _new(draft) if "A101" in x or "B204" in x or x.startswith("Hall")}, \
        _new(draft)


def test_an_entrys_line_takes_no_metal_of_the_line_above(snapshot_kg):
    """The lines were one sentence: the battery recycler "concerned" copper from the foil
    maker's line, the magnesium maker lead from the recycler's."""
    draft = _draft(snapshot_kg, _STANDS)
    metals = _values(draft, "concernsMetal")
    assert not {(s, o) for s, o in metals if s.startswith("Marlow") and o.endswith("copper")}, \
        metals
    assert not {(s, o) for s, o in metals if s.startswith("Ridgeway") and o.endswith("lead")}, \
        metals


def test_a_name_wrapped_in_prose_before_a_figure_still_runs_on(snapshot_kg):
    """The guard: a line of prose that ends inside a name goes on whatever the next line holds
    ("... with Kestrel Copper" over "Foil Co., Ltd. on Monday")."""
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Hollin Freight Ltd. signed a "
                                "two-year shipping contract with Kestrel Copper\nFoil Co., Ltd. "
                                "on Monday.\n")
    assert "Kestrel Copper Foil Co., Ltd." in _new(draft, "Company"), _new(draft)


# --- 2. a thesis's title page ------------------------------------------------------------------
_THESIS = ("Abstract\n\nTitle: Pressure Leaching of Low-Grade Cobalt Ores\nCandidate: Zhou Peng\n"
           "Supervisor: Professor Li Baotou\nCentral South University\nChangsha, June 2029\n\n"
           "This thesis studies leaching in sulphuric acid at 95 degrees.\n")


def test_a_supervisors_line_is_no_word_of_the_university_under_it(snapshot_kg):
    """"Supervisor: Professor Li Baotou" over "Central South University": one university
    "Professor Li Baotou Central South University" was drafted, no person."""
    draft = _draft(snapshot_kg, _THESIS)
    assert "Li Baotou" in _new(draft, "Person"), _new(draft)
    assert "Central South University" in _new(draft) | _linked(draft), _new(draft)
    assert not {x for x in _new(draft) if "Baotou Central" in x}, _new(draft)


def test_a_companys_name_wrapped_in_a_field_still_runs_on(snapshot_kg):
    """The guard: a field's value that is no person's name goes on onto the next line
    ("Buyer: Golden Crane New" over "Materials Co., Ltd.")."""
    draft = _draft(snapshot_kg, "Contract\n\nBuyer: Golden Crane New\nMaterials Co., Ltd.\n"
                                "Seller: Hollin Freight Ltd.\n\nThe contract was signed on 3 "
                                "May 2029.\n")
    assert "Golden Crane New Materials Co., Ltd." in _new(draft, "Company"), _new(draft)


# --- 3. a canteen's recipe ---------------------------------------------------------------------
def test_a_tin_of_beans_is_no_mention_of_tin(snapshot_kg):
    """"1 tin of bamboo shoots" in a smelter canteen's recipe linked the metal."""
    draft = _draft(snapshot_kg, "Dumplings from the smelter canteen\n\nIngredients:\n- 500 g "
                                "flour\n- 1 tin of bamboo shoots\n- two tins of beans\n\nThe cook "
                                "has made them since 2019.\n")
    assert "Tin" not in _linked(draft), _linked(draft)


def test_a_tonne_of_tin_is_still_the_metal(snapshot_kg):
    """The guard: the metal counted by weight, or with a noun of its trade, is the metal."""
    draft = _draft(snapshot_kg, "Market\n\nKUNMING, 6 March 2029 -- A tonne of tin sold for RMB "
                                "250,000 as tin output fell.\n")
    assert "Tin" in _linked(draft), _linked(draft)


# --- 4. a works league's table -----------------------------------------------------------------
@fault("a team named after a known company and a word ('Aluminum Corporation of China Eagles' "
       "in a league's table) is cut into a company 'Aluminum Corporation' and 'China Eagles'")
def test_a_team_named_after_a_company_is_not_cut_in_two(snapshot_kg):
    draft = _draft(snapshot_kg, "Works Basketball League 2029\n\n| Pos | Team | P | W | Pts |\n"
                                "|---|---|---|---|---|\n| 1 | Zijin Miners | 9 | 8 | 17 |\n"
                                "| 2 | Aluminum Corporation of China Eagles | 9 | 5 | 14 |\n")
    assert "Aluminum Corporation" not in _new(draft), _new(draft)


# --- 5. a fair's dates line, a ship's manifest ----------------------------------------------------
def test_a_fields_label_is_no_exhibitions_name(snapshot_kg):
    """"Fair dates:" under a title naming the fair dates the fair (events/whole_fields, round
    56: a titled event's head before "dates"; the title's part that names it)."""
    draft = _draft(snapshot_kg, "Metals Fair 2029 - Exhibitor Catalogue\n\nFair dates: 28-30 "
                                "October 2029, Shanghai New International Expo Centre\n")
    assert "Fair dates" not in _new(draft), _new(draft)


def test_a_manifests_arrival_after_the_new_year_is_next_years(snapshot_kg):
    """The guard: "ETD: 29 December 2029" over "ETA: 14 January": the arrival in 2030."""
    draft = _draft(snapshot_kg, "CARGO MANIFEST\n\nVessel: MV Grey Heron\nPort of loading: Port "
                                "Hedland\nPort of discharge: Lianyungang\nETD: 29 December 2029\n"
                                "ETA: 14 January\n")
    days = {v for d in label_dates(draft, "").values() for v in d.values()}
    assert "2030-01-14" in days and not {d for d in days if d.startswith("2029-01")}, days


def test_a_shutdown_over_the_new_year_ends_in_the_next_year(snapshot_kg):
    """The guard: "from 28 December to 6 January" under a December dateline."""
    draft = _draft(snapshot_kg, "Maintenance\n\nKUNMING, 20 December 2029 -- Yunnan Tin Company "
                                "will shut its Gejiu smelter for maintenance from 28 December to "
                                "6 January.\n")
    dates = [v for v in label_dates(draft, "").values() if "endDate" in v]
    assert dates and all(v["endDate"] == "2030-01-06" for v in dates), dates


# --- 6. an obituary --------------------------------------------------------------------------------
def test_a_death_is_where_died_in_says(snapshot_kg):
    """The aside that tells a person's story (", a metallurgist who ...,") gives no place to
    the event (relations/node_context with events/date_cues.person_asides, round 56)."""
    draft = _draft(snapshot_kg, "Obituary\n\nProfessor Zhang Jiangxi, a metallurgist who spent "
                                "forty years at the Baiyin smelter, died in Lanzhou on 3 March "
                                "2029.\n")
    places = {o for s, o in _values(draft, "heldIn") if "Death" in s}
    assert places == {"Lanzhou"}, _values(draft, "heldIn")


# --- 7. the review page ------------------------------------------------------------------------
def test_a_stand_list_with_markup_reaches_the_page_escaped(run, tmp_path):
    art = tmp_path / "stands <b>.txt"
    art.write_text("Exhibitor list\n\nA101  Kestrel <b>Copper</b> Foil Co., Ltd.  <script>x()"
                   "</script>\nB204  Hollin & Freight Ltd.  \"<img src=x>\"\n", encoding="utf-8")
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    r = run("ingest", art, "--id", "h56-a", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>x" not in html and "<img" not in html and "<b>Copper" not in html


# --- 8. linear time --------------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"Hall {chr(65 + i % 26)}\nA{i}  Kestrel{i} Copper Foil Co., Ltd.  Alumina\n"
                   f"B{i}  Hollin{i} Freight Ltd.  Freight\n\nSupervisor: Professor Li Baotou\n"
                   f"Central South University\n- 1 tin of bamboo shoots\n\n" for i in range(n))
    return "Digest\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a deal.\n\n" + rows


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 55",
                       quarter=_repeated(250))
    assert "Hollin7 Freight Ltd." in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith(("Alumina", "Hall", "Professor"))}


# --- 9. a file's number after a site's head ---------------------------------------------------
def test_a_files_number_after_claim_is_no_site_but_a_block_is(snapshot_kg):
    """"Claim No. CL-2029-0417" (a year between the code's parts: a file's number) is no mining
    claim; "Block TC-7" in the same notice is still a site."""
    draft = _draft(snapshot_kg, "Notice\n\nClaim No. CL-2029-0417 was settled. Kestrel Zinc Ltd "
                                "won Block TC-7 at the auction on 3 May 2029.\n")
    assert not {x for x in _new(draft) if x.startswith("Claim")}, _new(draft)
    assert "Block TC-7" in _new(draft, "Site"), _new(draft)
