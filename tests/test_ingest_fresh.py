"""`kg ingest` on fresh news written in the style of translated industry news (the five
tests/articles/fresh-*.txt, written for this test, on subjects the sources do not cover): what a
reviewer expects from each draft. Places the graph does not know (dateline city, "in X, Y
Province", "X-based", "mayor of X"), events referred to later by a noun ("the two-day forum",
"the meeting") taking organisers, chair and speakers, an event's own date over the dateline's,
the byline's reporter kept out of the event, acronyms and "A and B University" names, short
company names and posts in several forms (kg/ingest/names/places.py, anaphora.py, name_repair.py,
post_forms.py, bylines.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import ORG, XSD

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import Article, read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("zinc-smelter", "rare-earth-forum", "battery-notice", "cobalt-acquisition",
         "copper-foil", "nanning-pact", "baotou-tungsten")
_ROLES = (NFO.participant, NFO.speaker, NFO.presidedBy, NFO.organizedBy, NFO.coOrganizedBy)


@pytest.fixture(scope="module")
def drafts(kg):
    return {n: ingest(kg, read_article(ARTICLES / f"fresh-{n}.txt"), f"fresh-{n}")
            for n in NAMES}


def _one(draft, label, cls=None):
    found = [e for e in draft.entities.values() if e.label == label
             and (cls is None or e.cls == cls)]
    assert len(found) == 1, (label, [(e.label, e.cls) for e in draft.entities.values()
                                     if label.split()[0] in e.label])
    return found[0]


def _objects(ent, pred):
    return {o for p, o, _, _ in ent.statements if p == pred}


def _post(draft, person, org):
    posts = [e for e in draft.entities.values() if e.cls == NFO.Post
             and person.iri in _objects(e, ORG.heldBy) and org.iri in _objects(e, ORG.postIn)]
    assert posts, f"no post of {person.label} in {org.label}"
    role = next(iter(_objects(posts[0], NFO.roleName)))
    span = posts[0].statements[0][2]
    assert person.label in draft.text[span.start:span.end]
    return str(role)


def _labels(draft, cls):
    return {e.label for e in draft.entities.values() if e.cls == cls}


def test_unknown_places_from_news_cues(drafts):
    zinc = drafts["zinc-smelter"]
    qujing = _one(zinc, "Qujing", NFO.City)              # the dateline city
    assert not qujing.known and qujing.rule == "place:dateline"
    assert len(qujing.mentions) >= 3                      # its bare later occurrences too
    yunnan = _one(zinc, "Yunnan Province")
    luliang = _one(zinc, "Luliang", NFO.City)             # "in Luliang, Yunnan"
    assert yunnan.iri in _objects(luliang, NFO.locatedIn)
    # "Kunming-based Yunling ... Institute": the institute, located in Kunming (a city)
    kunming = _one(zinc, "Kunming", NFO.City)
    inst = _one(zinc, "Yunling Nonferrous Design Institute")
    assert kunming.iri in _objects(inst, NFO.locatedIn)
    assert not any(e.label.startswith("Kunming-based") for e in zinc.entities.values())

    forum = drafts["rare-earth-forum"]
    assert _one(forum, "Jiangxi Province").iri in _objects(_one(forum, "Ganzhou", NFO.City),
                                                           NFO.locatedIn)
    cobalt = drafts["cobalt-acquisition"]
    gansu = _one(cobalt, "Gansu Province", NFO.Province)  # "Gansu Provincial Department ..."
    assert gansu.iri in _objects(_one(cobalt, "Jinchang", NFO.City), NFO.locatedIn)
    xci = _one(cobalt, "Xibei Cobalt Industry Co., Ltd.")
    assert _one(cobalt, "Lanzhou", NFO.City).iri in _objects(xci, NFO.locatedIn)
    foil = drafts["copper-foil"]
    assert _one(foil, "Hubei Province").iri in _objects(_one(foil, "Daye", NFO.City),
                                                        NFO.locatedIn)
    assert _one(foil, "Ningde", NFO.City).iri in _objects(
        _one(foil, "Shidai Battery Co., Ltd."), NFO.locatedIn)
    assert _one(drafts["battery-notice"], "Changsha").cls == NFO.City
    assert _one(drafts["battery-notice"], "Hunan Province").cls == NFO.Province
    # never a person's name or part of one ("Deputy Mayor of Yichang Liu Qiang")
    for d in drafts.values():
        people = " ".join(_labels(d, NFO.Person))
        for place in _labels(d, NFO.City) | _labels(d, NFO.Province):
            assert not set(place.split()) & set(people.split()), place


def test_event_named_later_by_a_noun_takes_its_roles_and_own_date(drafts):
    d = drafts["rare-earth-forum"]
    forum = _one(d, "2025 Southern Rare Earth Industry Development Forum")
    # "opened in Ganzhou ... on November 6" wins over the dateline's November 8
    assert _objects(forum, NFO.startDate) == {Literal("2025-11-06", datatype=XSD.date)}
    assert _one(d, "Ganzhou").iri in _objects(forum, NFO.heldIn)
    # "The two-day forum was organized by ... (JREIA) and co-organized by ..."
    jreia = _one(d, "Jiangxi Rare Earth Industry Association")
    assert "JREIA" in jreia.aliases
    assert _objects(forum, NFO.organizedBy) == {jreia.iri}
    assert _one(d, "Gannan Institute of Technology").iri in _objects(forum, NFO.coOrganizedBy)
    # "The forum was chaired by ..."; "... delivered the opening speech"
    assert _objects(forum, NFO.presidedBy) == {_one(d, "Wu Xiaomei").iri}
    assert _one(d, "Liao Changsheng").iri in _objects(forum, NFO.speaker)
    # "During the meeting, JREIA and Qiankun ... signed": they took part
    assert _one(d, "Qiankun Rare Earth Group").iri in _objects(forum, NFO.participant)
    # the headline's "Rare earth forum in Ganzhou ..." is this forum, not a second one
    assert [e.label for e in d.entities.values() if e.cls == NFO.Forum] == [forum.label]
    # posts through the acronym
    assert _post(d, _one(d, "Wu Xiaomei"), jreia).lower() == "secretary-general"


def test_the_ceremony_and_the_event_refer_to_the_commissioning(drafts):
    d = drafts["zinc-smelter"]
    ceremony = next(e for e in d.entities.values() if not e.known
                    and e.label.lower().startswith("commissioning ceremony"))
    # "The ceremony was hosted by Dianhong Zinc and organized jointly with ..."
    assert _objects(ceremony, NFO.hostedBy) == {_one(d, "Dianhong Zinc Industry Co., Ltd.").iri}
    # "Speaking at the event, Chen Hao said ..."
    assert _one(d, "Chen Hao").iri in _objects(ceremony, NFO.speaker)
    # "... was held at the company's Luliang plant on March 2": the clause's date
    assert _objects(ceremony, NFO.startDate) == {Literal("2025-03-02", datatype=XSD.date)}


def test_reporter_is_the_author_not_a_participant(drafts):
    for name, reporter in (("zinc-smelter", "Zhao Linfeng"), ("cobalt-acquisition", "Hu Jing"),
                           ("nanning-pact", "Liang Xiaoyu")):
        d = drafts[name]
        who = _one(d, reporter, NFO.Person)
        assert "byline" in who.rule
        for ent in d.entities.values():
            for pred in _ROLES:
                assert who.iri not in _objects(ent, pred), (ent.label, pred)


def test_acronyms_and_pairs_of_names(drafts):
    d = drafts["rare-earth-forum"]
    orgs = {e.label for e in d.entities.values() if " and " in e.label and not e.role
            and e.cls != NFO.Agreement}
    assert not {o for o in orgs
                if o.startswith(("JREIA and", "Gannan Institute of Technology and"))}
    jreia, qiankun = _one(d, "Jiangxi Rare Earth Industry Association"), \
        _one(d, "Qiankun Rare Earth Group")
    agreements = [e for e in d.entities.values() if e.cls == NFO.Agreement
                  and {jreia.iri, qiankun.iri} <= _objects(e, NFO.party)]
    assert agreements
    assert _one(d, "Xinfeng Magnetic Materials Co., Ltd.").cls == NFO.Company
    cobalt = drafts["cobalt-acquisition"]
    assert _one(cobalt, "Gansu Nonferrous Metals Research Institute")
    assert "XCI" in _one(cobalt, "Xibei Cobalt Industry Co., Ltd.").aliases
    # "for 410 million US dollars" names the currency, not the United States
    assert not any(e.label == "United States" for e in cobalt.entities.values())
    foil = drafts["copper-foil"]
    wut = _one(foil, "Wuhan University of Technology", NFO.University)
    chuhe = _one(foil, "Chuhe New Materials Technology Co., Ltd.")
    assert "Chuhe New Materials" in chuhe.aliases
    assert any({chuhe.iri, wut.iri} <= _objects(e, NFO.party)
               for e in foil.entities.values() if e.cls == NFO.Agreement)


def test_posts_in_many_forms(drafts):
    zinc = drafts["zinc-smelter"]
    dianhong = _one(zinc, "Dianhong Zinc Industry Co., Ltd.")
    assert "Dianhong Zinc" in dianhong.aliases            # the short name used later
    assert _post(zinc, _one(zinc, "Chen Hao"), dianhong).lower() == "general manager"
    assert _post(zinc, _one(zinc, "Zhou Guangming"), dianhong).lower() == "chairman"
    kust = _one(zinc, "Kunming University of Science and Technology")
    assert _post(zinc, _one(zinc, "Yang Shuqin", NFO.Person), kust) == "Professor"
    # "deputy mayor of Qujing": the phrase names no body; the text names the Qujing Municipal
    # People's Government, so the post is in it (the gold of sets 1-7 and 11; round 13)
    assert _post(zinc, _one(zinc, "Li Wenhua"),
                 _one(zinc, "Qujing Municipal People's Government")).lower() == "deputy mayor"
    foil = drafts["copper-foil"]
    # no government body in the phrase: the post is in the province when the text names no
    # government of it ("vice governor of Hubei Province"; a city's is in the government its
    # title implies: round 27), in the government when it does (the Yichang Municipal People's
    # Government, named elsewhere: round 13)
    assert _post(foil, _one(foil, "Zhang Jianhua"),
                 _one(foil, "Hubei Province")).lower() == "vice governor"
    assert _post(foil, _one(foil, "Liu Qiang"),
                 _one(foil, "Yichang Municipal People's Government")).lower() == "deputy mayor"
    assert _post(foil, _one(foil, "Xu Mingyuan"),
                 _one(foil, "Chuhe New Materials Technology Co., Ltd.")).lower() == \
        "general manager"
    notice = drafts["battery-notice"]
    dept = _one(notice, "Department of Ecology and Environment of Hunan Province")
    # "Tang Jun, deputy director of the department"
    assert _post(notice, _one(notice, "Tang Jun"), dept).lower() == "deputy director"


def test_agency_acronyms_titles_and_a_summit_named_again(drafts):
    d = drafts["nanning-pact"]
    # "Nanning, July 8, 2025 (Xinhua) --": the agency filed it, it signed nothing
    ag = next(e for e in d.entities.values() if e.cls == NFO.Agreement)
    parties = {d.entities[o].label for o in _objects(ag, NFO.party) if o in d.entities}
    assert parties == {"CATL", "Tsinghua University"}      # an acronym nothing defines: its own
    assert "Xinhua" not in ag.label
    region = _one(d, "Guangxi Zhuang Autonomous Region", NFO.Province)
    assert region.iri in _objects(_one(d, "Nanning", NFO.City), NFO.locatedIn)
    # "CCB" is not the graph's "CCB" (a product): an acronym that does not abbreviate its name
    assert not any(e.known and "CCB" in {d.text[m.start:m.end] for m in e.mentions}
                   for e in d.entities.values())
    assert _post(d, _one(d, "Lin Hui"), _one(d, "Guangxi University")) == "Professor"
    summit = _one(d, "2025 Beibu Gulf Battery Materials Summit")
    # "The summit was held in Wuming on July 6 and 7", not the signing's July 7
    assert _objects(summit, NFO.startDate) == {Literal("2025-07-06", datatype=XSD.date)}
    assert _objects(summit, NFO.endDate) == {Literal("2025-07-07", datatype=XSD.date)}
    gnma = _one(d, "Guangxi Nonferrous Metals Association")
    assert "GNMA" in gnma.aliases and gnma.iri in _objects(summit, NFO.coOrganizedBy)
    assert "byline" in _one(d, "Liang Xiaoyu").rule
    # "The signing ceremony was attended by ...": a ceremony the draft has no node for, so its
    # attendees are not the summit's
    assert _one(d, "Nanning Municipal Bureau of Commerce").iri not in _objects(
        summit, NFO.participant)


def test_caps_dateline_headquartered_twins_and_participants(drafts):
    d = drafts["baotou-tungsten"]
    assert _one(d, "Baotou", NFO.City).rule == "place:dateline"        # "BAOTOU, Oct. 12 --"
    mengxi = _one(d, "Mengxi Alloy Group")                              # "Hohhot-headquartered"
    assert _one(d, "Hohhot", NFO.City).iri in _objects(mengxi, NFO.locatedIn)
    # "... on Friday for the 2025 X Conference": the name starts after the day
    conf = _one(d, "2025 Northern Tungsten and Molybdenum Industry Conference")
    assoc = _one(d, "Inner Mongolia Nonferrous Metals Industry Association")
    assert _objects(conf, NFO.organizedBy) == {assoc.iri}
    # the acronym found alone in "IMNMIA and X signed" is the association, not a company
    assert not [e for e in d.entities.values() if e.label == "IMNMIA"]
    mou = next(e for e in d.entities.values() if e.cls == NFO.Agreement)
    assert assoc.iri in _objects(mou, NFO.party)
    # "Participants included A, B and C"
    assert {_one(d, "Chifeng Tungsten Co., Ltd.").iri,
            _one(d, "Baotou Research Institute of Rare Earths").iri} <= _objects(
        conf, NFO.participant)
    assert _post(d, _one(d, "Han Xuebing"),     # (no body named: in the city's government
                 _one(d, "Baotou Municipal People's Government")).lower() == "vice mayor"
    assert "byline" in _one(d, "Li Na").rule                            # "By Li Na"


def test_cues_that_are_not_places(kg):
    text = ("Tin smelters report higher output\n\n"
            "Gejiu, May 6, 2025 -- Output at smelters in Mengzi, Yunnan rose in April. "
            "Meanwhile, Yunnan Province set new targets for tin recycling. "
            "Chen Lin, deputy mayor of Gejiu, visited Hongshan Tin Co., Ltd. on May 5. "
            "Hongshan Tin's chairman Wu Tao said the Hongshan-Xinlu line would start soon.\n")
    article = Article(text=text, path=Path("gejiu.txt"), sha256="0" * 64)
    d = ingest(kg, article, "t-gejiu")
    cities = _labels(d, NFO.City)
    assert {"Gejiu", "Mengzi"} <= cities
    assert not cities & {"Meanwhile", "Chen Lin", "Wu Tao", "Hongshan", "Tin"}
    assert _one(d, "Yunnan Province").iri in _objects(_one(d, "Mengzi"), NFO.locatedIn)
    # (no body named: in the government the title implies, round 27)
    assert _post(d, _one(d, "Chen Lin"), _one(d, "Gejiu Municipal People's Government"))
    assert _post(d, _one(d, "Wu Tao"), _one(d, "Hongshan Tin Co., Ltd.")).lower() == "chairman"


def test_provinces_by_their_short_names(kg):
    text = ("Lithium refiner expands\n\n"
            "YICHUN, Jiangxi, March 20 -- Hubei-based Jingchu Lithium said it will "
            "build a refinery in Fengxin, Jiangxi. It also runs a mine in Morowali, Indonesia. "
            "Jingchu Lithium expects the refinery to start in 2027. Smelters in Hunan, Hubei "
            "and Sichuan cut output; plants in Zigong, Hunan and Guizhou did too.\n")
    d = ingest(kg, Article(text=text, path=Path("yichun.txt"), sha256="0" * 64), "t-yichun")
    jiangxi = _one(d, "Jiangxi Province", NFO.Province)       # a province by its short name
    for city in ("Yichun", "Fengxin"):
        assert jiangxi.iri in _objects(_one(d, city, NFO.City), NFO.locatedIn)
    hubei = _one(d, "Hubei Province", NFO.Province)           # "Hubei-based": not a city
    # the name after "X-based" is an organisation (a company), wherever it recurs
    jingchu = _one(d, "Jingchu Lithium", NFO.Company)
    assert hubei.iri in _objects(jingchu, NFO.locatedIn) and len(jingchu.mentions) == 2
    assert "Hubei" not in _labels(d, NFO.City)
    # a list of places pairs nothing: Hunan is not in Hubei, Zigong not in Hunan
    for ent in d.entities.values():
        if ent.label in ("Hunan Province", "Zigong"):
            assert not _objects(ent, NFO.locatedIn), ent.label
    # (a regency: a City or, since round 16's world list, a Region)
    morowali = next(e for e in d.entities.values() if e.label == "Morowali")
    assert morowali.cls in (NFO.City, NFO.Region), morowali.cls
    assert {d.entities[o].label for o in _objects(morowali, NFO.locatedIn)} == {"Indonesia"}


def test_an_acronym_defined_after_a_name_ending_in_a_known_metal_is_the_names(kg, tmp_path):
    """"The Lanzhou Institute of Rare and Precious Metals (LIRPM)": LIRPM is the institute
    (the longest name ending before the bracket), never the precious metals its name ends with."""
    path = tmp_path / "lirpm.txt"
    path.write_text("Lanzhou Lab Honoured\n\nThe Lanzhou Institute of Rare and Precious Metals "
                    "(LIRPM) received a prize on Monday. LIRPM plans a larger line next year.\n",
                    encoding="utf-8")
    draft = ingest(kg, read_article(path), "lirpm-test")
    inst = _one(draft, "Lanzhou Institute of Rare and Precious Metals")
    said = {draft.text[sp.start:sp.end] for sp in inst.mentions}
    assert "LIRPM" in said and "LIRPM" in inst.aliases
    for ent in draft.entities.values():
        if ent is not inst:
            assert all(draft.text[sp.start:sp.end] != "LIRPM" for sp in ent.mentions), ent.label
