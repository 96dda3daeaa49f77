"""Round 22, roles: relations between entities a draft already has, read from layouts and
phrasings the older rules left: an organisation's record of "Label: value" fields (its address,
its parent), a bracketed apposition, a person's record with "Current post:" fields, posts
printed as stacked lines (letters, signature blocks, side by side), and "Its <role> is A"."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _by_label(draft, start):
    return next(e for e in draft.entities.values() if e.label.startswith(start))


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if p == pred}


def _posts(draft):
    return {e.label for e in draft.entities.values() if str(e.cls).endswith("#Post")}


PARTIES = """NOTICE OF ESTIMATED RELATED-PARTY PURCHASES FOR 2027

The board approved the estimate on 3 March 2027. The related parties are:

1. Tongling Qinglong Copper Holdings Co., Ltd.
   Legal representative: Fan Deshan
   Address: Shizishan District, Tongling, Anhui Province
   Relationship: controlling shareholder of the Company.

2. Wuhu Baishui Cable Trading Co., Ltd.
   Legal representative: Lou Yiming
   Address: Jiujiang District, Wuhu, Anhui Province
   Relationship: a wholly owned subsidiary of Tongling Qinglong Copper Holdings Co., Ltd.

The purchases are made at market prices.
"""


def test_a_record_s_address_and_parent_are_its_place_and_its_owner(kg, tmp_path):
    d = _draft(kg, tmp_path, PARTIES, "r22-parties")
    qinglong = _by_label(d, "Tongling Qinglong Copper Holdings")
    baishui = _by_label(d, "Wuhu Baishui Cable Trading")
    assert any("Shizishan" in x for x in _objects(d, qinglong, NFO.locatedIn))
    assert any("Jiujiang" in x for x in _objects(d, baishui, NFO.locatedIn))
    assert any("Qinglong" in x for x in _objects(d, baishui, NFO.subsidiaryOf))
    # each record's address is its own: not the other company's district
    assert not any("Jiujiang" in x for x in _objects(d, qinglong, NFO.locatedIn))
    assert not any("Shizishan" in x for x in _objects(d, baishui, NFO.locatedIn))


PROSE_ADDRESS = """Tongling Qinglong Copper Holdings Co., Ltd. said on Monday that its new rod mill
would start in May. The address of the plant was not given, and the company said the
Jiujiang District site of a trading partner in Wuhu, Anhui Province, would store the rods.
"""


def test_an_address_in_prose_is_no_record_field(kg, tmp_path):
    d = _draft(kg, tmp_path, PROSE_ADDRESS, "r22-prose-address")
    qinglong = _by_label(d, "Tongling Qinglong Copper Holdings")
    assert not any("Jiujiang" in x for x in _objects(d, qinglong, NFO.locatedIn))


CONTRACT = """ALUMINA SUPPLY CONTRACT

Buyer (Party A):   Linfen Dongshan Alloy Wheels Co., Ltd.
                   (a wholly owned subsidiary of Pingyao Hongtu Industrial Group)
                   Address: Plot 9, Dongguan Industrial Park, Linfen, Shanxi Province
Seller (Party B):  Jiexiu Fengrun Alumina Co., Ltd.

Party A (seal)                            Party B (seal)
Linfen Dongshan Alloy Wheels Co., Ltd.    Jiexiu Fengrun Alumina Co., Ltd.
Authorised representative: Cao Minghui    Legal representative: Rong Guangping
Title: Deputy General Manager             Title: Chairman
"""


def test_a_contract_s_party_fields_and_side_by_side_signatures(kg, tmp_path):
    d = _draft(kg, tmp_path, CONTRACT, "r22-contract")
    dongshan = _by_label(d, "Linfen Dongshan Alloy Wheels")
    assert any("Hongtu" in x for x in _objects(d, dongshan, NFO.subsidiaryOf))
    # past the numbered plot: the park
    assert any("Dongguan Industrial Park" in x for x in _objects(d, dongshan, NFO.locatedIn))
    posts = _posts(d)
    assert any(p.startswith("Cao Minghui, Deputy General Manager, Linfen Dongshan") for p in posts)
    assert any(p.startswith("Rong Guangping, Chairman, Jiexiu Fengrun") for p in posts)
    # each column's person in its own column's company
    assert not any(p.startswith("Cao Minghui") and "Jiexiu" in p for p in posts)
    assert not any(p.startswith("Rong Guangping") and "Linfen" in p for p in posts)


CADRES = """Publicity of Leading Cadres Proposed for Appointment

The following comrades are proposed for leading posts of Gansu Qilian Nickel Group Co., Ltd.

1. Mo Jianxin
   Male, born May 1976; senior engineer.
   Current post: Deputy General Manager of Gansu Qilian Nickel Group Co., Ltd.; Chairman
   of Jinchang Qilian Cobalt Materials Co., Ltd.
   Proposed post: General Manager of Gansu Qilian Nickel Group Co., Ltd.

2. Wei Shulan
   Female, born June 1981; senior accountant.
   Career: an auditor who audited Zhangye Lvzhou Mining Co., Ltd. for several years.
   Proposed post: Chief Financial Officer of Gansu Qilian Nickel Group Co., Ltd.
"""


def test_a_person_s_record_fields_give_their_posts(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, CADRES, "r22-cadres"))
    assert any(p.startswith("Mo Jianxin, Deputy General Manager, Gansu Qilian Nickel")
               for p in posts)
    assert any(p.startswith("Mo Jianxin, Chairman, Jinchang Qilian Cobalt") for p in posts)
    assert any(p.startswith("Wei Shulan, Chief Financial Officer, Gansu Qilian Nickel")
               for p in posts)
    # a career line is no post field: nothing at the audited company
    assert not any(p.startswith("Wei Shulan") and "Zhangye" in p for p in posts)
    # one record's fields are not the next person's
    assert not any(p.startswith("Wei Shulan") and "Jinchang" in p for p in posts)


LETTER = """NORDHAVN METALS AS
Havnegata 4, Bergen, Norway

Mr. Kou Zhenyu
Chairman
Baotou Yinhe Rare Earth Materials Co., Ltd.
Baotou, Inner Mongolia

Dear Chairman Kou,

We thank you for the visit of your delegation in October.

Yours sincerely,

Ingrid Solheim
Nordhavn Metals AS
"""


def test_a_letter_s_inside_address_gives_the_addressee_s_post(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, LETTER, "r22-letter"))
    assert any(p.startswith("Kou Zhenyu, Chairman, Baotou Yinhe Rare Earth") for p in posts)
    # the addressee is not in the sender's company (the letterhead)
    assert not any(p.startswith("Kou Zhenyu") and "Nordhavn" in p for p in posts)
    # a name over an organisation with no role line between them: no post guessed
    assert not any(p.startswith("Ingrid Solheim") for p in posts)


SIGNED = """For and on behalf of
HUAIHAI MUTUAL CARGO INSURANCE CO., LTD.

Authorized signature: Jiang Yuhang
Manager, Hull and Cargo Claims Department

Witness: Peng Lu
Lanzhou, 2 May 2027
"""


def test_a_signature_s_role_line_gives_the_unit_it_names(kg, tmp_path):
    d = _draft(kg, tmp_path, SIGNED, "r22-signed")
    posts = _posts(d)
    assert any(p.startswith("Jiang Yuhang, Manager, Hull and Cargo Claims Department")
               for p in posts)
    # a name with no role line under it holds nothing here
    assert not any(p.startswith("Peng Lu") for p in posts)


YEARBOOK = """Anning Jinding Copper Foil expands its foil capacity

Anning Jinding Copper Foil Co., Ltd. runs two foil lines in the Anning Industrial Park and
will add a third in 2027. Its general manager is Shi Kaiwen. Output rose 12 percent in 2026.
Its best year was 2021, when the company sold 9,000 tonnes.
"""


def test_its_role_is_a_name(kg, tmp_path):
    d = _draft(kg, tmp_path, YEARBOOK, "r22-yearbook")
    posts = _posts(d)
    assert any(p.startswith("Shi Kaiwen, General manager, Anning Jinding Copper Foil")
               for p in posts)
    # "Its best year was 2021": no role, no post of anyone
    assert len([p for p in posts if "Anning Jinding" in p]) == 1


WEEKLY = """                      SITE SUPERVISION WEEKLY REPORT

Project:     60,000 t/a Copper Rod and Wire Project (Phase II)
             of Lujiang Hengtong Copper Materials Co., Ltd.
Site:        Baihu Industrial Park, Lujiang County, Hefei, Anhui Province
Owner:       Lujiang Hengtong Copper Materials Co., Ltd. (wholly owned subsidiary
             of Chaohu Zhongtian Holdings Co., Ltd.)
Contractor:  Anhui Shuijian Metallurgical Construction Co., Ltd.

1  PROGRESS
   Piling of the rod mill hall is 80 percent done.

Prepared by: Tong Lixin / Mao Ruiqi               Reviewed by: Xue Bingkun
"""


def test_a_report_s_fields_give_its_site_its_owner_s_parent_and_its_drafters(kg, tmp_path):
    d = _draft(kg, tmp_path, WEEKLY, "r22-weekly")
    # the record's "Project:" field names it whole, with its capacity (table:record-project)
    project = next(e for e in d.entities.values() if "Copper Rod and Wire Project" in e.label)
    assert any("Baihu Industrial Park" in x for x in _objects(d, project, NFO.locatedIn))
    owner = _by_label(d, "Lujiang Hengtong Copper Materials")
    assert any("Chaohu Zhongtian" in x for x in _objects(d, owner, NFO.subsidiaryOf))
    report = next(e for e in d.entities.values() if str(e.cls).endswith("#Report")
                  and "weekly report" in e.label.lower())
    drafters = _objects(d, report, NFO.draftedBy)
    assert {"Tong Lixin", "Mao Ruiqi"} <= drafters
    # the reviewer signed beside them but did not draft it
    assert "Xue Bingkun" not in drafters


BOXED = """Lujiang Hengtong Copper Materials Co., Ltd. (unit: tonnes)

Product        2025     2026
Copper rod    41,000   52,000
"""


def test_a_bracket_that_names_no_tie_ties_nothing(kg, tmp_path):
    d = _draft(kg, tmp_path, BOXED, "r22-boxed")
    owner = _by_label(d, "Lujiang Hengtong Copper Materials")
    assert not _objects(d, owner, NFO.subsidiaryOf) and not _objects(d, owner, NFO.unitOf)


SITE_MEETING = """Minutes of the 12th Site Coordination Meeting

Project:     Tailings Filtration Plant of Xiangxi Jinxin Antimony Co., Ltd.
Owner:       Xiangxi Jinxin Antimony Co., Ltd.
Contractor:  Huaihua Lianda Mining Construction Co., Ltd.

The meeting was chaired by Peng Sihai, project director of the owner. Qu Fang, site
manager of the contractor, reported that the filter press hall was 70 percent built.
The owner of the village shop nearby, Hu Laosan, asked about the dust.
"""


def test_a_party_a_field_names_is_the_one_its_part_stands_for(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, SITE_MEETING, "r22-site-meeting"))
    assert any(p.startswith("Peng Sihai, Project director, Xiangxi Jinxin Antimony")
               for p in posts)
    assert any(p.startswith("Qu Fang, Site manager, Huaihua Lianda") for p in posts)
    # "the owner of the village shop" is no post in the owner of the works
    assert not any(p.startswith("Hu Laosan") for p in posts)
