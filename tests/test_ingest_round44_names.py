"""Round 44, new names and links: companies of any trade named without their legal form in
news ("Tianrong Motors said", "shares of Hualing Chemicals"), and a country's possessive before
a name the graph knows ("China's 14th Five-Year Plan": the known plan, not a new one); on short
texts written for this file (invented companies and places)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round44-names"):
    return draft_of(kg, text, doc_id, "round44.txt")


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


# --- 1. a company of any trade, named by its trade word and a cue --------------------------------
_WIRE = ("SHENZHEN, May 6 -- Tianrong Motors said on Tuesday it would buy more magnesium "
         "wheels next year. Shares of Hualing Chemicals rose 4% after the news, while "
         "Qiaobei Electronics fell 1%. Kunhai Energy and Sanhe Steel signed a power deal.\n")


def test_companies_of_other_trades_are_drafted(snapshot_kg):
    """A trade word of any industry ends a company's name when an actor's word follows (said,
    rose, fell, signed) or "shares of" comes before: each is a company, named as printed."""
    got = new_labels(_draft(snapshot_kg, _WIRE), "Company")
    for name in ("Tianrong Motors", "Hualing Chemicals", "Qiaobei Electronics", "Kunhai Energy",
                 "Sanhe Steel"):
        assert name in got, (name, got)


_PLAIN = ("The plant uses green energy said to come from the hills. Solar Energy rose as a topic "
          "at the fair, and the Hengde Motors Co., Ltd. booth drew crowds.\n")


def test_a_trade_word_without_a_name_is_no_company(snapshot_kg):
    """Lower-case words ("green energy said"), a trade word after a field's word only ("Solar
    Energy rose"), and a name that goes on to its legal form are not read as such companies."""
    got = new_labels(_draft(snapshot_kg, _PLAIN), "Company")
    assert not any(g.lower() in ("green energy", "energy", "solar energy", "hengde motors")
                   for g in got), got


# --- 2. a country's possessive before a known name -----------------------------------------------
_PLAN = ("Hefei, March 3 -- The Luheng group will build a rolling line under China's 14th "
         "Five-Year Plan, and a second one under Anhui's 14th Five-Year Plan for industry.\n")


def test_a_country_s_possessive_before_a_known_plan_links_the_plan(snapshot_kg):
    """"China's 14th Five-Year Plan" is the known national plan (and China), not a new plan
    named with the possessive; the province's plan stays a new plan of its own."""
    draft = _draft(snapshot_kg, _PLAN)
    linked = _linked(draft)
    assert "14th-five-year-plan" in linked and "china" in linked, linked
    got = new_labels(draft)
    assert not any(g.startswith("China") for g in got), got
    assert "Anhui's 14th Five-Year Plan" in got, got


# --- 3. codes, conventions and acts: bodies of law --------------------------------------------
_LAWS = ("Under the Civil Code of the republic, the buyer may claim damages, and an award "
         "made in Geneva is enforced under the New York Convention. The Mining Code and the "
         "Export Control Act set the licences.\n\n"
         "Stock Code: 600777          Stock abbreviation: Lanfeng Alloy\n"
         "Scan the QR Code on the box; the HS Code 8104 covers it.\n")


def test_codes_conventions_and_acts_are_documents(snapshot_kg):
    """A capitalised name ending in "Code", "Convention" or "Act" is a body of law the text
    invokes: proposed as a policy, named as printed."""
    draft = _draft(snapshot_kg, _LAWS)
    got = new_labels(draft, "Policy")
    for name in ("Civil Code", "New York Convention", "Mining Code", "Export Control Act"):
        assert name in got, (name, got)


def test_an_identifier_s_code_is_no_law(snapshot_kg):
    """"Stock Code: 600777", "QR Code", "HS Code 8104": the label of an identifier (a listed
    word before it, capitals, a number or a colon after it), not a body of law."""
    got = new_labels(_draft(snapshot_kg, _LAWS))
    assert not any(g.endswith("Code") and g not in ("Civil Code", "Mining Code") for g in got), got


_CITED = ("The court holds that the buyer breached the contract. Under Articles 509, 577 and 626 "
          "of the Civil Code\nof the Republic of Veloria, the court rules that it shall pay.\n")


def test_the_articles_cited_are_no_words_of_the_code_s_name(snapshot_kg):
    """"Articles 509, 577 and 626 of the Civil Code of X": the code of X is named from "Civil",
    not from the article numbers."""
    got = new_labels(_draft(snapshot_kg, _CITED), "Policy")
    assert "Civil Code of the Republic of Veloria" in got, got
    assert not any(g[:1].isdigit() for g in got), got


_SALE = ("Hexi Alloy sold 40 tonnes of titanium ingots to the buyer under the Civil Code, and the "
         "Export Control Act applies to the magnesium powder it ships to Vietnam.\n")


def test_a_cited_law_concerns_no_metal_or_place_of_its_sentence(snapshot_kg):
    """A code or act cited in a sentence is not about the metals of that sentence, nor paired
    with its places and bodies by their co-occurrence (what the act says it applies to stays)."""
    draft = _draft(snapshot_kg, _SALE)
    for e in draft.new():
        if e.label in ("Civil Code", "Export Control Act"):
            objs = {str(p).rsplit("#", 1)[-1] for p, o, _, _ in e.statements}
            assert "concernsMetal" not in objs, (e.label, objs)
    civil = [e for e in draft.new() if e.label == "Civil Code"]
    assert civil and not civil[0].statements, [(e.label, e.statements) for e in civil]


# --- 4. places joined by hyphens before a noun ------------------------------------------------
_FAIR = ("The Shaanxi-Gansu titanium expo opened in Baoji on Friday, a week after the "
         "Guangdong-Hong Kong-Macao craft fair. A Sino-Veloria alloy forum and a Belt-and-Road "
         "seminar followed.\n")


def test_each_listed_place_of_a_hyphened_run_is_a_place(snapshot_kg):
    """"the Shaanxi-Gansu titanium expo", "the Guangdong-Hong Kong-Macao craft fair": each
    listed province of the run is a place, the graph's ones linked as before."""
    draft = _draft(snapshot_kg, _FAIR)
    got = new_labels(draft)
    linked = _linked(draft)
    assert any(g.startswith("Gansu") for g in got), got
    assert "Macao" in got, got
    assert "shaanxi" in linked and "guangdong" in linked, linked


def test_a_run_with_a_part_that_is_no_place_names_none(snapshot_kg):
    """"Sino-Veloria", "Belt-and-Road": a run whose parts are not all listed places names none."""
    got = new_labels(_draft(snapshot_kg, _FAIR))
    assert not any(g in ("Sino", "Veloria", "Belt", "Road") for g in got), got


# --- 5. a company named by its trade word is the same company where its name recurs -----------
_RECUR = ("Hongfeng Technology held a launch for its new die-casting cell in Ningbo on Monday. "
          "The cell embodies Hongfeng Technology's plan to cut scrap by a third.\n")


def test_a_trade_named_company_is_every_mention_of_its_name(snapshot_kg):
    """Read by its possessive in the second sentence, the company is also the subject of the
    first: one company with both mentions."""
    draft = _draft(snapshot_kg, _RECUR)
    ents = [e for e in draft.new() if e.label == "Hongfeng Technology"]
    assert len(ents) == 1, [e.label for e in draft.new()]
    assert len(ents[0].mentions) == 2, ents[0].mentions
