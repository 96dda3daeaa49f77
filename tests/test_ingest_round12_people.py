"""`kg ingest` round 12, people and posts, on short articles written for these tests (other
metals, places and kinds of body than the development sets), each with cases where the rule
must not fire:

* officer lists: "1. President: A, chairman of B", "Vice presidents: C, ...; D, ...; and E",
  a "Post | Name" table, a record's "Legal representative: A (general manager)": the listed
  post in the body the list is about (and the apposition's post stays the apposition's);
  "Two deputy general managers were also named:" and items that open with a name; not for
  "Editor:" / "Chair:" lines, labels that are no role, or a name inside an item's apposition;
* a byline with no outlet of its own ("By staff reporters A and B") under a masthead line that
  names one outlet ("2026-05-04 | Outlet | Markets", "Source: Outlet"): the writers hold
  posts there; not when the outlet is named only in a sentence, or two outlets are;
* "vice chairman of the X Autonomous Region" is a post in the region (not "vice chairman of
  Y Province"); "led by its deputy director A" (no comma) is a post in what "its" stands
  for, whether or not the article is about a company;
* "A, Huixin's chief engineer": a short name after the name of a place that opens an
  organisation's name ("Ganzhou Huixin Tungsten Co., Ltd."); of two it could open, the one
  named before the person (none when both are);
* a title before a name and no organisation ("Chairman A told shareholders that the company",
  "Executive Vice President B and Deputy Secretary-General C presented"): a post in the body
  the report is about when the sentence or the one before names it; "presiding judge D" in
  the court named before, not in the company the report is mostly about; not "Professor E",
  "analyst F", nor a title whose body neither sentence names;
* "A, chief engineer of the X Institute, was elected secretary-general" after "The founding
  meeting adopted the alliance's charter": a post in the alliance, not the institute; "The
  former general manager, B, has retired": a post in the group the sentence names; not "The
  chairman of X, C," (a named organisation) nor "C, ..., was elected to the board of X";
* "A, formerly senior technical adviser of X": the role without "formerly";
* a record of "Label: value" lines: "Legal representative: A" under "Defendant: X Co., Ltd."
  is a post in X, not in the court the judgment is from; "Presiding Judge: B" after a blank
  line is the court's; "Agent ad litem: C" gives no listed post."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, folder, name, text):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("r12people")
    texts = {"council": _COUNCIL, "managers": _MANAGERS, "record": _RECORD, "table": _TABLE,
             "masthead": _MASTHEAD, "source": _SOURCE, "quoted": _QUOTED, "landslide": _SLIDE,
             "short": _SHORT, "agm": _AGM, "court": _COURT,
             "alliance": _ALLIANCE, "adviser": _ADVISER,
             "judgment": _JUDGMENT}
    return {name: _draft(kg, folder, f"r12p-{name}", text) for name, text in texts.items()}


def _posts(draft, person):
    """{organisation label: (role, rule)} of the person's posts."""
    return {e.label.split(", ", 2)[2]: (e.label.split(", ", 2)[1], e.rule)
            for e in draft.entities.values() if e.role and e.label.startswith(person + ", ")}


_COUNCIL = (
    "Hunan antimony producers' body picks new leaders\n\n"
    "Source: Hunan Provincial Department of Commerce\n\n"
    "CHANGSHA, March 3 -- The Hunan Antimony Industry Association held its third member "
    "congress in Lengshuijiang on Monday. Delegates of 94 member firms chose a new council, "
    "which then named its officers:\n\n"
    "(1) President: Tang Jiahui, chairman of Lengshuijiang Xikuang Antimony Co., Ltd.\n"
    "(2) Vice presidents: Yi Rongsheng, general manager of Hunan Chenzhou Mining Co.,\n"
    "    Ltd.; Mo Lanfang, dean of the Hunan Institute of Antimony Metallurgy;\n"
    "    and Kuang Dewei\n"
    "(3) Secretary-general: Ouyang Ming, who succeeds Liao Shuqin\n"
    "(4) Chief supervisor: Peng Yazhou\n\n"
    "The association, set up in 2004, speaks for most of the province's antimony "
    "smelters. The association said it would publish a price survey every month.\n\n"
    "Editor: Xiang Weiqi\n")


def test_an_officer_list_gives_each_head_name_the_listed_post_in_the_body(drafts):
    d = drafts["council"]
    body = "Hunan Antimony Industry Association"
    assert _posts(d, "Tang Jiahui")[body] == ("President", "post:officer-list@0.5")
    # the apposition's post stays the apposition's
    assert _posts(d, "Tang Jiahui")["Lengshuijiang Xikuang Antimony Co., Ltd."][0] == "Chairman"
    for who in ("Yi Rongsheng", "Mo Lanfang", "Kuang Dewei"):        # plural label, ';' list
        assert _posts(d, who)[body] == ("Vice president", "post:officer-list@0.5"), who
    assert _posts(d, "Ouyang Ming")[body][0] == "Secretary-general"
    assert _posts(d, "Peng Yazhou")[body][0] == "Chief supervisor"


def test_no_listed_post_for_a_name_inside_an_apposition_or_an_editor_line(drafts):
    d = drafts["council"]
    assert "Hunan Antimony Industry Association" not in _posts(d, "Liao Shuqin")
    assert not any(r.startswith("post:officer") for _, r in _posts(d, "Xiang Weiqi").values())
    # the source line's department is not the body of the list
    assert "Hunan Provincial Department of Commerce" not in _posts(d, "Peng Yazhou")


_MANAGERS = (
    "Nickel refiner reshuffles its management\n\n"
    "JINCHANG, May 12 -- Gansu Longshou Nickel Group Co., Ltd. announced changes in its "
    "leadership on Monday. The group said the board had approved them unanimously.\n"
    "Three deputy general managers were appointed:\n"
    "- Ma Xiaojun, formerly head of the group's cobalt plant;\n"
    "- Du Yanping, who ran its sales office in Shanghai;\n"
    "- Bai Haitao, until now chief engineer of Jinchang Nickel Refining Co., Ltd.\n"
    "Speakers at the meeting included:\n"
    "- Han Qiuyu, a nickel trader\n"
    "The group produced 170,000 tonnes of nickel last year.\n")


def test_items_under_a_line_naming_a_plural_role(drafts):
    d = drafts["managers"]
    for who in ("Ma Xiaojun", "Du Yanping", "Bai Haitao"):
        assert _posts(d, who).get("Gansu Longshou Nickel Group Co., Ltd.") == (
            "Deputy general manager", "post:listed-under-role@0.5"), who


def test_no_post_under_a_line_that_names_no_role(drafts):
    assert not any(r.startswith("post:listed") for _, r in
                   _posts(drafts["managers"], "Han Qiuyu").values())


_RECORD = (
    "Administrative Penalty Decision on Baise Lianhe Bauxite Co., Ltd.\n\n"
    "Published by the Guangxi Zhuang Autonomous Region Department of Natural Resources\n\n"
    "Party: Baise Lianhe Bauxite Co., Ltd.\n"
    "Legal representative: Huang Chaoyang (general manager)\n"
    "Address: Tiandong County, Baise City\n\n"
    "Inspectors found that the party had mined bauxite outside its licensed area. The "
    "department fined the company 2.4 million yuan.\n")


def test_a_records_legal_representative_holds_a_post_in_the_party(drafts):
    posts = _posts(drafts["record"], "Huang Chaoyang")
    assert posts.get("Baise Lianhe Bauxite Co., Ltd.") == (
        "Legal representative", "post:officer-list@0.5")
    assert len(posts) == 1


_TABLE = (
    "Tin smelter names its new board\n\n"
    "GEJIU, June 2 -- Yunnan Kafang Tin Smelting Co., Ltd. elected a new board at a "
    "shareholders' meeting on Friday. The company listed its officers as follows.\n\n"
    "Post | Name\n"
    "Chairman | Li Guangming\n"
    "Vice chairman | Zhao Xuelian\n"
    "Chair | Yang Dongsheng\n\n"
    "The company smelted 21,000 tonnes of tin in 2025.\n")


def test_a_post_name_table_gives_posts_but_not_a_bare_chair(drafts):
    d = drafts["table"]
    assert _posts(d, "Li Guangming").get("Yunnan Kafang Tin Smelting Co., Ltd.") == (
        "Chairman", "post:officer-list@0.5")
    assert _posts(d, "Zhao Xuelian").get("Yunnan Kafang Tin Smelting Co., Ltd.")[0] == (
        "Vice chairman")
    assert not any(r.startswith("post:officer") for _, r in
                   _posts(d, "Yang Dongsheng").values())


_MASTHEAD = (
    "2026-05-04 | 21st Century Business Herald | Markets\n\n"
    "Zinc premiums climb as smelters cut runs\n\n"
    "By staff reporters Gu Xiaolei and Fan Jingwen\n\n"
    "Premiums for zinc ingot in east China rose for a third week as smelters in Hunan cut "
    "output for maintenance, traders said.\n")

_SOURCE = (
    "Source: China Industry News\n"
    "Lithium prices ease in April\n"
    "Reporter: Shi Yuqing\n\n"
    "Battery-grade lithium carbonate fell 3 percent in April as converters in Sichuan "
    "restarted lines.\n")

_QUOTED = (
    "Cobalt buyers wait for Congo export quota news\n\n"
    "By Yan Peiqi\n\n"
    "Cobalt hydroxide buyers held off in May. Economic Daily reported that two refiners had "
    "cut runs, and analysts quoted by China Industry News expected a rebound.\n")


def test_a_byline_under_a_masthead_line_writes_for_its_outlet(drafts):
    for who in ("Gu Xiaolei", "Fan Jingwen"):
        assert _posts(drafts["masthead"], who) == {
            "21st Century Business Herald": ("Reporter", "post:byline-outlet")}, who
    assert _posts(drafts["source"], "Shi Yuqing") == {
        "China Industry News": ("Reporter", "post:byline-outlet")}


def test_no_byline_post_for_outlets_named_in_sentences(drafts):
    assert _posts(drafts["quoted"], "Yan Peiqi") == {}


_SLIDE = (
    "Landslide buries road to tungsten mine in Xinjiang\n\n"
    "URUMQI, Aug. 2 -- A landslide cut the only road to a tungsten mine in Xinjiang on Friday. "
    "The work was directed by Ma Jianhong, vice chairman of the Xinjiang "
    "Uygur Autonomous Region. He Jun, vice chairman of Qinghai Province, sent condolences. "
    "The Ministry of Emergency Management sent a team led by its deputy director Geng "
    "Zhiyuan. Its spokesman declined to comment, and Pan Dehai said roads would reopen.\n")


def test_a_regions_vice_chairman_and_its_deputy_director(drafts):
    d = drafts["landslide"]
    assert _posts(d, "Ma Jianhong") == {
        "Xinjiang Uygur Autonomous Region": ("Vice chairman", "post:in-place")}
    assert _posts(d, "He Jun") == {}            # a province has no chairman
    assert _posts(d, "Geng Zhiyuan") == {
        "Ministry of Emergency Management": ("Deputy director", "post:referent-role-name@0.5")}
    assert _posts(d, "Pan Dehai") == {}


_SHORT = (
    "Tungsten concentrate buyers pay up\n\n"
    "GANZHOU, July 9 -- Ganzhou Huixin Tungsten Co., Ltd., a smelter in Ganzhou, Jiangxi, "
    "raised its bid for concentrate on Tuesday. \"Supply is tight,\" said Ouyang Li, Huixin's chief "
    "engineer. Jiangxi Huixin Holding Co., Ltd. owns 70% of the smelter. Luo Xiang, Huixin's "
    "sales manager, said stocks were low.\n")


def test_a_short_name_after_the_person(drafts):
    d = drafts["short"]
    assert _posts(d, "Ouyang Li") == {
        "Ganzhou Huixin Tungsten Co., Ltd.": ("Chief engineer", "post:short-name-role-name@0.5")}
    assert _posts(d, "Luo Xiang") == {}     # two named before: which one is not said


_AGM = (
    "Zinc smelter keeps dividend\n\n"
    "BAIYIN, June 6 -- Baiyin Hengtong Zinc Co., Ltd. held its annual general meeting on "
    "Friday. Chairman Wei Dongping told shareholders that the company would hold output at "
    "280,000 tonnes. Professor Lin Tao said zinc demand from galvanizing was flat, and "
    "analyst Zhou Bin expected lower treatment charges.\n\n"
    "Rain closed two roads near the plant on Sunday. Director Gu Hong said they would "
    "reopen soon.\n\n"
    "The Gansu Nonferrous Metals Industry Association held a briefing in Lanzhou on Monday. "
    "Executive Vice President Lou Qing and Deputy Secretary-General Fu Yan presented the "
    "figures.\n")

_COURT = (
    "Court orders copper trader to pay\n\n"
    "KUNMING, Sept. 3 -- The Kunming Intermediate People's Court has ordered Dianhong Copper "
    "Trading Co., Ltd. to pay 31 million yuan to Yunnan Jinsha Copper Co., Ltd. Jinsha Copper "
    "said Dianhong Copper Trading Co., Ltd. had failed to pay for cathode. The panel was "
    "led by presiding judge Ye Qinglan. Dianhong Copper Trading Co., Ltd. may appeal.\n")


def test_a_title_before_a_name_is_a_post_in_the_body_reported_on(drafts):
    d = drafts["agm"]
    assert _posts(d, "Wei Dongping") == {
        "Baiyin Hengtong Zinc Co., Ltd.": ("Chairman", "post:title-name@0.4")}
    assert _posts(d, "Lou Qing") == {"Gansu Nonferrous Metals Industry Association": (
        "Executive Vice President", "post:title-name@0.4")}
    assert _posts(d, "Fu Yan") == {"Gansu Nonferrous Metals Industry Association": (
        "Deputy Secretary-General", "post:title-name@0.4")}


def test_no_title_post_for_ranks_trades_or_an_unnamed_body(drafts):
    d = drafts["agm"]
    for who in ("Lin Tao", "Zhou Bin", "Gu Hong"):
        assert _posts(d, who) == {}, who


def test_a_judges_title_is_a_post_in_the_court_named_before(drafts):
    assert _posts(drafts["court"], "Ye Qinglan") == {
        "Kunming Intermediate People's Court": ("Presiding judge", "post:title-name@0.4")}


_ALLIANCE = (
    "Cobalt recyclers form an alliance\n\n"
    "NINGBO, Oct. 11 -- Twenty-three battery recyclers set up the Zhejiang Cobalt Recycling "
    "Alliance in Ningbo on Saturday. The founding meeting adopted the alliance's charter. "
    "Xu Jinlong, chief engineer of the Ningbo Institute of Materials Technology, was elected "
    "secretary-general. Cao Lihua, 51, who ran a scrap yard, was elected to the board of "
    "Ningbo Jinhe Recycling Co., Ltd.\n\n"
    "Yuyao Huatai Cobalt Group Co., Ltd. joined the alliance. The former general manager, "
    "Shao Weiming, has retired from the group, which recycles 9,000 tonnes of cobalt a year.\n")


def test_an_apposed_person_elected_to_a_role_and_a_former_role(drafts):
    d = drafts["alliance"]
    assert _posts(d, "Xu Jinlong") == {
        "Ningbo Institute of Materials Technology": ("Chief engineer",
                                                     "post:name-comma-role-of-org"),
        "Zhejiang Cobalt Recycling Alliance": ("Secretary-general", "post:apposed-elected@0.4")}
    assert not any(r.endswith("@0.4") for _, r in _posts(d, "Cao Lihua").values())
    assert _posts(d, "Shao Weiming") == {
        "Yuyao Huatai Cobalt Group Co., Ltd.": ("General manager", "post:the-role-name@0.4")}


_ADVISER = (
    "Zinc refiner hires new plant head\n\n"
    "KASHGAR, Nov. 2 -- Tian Ye, formerly senior technical adviser of Xinjiang Kunlun Zinc "
    "Co., Ltd., took charge of the Kashgar plant of Xinjiang Tianshan Lead Co., Ltd. on "
    "Monday.\n")


def test_a_former_role_is_read_without_formerly(drafts):
    assert _posts(drafts["adviser"], "Tian Ye").get("Xinjiang Kunlun Zinc Co., Ltd.") == (
        "Senior technical adviser", "post:name-comma-described-role")


_JUDGMENT = (
    "Civil Judgment of the Wuhan Maritime Court\n\n"
    "Plaintiff: Hubei Daye Copper Trading Co., Ltd.\n"
    "Legal representative: Qin Hailong, chairman\n"
    "Agent ad litem: Cheng Jia, lawyer\n"
    "Defendant: Jiujiang Yangtze Shipping Co., Ltd.\n"
    "Legal representative: Gong Ruihua, general manager\n\n"
    "The court found that 3,000 tonnes of copper cathode were damaged by water in transit.\n\n"
    "Presiding Judge: Lei Xiaoyan\n")


def test_a_records_labels_are_posts_in_the_organisation_of_the_line_above(drafts):
    d = drafts["judgment"]
    assert _posts(d, "Qin Hailong") == {
        "Hubei Daye Copper Trading Co., Ltd.": ("Legal representative", "post:officer-list@0.5")}
    assert _posts(d, "Gong Ruihua") == {
        "Jiujiang Yangtze Shipping Co., Ltd.": ("Legal representative", "post:officer-list@0.5")}
    assert _posts(d, "Lei Xiaoyan") == {
        "Wuhan Maritime Court": ("Presiding Judge", "post:officer-list@0.5")}
    assert _posts(d, "Cheng Jia") == {}
