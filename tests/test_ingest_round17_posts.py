"""`kg ingest` round 17, posts and people: who holds which post where when the text names the
person far from the organisation. Short articles written for these tests (own words; invented
companies, people, places and figures; other metals and countries).

* titles before names in a list after a sentence about a company ("X Ltd. held its results
  call ... Managing director A, chief financial officer B and company secretary C answered
  questions"): posts in the company the sentences before are about (their subject), not in an
  organisation named later in a sentence ("a loan from the Y branch of Z Bank", "Its largest
  shareholder, W, ...") (relations/posts_without_body.subject_body, titled_posts.py);
  not a title with no such subject in the sentences before, nor a head of state's."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ORG_NS = "http://www.w3.org/ns/org#"


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r17po") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _posts(draft):
    """{(person label, organisation label)} of the draft's posts."""
    out = set()
    ents = draft.entities
    for e in ents.values():
        if e.cls != NFO.Post:
            continue
        held = [o for p, o, *_ in e.statements if str(p) == ORG_NS + "heldBy"]
        where = [o for p, o, *_ in e.statements if str(p) == ORG_NS + "postIn"]
        for h in held:
            for w in where:
                if h in ents and w in ents:
                    out.add((ents[h].label, ents[w].label))
    return out


def _post_of(draft, person):
    return {o for p, o in _posts(draft) if p == person}


@pytest.fixture(scope="module")
def results_call(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-results-call", (
        "Kalgoorlie tin miner lifts output\n\n"
        "Perth-listed Marvel Loch Tin Mining Ltd. held its half-year results call on Tuesday\n"
        "evening. Managing director Ian Thorburn, chief financial officer Priya Raman and\n"
        "company secretary Dale Whitcombe answered questions from about 40 analysts.\n\n"
        "Revenue rose 12 percent to 210 million dollars. Its largest shareholder, Koolyanobbing\n"
        "Resources Ltd., owns 38 percent of the shares.\n\n"
        "Chief operating officer Megan Forsyth told analysts the new concentrator would start\n"
        "in March. The company also drew a loan from the Perth branch of Swan Merchant Bank Ltd.\n"
        "\n"
        "General counsel Colin Baird said the loan would be repaid by 2029.\n"))


def test_titles_listed_after_a_company_subject_are_its_posts(results_call):
    posts = _posts(results_call)
    for person in ("Ian Thorburn", "Priya Raman", "Dale Whitcombe"):
        assert (person, "Marvel Loch Tin Mining Ltd.") in posts, posts


def test_the_subject_not_the_last_organisation_named(results_call):
    # the paragraph before names the shareholder last; the report is about the miner
    assert _post_of(results_call, "Megan Forsyth") == {"Marvel Loch Tin Mining Ltd."}
    # "The company also drew a loan from ... Swan Merchant Bank": the company is the subject
    assert _post_of(results_call, "Colin Baird") == {"Marvel Loch Tin Mining Ltd."}


@pytest.fixture(scope="module")
def no_subject(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-no-subject", (
        "Zinc prices climb on supply worries\n\n"
        "Zinc rose 2 percent on Monday. Traders cited lower exports from Peru, where Andes\n"
        "Zinc Refining S.A. cut output in May.\n\n"
        "Prices later eased. Stocks in warehouses fell for a fourth week. Buyers in Europe\n"
        "stayed cautious. Freight rates held steady. Spreads narrowed. Volumes were thin.\n"
        "Options activity was light. Funds trimmed long positions. The dollar firmed.\n\n"
        "Chairman Rolf Sandvik said demand would recover next year.\n\n"
        "President Luis Arce visited the refinery on Friday.\n"))


def test_a_title_with_no_company_subject_before_gets_no_post(no_subject):
    # Andes Zinc Refining is named in a subordinate clause, nine sentences before
    assert _post_of(no_subject, "Rolf Sandvik") == set()
    assert _post_of(no_subject, "Luis Arce") == set()


@pytest.fixture(scope="module")
def city_briefing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-city-briefing", (
        "Hezhou lifts flood alert at tin mines\n\n"
        "The Hezhou Municipal People's Government held a press conference on Monday on the\n"
        "reopening of 14 tin mines closed by floods in June.\n\n"
        "Mayor Qin Guoliang said the last pumping station had been repaired. Vice mayor\n"
        "Wei Shufen told reporters that inspections would go on until October.\n"))


def test_a_mayor_is_of_the_city_government_though_an_event_is_named_after_it(city_briefing):
    # "Press conference of the Hezhou Municipal People's Government" is an event, no second
    # government of the city's level
    gov = "Hezhou Municipal People's Government"
    assert _post_of(city_briefing, "Qin Guoliang") == {gov}
    assert _post_of(city_briefing, "Wei Shufen") == {gov}


@pytest.fixture(scope="module")
def transcript(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-transcript", (
        "Andean Silver Mining Ltd. answers questions on its first-half results\n\n"
        "Andean Silver Mining Ltd. held its results call on Wednesday. Chief executive officer\n"
        "Hugo Salinas answered questions.\n\n"
        "Q: Martina Kessler, Helvetia Securities: When will the new mill reach full rate?\n"
        "A: Hugo Salinas: By the end of next year.\n\n"
        "Question from Rahul Menon, Konkan Capital Partners Ltd.: How are costs moving?\n\n"
        "Panel at the Lima silver seminar: Lucia Ferreyra, Peruvian Geological Institute;\n"
        "Owen Pryce, Cardigan Bay Futures Ltd.\n\n"
        "The deal was signed by Julia Barros, Arequipa Smelting S.A. and Puno Zinc Ltd. on\n"
        "Monday.\n"))


def test_a_questioner_named_with_a_firm_is_its_analyst(transcript):
    posts = _posts(transcript)
    assert ("Martina Kessler", "Helvetia Securities") in posts, posts
    assert ("Rahul Menon", "Konkan Capital Partners Ltd.") in posts, posts


def test_names_listed_with_their_organisations(transcript):
    posts = _posts(transcript)
    assert ("Lucia Ferreyra", "Peruvian Geological Institute") in posts, posts
    assert ("Owen Pryce", "Cardigan Bay Futures Ltd.") in posts, posts


def test_a_list_of_parties_is_no_attribution(transcript):
    assert _post_of(transcript, "Julia Barros") == set()


@pytest.fixture(scope="module")
def clipped(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-clipped", (
        "Chilean moly producer settles supply dispute\n\n"
        "Cuyo Andina Molybdenum S.A. said on Monday it had settled its dispute over late\n"
        "deliveries with a wire maker.\n\n"
        "\"We are glad to close this chapter,\" said Marisol Pereira, chief financial officer of\n"
        "Andina Molybdenum. Output at Northern Hydropower plants fell.\n\n"
        "Kolwezi Mbuyi Cobalt Co., Ltd. and Likasi Mbuyi Cobalt Co., Ltd. both raised prices\n"
        "on Tuesday. Jean Kasongo, general manager of Mbuyi Cobalt, declined to comment.\n"))


def test_a_company_named_without_its_first_word_and_legal_form(clipped):
    # "Andina Molybdenum" for "Cuyo Andina Molybdenum S.A." (Cuyo: a place no list holds)
    assert _post_of(clipped, "Marisol Pereira") == {"Cuyo Andina Molybdenum S.A."}
    ent = next(e for e in clipped.entities.values() if e.label == "Cuyo Andina Molybdenum S.A.")
    assert "Andina Molybdenum" in ent.aliases


def test_a_clipped_name_two_companies_share_is_neither(clipped):
    assert _post_of(clipped, "Jean Kasongo") == set()
    for e in clipped.entities.values():
        assert "Mbuyi Cobalt" not in e.aliases, e.label
        assert "Northern Hydropower" not in e.aliases, e.label


def test_clipped_forms_skip_generic_opening_words():
    from kg.ingest.names.clipped_names import _own_word_ok, _forms
    assert "Andina Molybdenum" in _forms(["Cuyo", "Andina", "Molybdenum"])
    assert not _own_word_ok("Northern", None) and not _own_word_ok("Green", None)
    assert not _own_word_ok("Zinc", None) and _own_word_ok("Xinglong", None)


@pytest.fixture(scope="module")
def signed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-signed", (
        "Bolivian tin smelter fined for arsenic dust\n\n"
        "(Reporter Ana Quispe, correspondent Pedro Mamani) A tin smelter near Oruro has been\n"
        "fined 2 million bolivianos for arsenic dust, a court ruled on Monday.\n\n"
        "The smelter said it would appeal.\n\n"
        "Altiplano Mining Weekly, 3 March 2027\n"))


def test_a_bracketed_byline_is_of_the_outlet_the_article_is_signed_with(signed):
    assert _post_of(signed, "Ana Quispe") == {"Altiplano Mining Weekly"}
    assert _post_of(signed, "Pedro Mamani") == {"Altiplano Mining Weekly"}
    roles = {e.label.split(", ")[1] for e in signed.entities.values() if e.cls == NFO.Post}
    assert {"Reporter", "Correspondent"} <= roles, roles


def test_a_place_set_off_by_commas_is_no_person(kg, tmp_path_factory):
    # role_people: "in A County, B Prefecture, was closed" after "mine" (a word of a role)
    draft = _article(kg, tmp_path_factory, "r17-posts-places-apposed", (
        "Mine closures in the south-west\n\n"
        "A lead mine in Jinping County, Honghe Prefecture, was closed on Monday. A coal mine\n"
        "near Manzhouli, Hulunbuir League, also stopped. The chief engineer, Liang Zhiwei, said\n"
        "work would resume in May.\n"))
    people = {e.label for e in draft.entities.values() if e.cls == NFO.Person}
    assert "Honghe Prefecture" not in people and "Hulunbuir League" not in people, people
    assert "Liang Zhiwei" in people


@pytest.fixture(scope="module")
def wire(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-wire", (
        "Kazakh zinc miner and ministry outline smelter plan\n\n"
        "By Aigul Sarsenova | Steppe Metals Weekly | 18/05/2026\n\n"
        "Altai Polymetal JSC plans a zinc smelter near Ust-Kamenogorsk. The plan was presented\n"
        "by Altai Polymetal chief executive Nurbek Ospanov at the Ministry of Industry of\n"
        "Kazakhstan. Our\n"
        "reporter Dana Akhmetova put questions to Marat Zhaksybekov, deputy director of the\n"
        "ministry's Department of Subsoil Use, who said permits were ready.\n\n"
        "The delegation then went to the Irtysh Metallurgical Institute, where the director,\n"
        "Professor Erlan Kassymov, showed a zinc leaching rig, and to Semey Cable Works Ltd.,\n"
        "whose chairman, Timur Abenov, signed a supply deal. At Pavlodar Alumina Ltd., where a\n"
        "strike closed the plant, nobody spoke.\n"))


def test_a_byline_with_a_day_first_date_names_its_outlet(wire):
    assert _post_of(wire, "Aigul Sarsenova") == {"Steppe Metals Weekly"}


def test_a_legal_form_of_another_country_is_clipped(wire):
    # "Altai Polymetal" for "Altai Polymetal JSC"
    assert _post_of(wire, "Nurbek Ospanov") == {"Altai Polymetal JSC"}


def test_a_post_in_the_unit_after_a_possessive(wire):
    assert _post_of(wire, "Marat Zhaksybekov") == {"Department of Subsoil Use"}


def test_a_line_of_prose_opening_with_reporter_is_no_byline_of_the_interviewee(wire):
    assert "Steppe Metals Weekly" not in _post_of(wire, "Marat Zhaksybekov")


def test_where_and_whose_clauses_give_posts(wire):
    assert _post_of(wire, "Erlan Kassymov") == {"Irtysh Metallurgical Institute"}
    assert _post_of(wire, "Timur Abenov") == {"Semey Cable Works Ltd."}


@pytest.fixture(scope="module")
def website(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-website", (
        "Hezhou opens tin tailings recycling plant\n\n"
        "Source: Hezhou Municipal People's Government    Published: 2026-03-02 10:15    "
        "Editor: Liang Junwei\n\n"
        "A plant that recovers tin from old tailings started work in Hezhou on Monday.\n"))


def test_the_editor_of_a_source_line_gets_no_post_in_the_source(website):
    # (round 53 dropped post:source-line-staff: right 1 time in 8 on the development sets, the
    # later golds record the editor of a masthead's "Source:" line with no post)
    assert _post_of(website, "Liang Junwei") == set()


def test_a_role_in_another_organisations_relative_clause_is_not_the_name_before(wire):
    # "Professor E, showed ..., and to Semey Cable Works Ltd., whose chairman, T," is T's
    assert "Semey Cable Works Ltd." not in _post_of(wire, "Erlan Kassymov")


def test_a_wrapped_line_opening_with_by_is_no_byline(wire):
    # "... The plan was presented\nby Altai Polymetal chief executive N ...": prose
    assert "Steppe Metals Weekly" not in _post_of(wire, "Nurbek Ospanov")


@pytest.fixture(scope="module")
def tender(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-posts-tender", (
        "Publicity of bid candidates for the Cerro Verde slag furnace EPC project\n\n"
        "The bids were opened on 3 March at the Arequipa procurement centre. The candidates,\n"
        "by rank:\n\n"
        "  1.  Andes Ingenieria Metalurgica S.A.      41,200,000\n"
        "  2.  Pacifico Montajes Industriales S.A.    42,050,000\n"
        "  3.  Sur Andino Construcciones S.A.         43,900,000\n\n"
        "Project managers proposed: Jorge Quispe (first candidate), Carmen Huaman (second\n"
        "candidate), Luis Condori (third candidate).\n"
        "Construction manager proposed by the second candidate: Carlos Mendoza.\n\n"
        "Objections may be sent to the tendering agent, whose director, Ana Torres, will reply.\n"))


def test_people_named_by_a_bidders_rank_hold_posts_in_that_bidder(tender):
    assert _post_of(tender, "Jorge Quispe") == {"Andes Ingenieria Metalurgica S.A."}
    assert _post_of(tender, "Carmen Huaman") == {"Pacifico Montajes Industriales S.A."}
    assert _post_of(tender, "Luis Condori") == {"Sur Andino Construcciones S.A."}
    assert _post_of(tender, "Carlos Mendoza") == {"Pacifico Montajes Industriales S.A."}


def test_a_director_of_an_unnamed_agent_has_no_post(tender):
    assert _post_of(tender, "Ana Torres") == set()


def test_a_career_list_under_the_family_name_alone(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r17-posts-obituary", (
        "Veteran tin metallurgist dies at 91\n\n"
        "Rodrigo Mamani, who built Bolivia's first tin fuming furnace, died in La Paz on\n"
        "Sunday. He was 91.\n\n"
        "Mamani's working life, as his family recalled it:\n"
        "  - 1958-1975: furnace engineer at Vinto Tin Smelting Co., Ltd.\n"
        "  - 1975-1990: technical director of the Bolivian Mining Corporation\n"
        "  - 1990-2001: president of the Andean Tin Producers Association\n"))
    assert _post_of(draft, "Rodrigo Mamani") >= {"Bolivian Mining Corporation",
                                                "Andean Tin Producers Association"}



def test_a_role_of_the_builder_is_never_in_the_last_company_named(kg, tmp_path_factory):
    # "chairman of the builder": the org the "Builder:" line names, or none; never the
    # company named last before (Katanga Power)
    draft = _article(kg, tmp_path_factory, "r17-posts-field-line", (
        "Public notice on the environmental review of a cobalt refinery\n\n"
        "Project: Likasi cobalt hydroxide refinery\n"
        "Builder: Kivu Cobalt Refining Ltd.\n"
        "Site: Likasi, Haut-Katanga\n\n"
        "Kivu Cobalt Refining was set up in 2025. Lubumbashi Mining Holdings Ltd. holds 70\n"
        "percent and Katanga Power Ltd. 30 percent. Patrice Ilunga, chairman of Lubumbashi\n"
        "Mining Holdings, is also chairman of the builder.\n"))
    got = _post_of(draft, "Patrice Ilunga")
    assert "Lubumbashi Mining Holdings Ltd." in got and "Katanga Power Ltd." not in got, got
