"""`kg ingest` relations of round 9 on companies, posts and metals, each construction tried on
short articles written for these tests (own subjects and wording, several word orders), with
cases where the rule must not fire: stakes stated with "in which", a bracket or an apposition
after the holder, "of it", a second holder of the same sentence; shareholders named by the word
"shareholder" (lists, a notice's field, an apposition)."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


_STAKES = (
    "Antimony Venture Set Up in Guizhou\n\n"
    "Tongren, May 6 -- The new plant will be run by Qianjiang Antimony Materials Co.,\n"
    "Ltd. (\"Qianjiang Antimony\"), in which Wuling Mining Holdings Co., Ltd. holds 60%\n"
    "and Fanjing Resources Co., Ltd. holds 40%.\n\n"
    "The smelter is owned by Songtao Refining Co., Ltd., a venture formed two years ago\n"
    "in which Dongxi Metals Group Co., Ltd. holds 51% and Miao Trading Co., Ltd. holds 49%.\n\n"
    "Yinjiang Foundry Co., Ltd. was founded in 2019 and makes antimony oxide. Wuling Mining\n"
    "Holdings Co., Ltd. owns 75% of it, and Guiyang Sinan Capital Partnership (Limited Partnership)\n"
    "owns the remaining 25%.\n\n"
    "Shiqian Alloy Co., Ltd. holds 30% of Dejiang Powder Co., Ltd., and Yuping Industrial "
    "Co., Ltd. holds 70%.\n\n"
    "Wanshan Antimony Co., Ltd. holds a 12% market share, and it sells most of its output in "
    "Hunan.\n")


@pytest.fixture(scope="module")
def stakes(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("r9c"), "r9-stakes", _STAKES)


def test_holders_after_in_which(stakes):
    d = stakes
    for holder in ("Wuling Mining Holdings", "Fanjing Resources"):
        assert any(k.startswith("Qianjiang Antimony Materials")
                   for k in _rules(d, one(d, holder), NFO.shareholderOf))
    for holder in ("Dongxi Metals Group", "Miao Trading"):
        assert set(_rules(d, one(d, holder), NFO.shareholderOf)) == {
            "Songtao Refining Co., Ltd."}


def test_of_it_and_a_bracket_after_the_holder(stakes):
    d = stakes
    got = _rules(d, one(d, "Wuling Mining Holdings"), NFO.shareholderOf)
    assert got.get("Yinjiang Foundry Co., Ltd.") == "org:holds-percent-of-pronoun@0.5"
    sinan = _rules(d, one(d, "Guiyang Sinan Capital"), NFO.shareholderOf)
    assert set(sinan) == {"Yinjiang Foundry Co., Ltd."}


def test_a_second_holder_of_the_same_sentence(stakes):
    d = stakes
    assert _rules(d, one(d, "Yuping Industrial"), NFO.shareholderOf) == {
        "Dejiang Powder Co., Ltd.": "org:holds-percent-same-sentence"}
    # a market share held is no share of a company, "it" there is the subject itself
    assert not links(d, one(d, "Wanshan Antimony"), NFO.shareholderOf)


_HOLDERS = (
    "Bismuth Maker Changes Its Board\n\n"
    "Hengyang, June 3 -- Leiyang Bismuth Co., Ltd. said on Tuesday that its new plant will\n"
    "start in July. Xiangjiang Nonferrous Holdings Co., Ltd., its controlling shareholder,\n"
    "will lend it 300 million yuan.\n\n"
    "Qidong Smelting Co., Ltd. is the largest shareholder of Changning Ores Co., Ltd., and\n"
    "Hengnan Capital Co., Ltd., a shareholder in Changning Ores Co., Ltd., backed the plan.\n\n"
    "Changning Ores Co., Ltd.'s shareholders are Qidong Smelting Co., Ltd. (62%), Hengnan\n"
    "Capital Co., Ltd. (30%) and Zhuzhou Tools Co., Ltd. (8%).\n\n"
    "Hengdong Trading Co., Ltd. met shareholders of Nanyue Carbide Co., Ltd. in May.\n")

_NOTICE = (
    "Decision on Penalty for Anren Fluorite Mining Co., Ltd.\n\n"
    "Party: Anren Fluorite Mining Co., Ltd.\n"
    "Legal representative: Deng Weiping\n"
    "Shareholders: Chaling Minerals Co., Ltd. (65%); Youxian Resources Co., Ltd. (35%)\n\n"
    "The party mined fluorite beyond its licensed area in 2025.\n")


@pytest.fixture(scope="module")
def holders(kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("r9h")
    return {"news": _draft(kg, folder, "r9-holders", _HOLDERS),
            "notice": _draft(kg, folder, "r9-notice", _NOTICE)}


def test_shareholder_named_by_the_word(holders):
    d = holders["news"]
    assert _rules(d, one(d, "Xiangjiang Nonferrous Holdings"), NFO.shareholderOf) == {
        "Leiyang Bismuth Co., Ltd.": "org:apposed-shareholder@0.5"}
    ores = "Changning Ores Co., Ltd."
    assert _rules(d, one(d, "Qidong Smelting"), NFO.shareholderOf).get(ores) in (
        "org:shareholder-of", "org:shareholder-list")
    assert ores in _rules(d, one(d, "Hengnan Capital"), NFO.shareholderOf)
    assert _rules(d, one(d, "Zhuzhou Tools"), NFO.shareholderOf) == {
        ores: "org:shareholder-list"}
    # meeting a company's shareholders holds nothing
    assert not links(d, one(d, "Hengdong Trading"), NFO.shareholderOf)


def test_shareholders_field_of_a_notice(holders):
    d = holders["notice"]
    for name in ("Chaling Minerals", "Youxian Resources"):
        assert _rules(d, one(d, name), NFO.shareholderOf) == {
            "Anren Fluorite Mining Co., Ltd.": "org:shareholder-list@0.5"}


_POSTS = (
    "Tin Smelter Names New Managers\n\n"
    "Gejiu, August 5 -- Mengzi Tin Smelting Co., Ltd. held a board meeting on Monday.\n"
    "Duan Xiaoqing was reappointed as secretary of the board, and Pu Jianguo was named\n"
    "chief financial officer. Ma Liping will stay on as general manager of Kaiyuan Tin\n"
    "Materials Co., Ltd., and Yang Defu remains chairman of Jianshui Solder Co., Ltd.\n"
    "Zhu Wenbo took over as president of Honghe Alloy Co., Ltd. in July.\n\n"
    "Li Ruolan, a researcher of the Kunming Institute of Metallurgy and professor at\n"
    "Yunnan Minzu University, spoke on solder alloys. Su Hai stayed on at Mengzi Tin\n"
    "Smelting Co., Ltd. after the meeting, and Ma Liping will stay in Kaiyuan.\n")


@pytest.fixture(scope="module")
def posts(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("r9p"), "r9-posts", _POSTS)


def _posts_of(draft, person):
    out = {}
    for e in draft.entities.values():
        if e.cls != NFO.Post:
            continue
        held = {draft.entities[o].label for p, o, _, _ in e.statements
                if str(p).endswith("heldBy") and o in draft.entities}
        if person in held:
            for p, o, _, r in e.statements:
                if str(p).endswith("postIn") and o in draft.entities:
                    out[draft.entities[o].label] = r
    return out


def test_posts_stated_with_a_verb_of_staying(posts):
    d = posts
    assert _posts_of(d, "Ma Liping") == {
        "Kaiyuan Tin Materials Co., Ltd.": "post:appointed-role-of"}
    assert _posts_of(d, "Yang Defu") == {"Jianshui Solder Co., Ltd.": "post:appointed-role-of"}
    assert _posts_of(d, "Zhu Wenbo") == {"Honghe Alloy Co., Ltd.": "post:appointed-role-of"}


def test_appointed_as_with_no_organisation_is_the_reported_company(posts):
    d = posts
    assert _posts_of(d, "Duan Xiaoqing") == {
        "Mengzi Tin Smelting Co., Ltd.": "post:appointed-as-role@0.5"}
    assert _posts_of(d, "Pu Jianguo") == {
        "Mengzi Tin Smelting Co., Ltd.": "post:appointed-as-role@0.5"}
    # staying on at a company after a meeting is no post
    assert not _posts_of(d, "Su Hai")


def test_a_second_role_at_an_organisation(posts):
    got = _posts_of(posts, "Li Ruolan")
    assert set(got) == {"Kunming Institute of Metallurgy", "Yunnan Minzu University"}


_BUYS = (
    "Cobalt Refiner to Buy Mine Stake\n\n"
    "Lanzhou, May 20 -- Baiyin Cobalt Refining Co., Ltd. said in a filing on Tuesday that\n"
    "it will buy 60% of Jingtai Nickel Mining Co., Ltd. for 900 million yuan. Wuwei Metals\n"
    "Co., Ltd. announced it had acquired Gulang Smelting Co., Ltd. in April.\n\n"
    "Minqin Alloy Co., Ltd. said that it will buy ore from Yongdeng Mining Co., Ltd.\n\n"
    "Jinchang Nickel Co., Ltd. denied reports that it bought Zhangye Cobalt Co., Ltd.\n")


def test_it_said_to_buy_is_the_sentence_subject(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-buys", _BUYS)
    assert _rules(d, one(d, "Baiyin Cobalt Refining"), NFO.acquired) == {   # ("will buy":
        "Jingtai Nickel Mining Co., Ltd.": "org:acquires@0.5+planned"}       # round 10 marks it)
    assert _rules(d, one(d, "Wuwei Metals"), NFO.acquired) == {
        "Gulang Smelting Co., Ltd.": "org:acquires@0.5"}
    # ore bought from a company is no company bought; a denied report is no purchase
    assert not links(d, one(d, "Minqin Alloy"), NFO.acquired)
    assert not links(d, one(d, "Jinchang Nickel"), NFO.acquired)


_PROJECT = (
    "Work Starts on Tungsten Smelter in Chongyi\n\n"
    "Ganzhou, April 2 -- Construction of the Chongyi 20,000-Tonne Tungsten Smelting Project\n"
    "started on Wednesday. The plant is one of the province's 50 key industrial projects for\n"
    "2026. The project is being built by Shangyou Tungsten Materials Co., Ltd. and Dayu\n"
    "Mining Co., Ltd. It will also recover bismuth.\n\n"
    "The Nankang Carbide Line was completed last year. The line is run by Xinfeng Carbide\n"
    "Co., Ltd. Longnan Trading Co., Ltd. sold the tools.\n")


def test_the_project_is_built_by(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-project", _PROJECT)
    project = one(d, "Chongyi 20,000-Tonne Tungsten")
    owners = _rules(d, project, NFO.ownedBy)
    assert owners == {"Shangyou Tungsten Materials Co., Ltd.": "project:anaphor-built-by@0.5",
                      "Dayu Mining Co., Ltd.": "project:anaphor-built-by@0.5"}
    # the sentence after a "projects for 2026" list is still about the named project
    assert "Bismuth" in _rules(d, project, NFO.concernsMetal)
    # "the line is run by X": a line is not the project named before
    assert not any(e.label.startswith("Xinfeng") for e in d.entities.values()
                   if e.iri in {o for p, o, _, _ in project.statements})


def test_a_plural_metal_in_the_singular_inside_a_name(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-names", (
        "Magnet Makers Meet in Ganzhou\n\n"
        "Ganzhou, March 3 -- Longnan Rare Earth Magnet Co., Ltd. and Xunwu Rare Metal Materials "
        "Co., Ltd. met buyers on Tuesday. Dingnan Earthworks Co., Ltd. also came.\n"))
    def metals(label):
        return {str(o).rsplit("/", 1)[-1] for p, o, _, _ in one(d, label).statements
                if p == NFO.concernsMetal}
    assert "metal-rare-earths" in metals("Longnan Rare Earth Magnet")
    assert "metal-rare-metals" in metals("Xunwu Rare Metal")
    assert not metals("Dingnan Earthworks")


def test_a_unit_named_with_words_before_its_head(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-units", (
        "Survey Finds Tin in Gejiu\n\n"
        "Kunming, May 9 -- The No. 308 Geological Brigade of the Yunnan Bureau of Nonferrous "
        "Geology found tin ore near Gejiu. The Honghe Institute of Tin Chemistry of the Yunnan "
        "Academy of Sciences will test it. The Bank of Kunming lent 20 million yuan to the "
        "Yunnan Bureau of Nonferrous Geology.\n"))
    assert _rules(d, one(d, "No. 308 Geological Brigade"), NFO.unitOf) == {
        "Yunnan Bureau of Nonferrous Geology": "name:unit-of-org"}
    assert set(_rules(d, one(d, "Honghe Institute of Tin Chemistry"), NFO.unitOf)) == {
        "Yunnan Academy of Sciences"}
    bank = [e for e in d.entities.values() if e.label.startswith("Bank of Kunming")]
    assert all(not links(d, b, NFO.unitOf) for b in bank)


def test_a_company_is_where_its_clause_puts_its_plant(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-facility", (
        "Zinc Group Lists Its Units\n\n"
        "Kunming, June 8 -- Yunling Zinc Group Co., Ltd. runs three units:\n\n"
        "- Huize Zinc Smelting Co., Ltd., wholly owned, with a zinc smelter of 200,000 tonnes a\n"
        "  year in Huize County, Qujing;\n"
        "- Luoping Lead Co., Ltd., 70% owned, operating a lead refinery in Luoping County;\n"
        "- Mengla Trading Co., Ltd., with sales offices in Yunnan Province and Laos.\n"))
    assert _rules(d, one(d, "Huize Zinc Smelting"), NFO.locatedIn) == {
        "Huize County": "org:facility-in-place@0.5"}
    assert _rules(d, one(d, "Luoping Lead"), NFO.locatedIn).get("Luoping County") == \
        "org:facility-in-place@0.5"
    # sales offices are no plant (and the rule names no place for them)
    assert "org:facility-in-place@0.5" not in _rules(
        d, one(d, "Mengla Trading"), NFO.locatedIn).values()


def test_producer_after_an_apposition_and_not_its_feed(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-producer", (
        "Germanium Output Rises in Lincang\n\n"
        "Lincang, July 2 -- Mengku Germanium Co., Ltd., based in Shuangjiang County, Lincang, "
        "recovers germanium and gallium from zinc leach residue. Cangyuan Smelting Co., Ltd. "
        "extracted bismuth last year. Gengma Trading Co., Ltd., a seller of tools, bought "
        "copper wire from a zinc plant.\n"))
    def metals(label):
        return {str(o).rsplit("/", 1)[-1]: r for p, o, _, r in one(d, label).statements
                if p == NFO.concernsMetal}
    got = metals("Mengku Germanium")
    assert got.get("metal-gallium") == "context:producer-metal"
    assert "metal-zinc" not in got
    assert metals("Cangyuan Smelting").get("metal-bismuth") == "context:producer-metal"
    # buying is no producing
    assert "context:producer-metal" not in metals("Gengma Trading").values()


def test_posts_respectively_and_in_brackets(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-respectively", (
        "Foil Makers Meet in Wuhu\n\n"
        "Wuhu, June 4 -- Qian Yuming, Sun Lixia and He Jun, chairman, president and secretary "
        "of the board of Fanchang Foil Co., Ltd. respectively, met buyers. Tao Ran (general "
        "manager of Nanling Wire Co., Ltd.) signed a deal. Ma Yun and Guo Qi, chairman of "
        "Jingxian Cable Co., Ltd., and a reporter, also came.\n"))
    foil = "Fanchang Foil Co., Ltd."
    assert _posts_of(d, "Qian Yuming") == {foil: "post:respectively"}
    assert _posts_of(d, "Sun Lixia") == {foil: "post:respectively"}
    assert _posts_of(d, "He Jun") == {foil: "post:respectively"}
    roles = {e.label.split(", ")[1] for e in d.entities.values() if e.cls == NFO.Post
             and e.label.endswith(foil)}
    assert roles == {"Chairman", "President", "Secretary of the Board"}
    assert _posts_of(d, "Tao Ran") == {"Nanling Wire Co., Ltd.": "post:bracketed"}
    # no "respectively": the list's first person holds no post of the second's
    assert not _posts_of(d, "Ma Yun")


def test_an_actual_controller_in_apposition_of_a_list(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-controller", (
        "Zinc Deal Approved\n\n"
        "Nanning, May 2 -- The deal needs the approval of the Hezhou Municipal State-owned "
        "Assets Supervision and Administration Commission, the actual controller of Zhongshan "
        "Zinc Co., Ltd. and Babu Lead Co., Ltd. Gong Cheng Holdings Co., Ltd. is the actual "
        "controller of Pingle Tin Co., Ltd., and Lipu Metals Co., Ltd. bought ore.\n"))
    assert _rules(d, one(d, "Hezhou Municipal State-owned"), NFO.actualControllerOf) == {
        "Zhongshan Zinc Co., Ltd.": "org:actual-controller-of",
        "Babu Lead Co., Ltd.": "org:actual-controller-of"}
    # ", and Z bought ore" opens a clause of its own: Z is not controlled
    assert set(_rules(d, one(d, "Gong Cheng Holdings"), NFO.actualControllerOf)) == {
        "Pingle Tin Co., Ltd."}


def test_one_of_its_units_is_the_subject_before(kg, tmp_path):
    d = _draft(kg, tmp_path, "r9-units-of-its", (
        "Aluminium Output Recovers\n\n"
        "Guiyang, July 3 -- Qianbei Aluminium Group Co., Ltd. said its smelters ran at full "
        "load in June. Zunyi Alumina Co., Ltd., one of its listed units, said power supply was "
        "stable. Tongren Foil Co., Ltd., one of the buyers, said prices rose.\n"))
    assert _rules(d, one(d, "Zunyi Alumina"), NFO.subsidiaryOf) == {
        "Qianbei Aluminium Group Co., Ltd.": "org:appositive-subsidiary@0.5"}
    assert not links(d, one(d, "Tongren Foil"), NFO.subsidiaryOf)
