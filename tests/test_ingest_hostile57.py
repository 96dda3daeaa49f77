"""`kg ingest` attacked a fifty-seventh time (round 56), with short texts written for this file in
genres the project had not read: an invitation to tender in lots, a court's enforcement notice,
a research note's byline, an obituary, a fair's catalogue, a board's news, a trade fair's table
and a pasted console log. A tender's "Lot 2" read as a plot of land (a package of the
purchase; not fixed), a company's bracketed short form ("X (HK) Trading Co., Ltd.") that cut its name in
two, a metal word in a job's title or its holder's name, a person's story told in an aside that gave a death its place, a field's label
("Fair dates") read as an exhibition, a person whose given name is a city's, and a table cell of
two products. A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the
fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, posts, values as _values


def _draft(kg, text: str, doc_id: str = "hostile57-x"):
    return draft_of(kg, text, doc_id, "hostile57.txt")


def _linked(draft) -> set:
    """The labels of the known entities the draft links."""
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. an invitation to tender in lots -----------------------------------------------------------
_TENDER = ("Invitation to Tender\n\nTender No. YT-29-004\nLot 1: Copper cathode, 500 t\nLot 2: Zinc "
           "ingot, 300 t\nLot 3: Freight from Kunming to Fangchenggang\n\nBuyer: Yunnan Tin Company "
           "Limited\nDeadline for bids: 15 March 2029\nOpening of bids: 16 March 2029, Room 3, "
           "Kunming\n")


@fault("a tender's 'Lot 1: Copper cathode, 500 t' is a site 'Lot 1' (names/coded_sites reads "
       "'Lot' as a plot of land); the gold makes such lots projects (packages of the purchase), "
       "but minted as projects (tried in round 56) they drew wrong context relations "
       "(locatedIn the buyer's city, participant a price agency): dev relation precision "
       "0.531 -> 0.508 on one set, so the projects need those relation rules to know a package")
def test_a_tenders_lots_are_no_sites(snapshot_kg):
    draft = _draft(snapshot_kg, _TENDER)
    assert not {x for x in _new(draft, "Site") if x.startswith("Lot")}, _new(draft)


def test_a_lot_of_land_in_a_judicial_sale_is_still_a_site(snapshot_kg):
    """The guard: a court's sale of "Lot 7 of the X tailings site, 12 hectares" (no tender):
    a site, whatever a fix of the tender's lots does."""
    draft = _draft(snapshot_kg, "Judicial sale\n\nGANZHOU, 3 March 2029 -- The court will auction "
                                "Lot 7 of the Dabaoshan tailings site, 12 hectares, on 20 March "
                                "2029.\n")
    assert "Lot 7" in _new(draft, "Site"), _new(draft)


def test_a_tenders_opening_day_is_not_its_issue_day(snapshot_kg):
    """The day a tender's bids are opened ('Opening of bids: 16 March 2029, Room 3, Kunming', its
    last line) was read as the document's own date (round 56: reading/dates.other_day_key
    refuses an "Opening" key, as it does "Deadline", "Next" and "Valid")."""
    draft = _draft(snapshot_kg, _TENDER)
    issued = {o for s, o in _values(draft, "dateIssued") if s == "Invitation to Tender"}
    assert "2029-03-16" not in issued, issued


# --- 2. a court's enforcement notice: a company's bracketed short form -----------------------------
def test_a_companys_bracketed_short_form_keeps_its_name_whole(snapshot_kg):
    """"Harbour Star (HK) Trading Co., Ltd." was drafted as a company "Trading Co., Ltd.": a
    bracket of capitals inside a company's name (a place's short form) cut it."""
    draft = _draft(snapshot_kg, "Enforcement Notice\n\nCase No.: (2029) Gan 07 Zhi 113\nApplicant: "
                                "Harbour Star (HK) Trading Co., Ltd.\nRespondent: Fenglin Tungsten "
                                "(H.K.) Limited\n\nThe court will auction 120 tonnes of tungsten "
                                "on 20 April 2029.\n")
    companies = _new(draft, "Company")
    assert {"Harbour Star (HK) Trading Co., Ltd.", "Fenglin Tungsten (H.K.) Limited"} <= \
        companies, companies
    assert "Trading Co., Ltd." not in companies and "Limited" not in companies, companies


def test_a_bracketed_place_in_a_companys_name_is_still_whole(snapshot_kg):
    """The guard: "Kestrel Zinc (Australia) Pty Ltd", as before."""
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc (Australia) Pty Ltd "
                                "signed a deal with Harbour Star (Shanghai) Trading Co., Ltd.\n")
    assert {"Kestrel Zinc (Australia) Pty Ltd", "Harbour Star (Shanghai) Trading Co., Ltd."} <= \
        _new(draft, "Company"), _new(draft)


# --- 3. a research note's byline: a metal word in a job or a name ----------------------------------
def test_a_job_title_and_its_holder_are_no_mention_of_metals(snapshot_kg):
    """"Senior Lead Researcher: Mark Tin" linked lead (a word of the job) and tin (the
    researcher's surname; "Mark" is no given name the drafter knows)."""
    draft = _draft(snapshot_kg, "Research note\n\nSenior Lead Researcher: Mark Tin\nAuthor: Anna "
                                "Silver\n\nCopper prices rose 3% in March 2029.\n")
    assert not {"Lead", "Tin", "Silver"} & _linked(draft), _linked(draft)
    assert "Copper" in _linked(draft), _linked(draft)


def test_a_products_field_still_names_its_metal(snapshot_kg):
    """The guard: a field whose key is no person's ("Product: Refined Tin") and a metal before
    a trade's noun ("Lead output")."""
    draft = _draft(snapshot_kg, "Research note\n\nProduct: Refined Tin\n\nLead output rose 4% in "
                                "March 2029.\n")
    assert {"Tin", "Lead"} <= _linked(draft), _linked(draft)


# --- 4. an obituary: a person's story told in an aside ---------------------------------------------
def test_a_death_is_where_died_in_says_not_in_the_aside(snapshot_kg):
    """"X, a metallurgist who spent forty years at the Baiyin smelter, died in Lanzhou": the
    aside's place is the person's story, not the place of the death."""
    draft = _draft(snapshot_kg, "Obituary\n\nEngineer Wang Shaoguan, a refiner who worked for "
                                "thirty years at the Jinchuan nickel plant in Jinchang, died in "
                                "Lanzhou on 9 May 2029.\n")
    places = {o for s, o in _values(draft, "heldIn") if "Death" in s}
    assert places == {"Lanzhou"}, _values(draft, "heldIn")


def test_a_forums_aside_still_gives_its_place(snapshot_kg):
    """The guard: an aside of the event itself (", which opened in Kunming on 3 May") gives its
    place."""
    draft = _draft(snapshot_kg, "Forum\n\nKUNMING, 4 May 2029 -- The Tin Industry Forum, which "
                                "opened in Kunming on 3 May 2029, drew 300 delegates.\n")
    assert ("Tin Industry Forum", "Kunming") in _values(draft, "heldIn"), _values(draft, "heldIn")


# --- 5. a fair's catalogue ----------------------------------------------------------------------
def test_a_fairs_dates_field_dates_the_fair_the_title_names(snapshot_kg):
    """"Expo dates: 12-14 June 2029" under "Pacific Light Metals Expo 2029 | Visitor Guide": the
    dates of the expo the title names, no exhibition "Expo dates"."""
    draft = _draft(snapshot_kg, "Pacific Light Metals Expo 2029 | Visitor Guide\n\nExpo dates: "
                                "12-14 June 2029\nVenue: Chongqing International Expo Center\n")
    assert not {x for x in _new(draft) if x.startswith("Expo dates")}, _new(draft)
    dates = label_dates(draft, "Pacific Light Metals Expo 2029")
    assert {"startDate": "2029-06-12", "endDate": "2029-06-14"} in dates.values(), dates


# --- 6. a board's news: a person whose given name is a city's -------------------------------------
@fault("a given name that is also a city's ('Paris Wang', 'Sydney Chen'): names/given_names "
       "leaves such names out on purpose, and no person is drafted for the officer named")
def test_a_person_named_like_a_city_is_a_person(snapshot_kg):
    draft = _draft(snapshot_kg, "Board changes\n\nKestrel Zinc Ltd named Paris Wang its chief "
                                "financial officer on 3 May 2029.\n")
    assert "Paris Wang" in _new(draft, "Person"), _new(draft)


def test_named_as_its_officer_gives_the_post(snapshot_kg):
    """'X named Wang Lei its chief financial officer': the post was not read from 'named A its
    <role>' (round 57: relations/appointments reads the possessive between the name and the
    role, the subject's, as it read 'named A chief financial officer'; hostile58)."""
    draft = _draft(snapshot_kg, "Board changes\n\nKestrel Zinc Ltd named Wang Lei its chief "
                                "financial officer on 3 May 2029.\n")
    assert any(p[0] == "Wang Lei" and p[2] == "Kestrel Zinc Ltd" for p in posts(draft)), \
        posts(draft)


# --- 7. a trade fair's table ---------------------------------------------------------------------
def test_a_cell_of_two_products_is_no_product_of_both(snapshot_kg):
    """"| Cathode; wire rod |" in an exhibitor's products column was one product "Cathode; wire
    rod": a cell that lists products is no one product's name (names/product_columns)."""
    draft = _draft(snapshot_kg, "Trade Fair Catalogue\n\n| Stand | Exhibitor | Products |\n"
                                "|---|---|---|\n| C12 | Kestrel Copper Foil Co., Ltd. | Copper "
                                "foil |\n| C13 | Hollin Copper Rod Co., Ltd. | Cathode; wire rod "
                                "|\n")
    assert not {x for x in _new(draft) if ";" in x}, _new(draft)
    assert "Copper foil" in _new(draft, "Product"), _new(draft)


# --- 8. the review page and the command --------------------------------------------------------
def test_a_console_log_pasted_into_a_notice_reaches_the_page_escaped(run, tmp_path):
    art = tmp_path / "notice \x1b.txt"
    art.write_text("Enforcement Notice\n\nApplicant: Harbour\x1b[31m Star</script><script>alert(1)"
                   "</script> (HK) Trading Co., Ltd.\x07\nRespondent: Fenglin &amp; Tungsten "
                   "Co., Ltd. \x08\n\nThe court will auction tungsten on 20 April 2029 at "
                   "\u202eGanzhou.\n", encoding="utf-8")
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    r = run("ingest", art, "--id", "h57-a", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "\x1b" not in html and "\x07" not in html


# --- 9. linear time --------------------------------------------------------------------------------
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _tag(i: int) -> str:
    """A name's fixed-width word of letters for the i-th repeat (no digits: no year)."""
    return (_LETTERS[i // 676 % 26] + _LETTERS[i // 26 % 26] + _LETTERS[i % 26]).capitalize()


def _repeated(n: int) -> str:
    rows = "".join(f"Lot {i:03d}: Copper cathode, {_tag(i)}wick Tin (HK) Trading Co., Ltd.\n"
                   f"Senior Lead Researcher: Mark Tin\nExpo dates: 12-14 June 2029\n"
                   f"Engineer Wang {_tag(i)}, a refiner who worked at the Jinchuan plant in "
                   f"Jinchang, died in Lanzhou on 9 May 2029.\n\n" for i in range(n))
    return "Pacific Light Metals Expo 2029 | Bid Book\n\nThe bids open on 2 May 2029.\n\n" + rows


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 56",
                       quarter=_repeated(250))
    assert "Abcwick Tin (HK) Trading Co., Ltd." in _new(draft, "Company"), _new(draft, "Company")
    assert not {x for x in _new(draft) if x.startswith("Trading Co")}
