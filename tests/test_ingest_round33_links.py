"""Round 33, links and new names on listings and announcements: a company's name wrapped under
itself in a fixed-width listing (with or without a header row) is one name, and its words ("Tin",
"Magnesium", a city) link nothing; a cell's "Scope:" line is no part of the name above it; a
company's short name holding a known product's name ("X Green Aluminium") is the company's; an
ordinal before a city ("the Sixteenth X Municipal People's Congress") is no word of the city's
name; "runs four smelters in X County" and "its plants in A and B" are sites, one per place;
"the Group" of an announcement that defines "the Company" is that company."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _known(draft) -> set:
    return {e.label for e in draft.known()}


def _new(draft, cls: str | None = None) -> set:
    return {e.label for e in draft.new() if not e.role
            and (cls is None or str(e.cls).endswith("#" + cls))}


def _ent(draft, label: str):
    return next(e for e in draft.entities.values() if e.label == label)


def _objects(ent, pred: str) -> set:
    return {str(o).rsplit("/", 1)[-1] for p, o, _, _ in ent.statements
            if str(p).endswith("#" + pred)}


LISTING = """HUAXING QUALITY CERTIFICATION CO., LTD.

Monthly listing of certificate changes -- October 2027

A. Certificates issued

Cert. No.      Holder                         Standard         From        Until
HX27E1001A     Pingdi Kexin Magnesium         ISO 14001:2015   03.10.2027  02.10.2030
               Technology Development Co.,
               Ltd.
               Scope: smelting of primary magnesium
HX27Q1015B     Lanshan Ruifeng Copper Foil    ISO 9001:2015    15.10.2027  14.10.2030
               Co., Ltd.
               Scope: rolling of copper foil in the east plant

B. Certificates withdrawn

HX25S0402C     Dongqiao Hengtai Tin Smelting ISO 45001:2018 withdrawn 21.10.2027
               Co., Ltd.
               Reason: an accident in the roasting workshop.
HX24E0817D     Beiling Jinhua Aluminium        ISO 14001:2015   suspended 25.10.2027
               Processing Co., Ltd.
               (suspended for an overdue audit)
"""


def test_names_wrapped_in_a_listing_are_whole_and_their_words_link_nothing(snapshot_kg):
    d = draft_of(snapshot_kg, LISTING, "round33-listing")
    companies = _new(d, "Company")
    assert {"Pingdi Kexin Magnesium Technology Development Co., Ltd.",
            "Lanshan Ruifeng Copper Foil Co., Ltd.",
            "Dongqiao Hengtai Tin Smelting Co., Ltd.",
            "Beiling Jinhua Aluminium Processing Co., Ltd."} <= companies
    # no fragment of a name proposed, no metal linked from inside a name
    assert not {c for c in companies if c.startswith(("Technology", "Processing", "Co."))}
    assert not {"Tin", "Aluminium"} & _known(d)
    # the scope line is the certificate's, not more of the holder's name
    assert not any("Scope" in c for c in companies)


def test_a_known_company_wrapped_in_a_listing_is_linked(snapshot_kg):
    text = LISTING.replace("Pingdi Kexin Magnesium    ", "Weifang Wanfeng Magnesium ")
    d = draft_of(snapshot_kg, text, "round33-listing-known")
    assert "Weifang Wanfeng Magnesium Technology Development Co., Ltd." in _known(d)
    assert "Weifang" not in {e.label for e in d.entities.values()}


QA = """Investor questions, export of 1-5 November 2027
Company: Guizhou Fenglin Green Aluminium Co., Ltd.   Code: 009876

[Q1] Investor 13****11   asked 2027-11-01 10:00:00
Does the smelter buy green electricity?

[A1] Fenglin Green Aluminium   answered 2027-11-02 09:30:00
Thank you. Fenglin Green Aluminium bought 2.1 TWh of hydropower in 2026.
"""


def test_a_short_name_holding_a_known_product_is_the_company(snapshot_kg):
    d = draft_of(snapshot_kg, QA, "round33-qa")
    co = _ent(d, "Guizhou Fenglin Green Aluminium Co., Ltd.")
    assert "Fenglin Green Aluminium" in co.aliases
    assert len(co.mentions) == 3
    assert not [e for e in d.known() if str(e.cls).endswith("#Product")]


CONGRESS = """Reply to Proposal No. 0042 of the Third Session of the Sixteenth Qiaoxi Municipal
People's Congress

Deputy Wang: your proposal, made at the third session of the Sixteenth Qiaoxi Municipal
People's Congress, on the recycling of zinc dross, was assigned to our bureau.
"""


def test_an_ordinal_is_no_word_of_a_city(snapshot_kg):
    d = draft_of(snapshot_kg, CONGRESS, "round33-congress")
    cities = _new(d, "City")
    assert "Qiaoxi" in cities
    assert not any(c.startswith("Sixteenth") for c in cities)


COUNTED = """Shaanxi Mingshan Magnesium Industry Group, set up in 2019, runs four smelters in Fugu
County and a magnesium alloy plant in Yulin.
"""


def test_counted_works_after_a_verb_of_having_are_a_site(snapshot_kg):
    d = draft_of(snapshot_kg, COUNTED, "round33-counted")
    site = next(e for e in d.new() if e.rule == "site:plural-noun")
    assert " ".join(d.text[site.mentions[0].start:site.mentions[0].end].split()) == \
        "four smelters in Fugu County"
    assert _objects(site, "ownedBy") == {"shaanxi-mingshan-magnesium-industry-group"}
    assert _objects(site, "locatedIn") == {"fugu-county"}


def test_counted_works_of_no_organisation_are_no_site(snapshot_kg):
    d = draft_of(snapshot_kg, "The province runs four smelters in Fugu County.\n", "round33-c2")
    assert not [e for e in d.new() if e.rule == "site:plural-noun"]


GROUP = """Qiaolian Light Alloy Holdings Limited (the "Company") announces an investment agreement.

The Group makes die-cast parts for new energy vehicles at its plants in Shenzhen and Ningbo.
"""


def test_plants_in_two_places_are_two_sites_of_the_company(snapshot_kg):
    d = draft_of(snapshot_kg, GROUP, "round33-group")
    sites = [e for e in d.new() if e.rule == "site:plural-noun"]
    assert len(sites) == 2
    assert {p for s in sites for p in _objects(s, "locatedIn")} == {"shenzhen", "ningbo"}
    for s in sites:
        assert len(_objects(s, "locatedIn")) == 1
        assert _objects(s, "ownedBy") == {"qiaolian-light-alloy-holdings-limited"}


FILINGS = """Qinghe Provincial Department of Commerce

Under the Measures for the Administration of Overseas Investment of
the Ministry of Commerce, the Department filed these projects.

No. | Domestic investor | Overseas enterprise | Country |
      Main business | Filed

1 | Anyang Lixin Lead Co., Ltd. | Lixin Kedah Recycling Sdn.
    Bhd. | Malaysia | recycled lead | 2027-03-06
2 | Xinxiang Fengyuan Foil Co., Ltd. | Fengyuan Foil (Vietnam)
    Co., Ltd. | Vietnam | aluminium foil | 2027-03-12
3 | Nanyang Jinshi Gold Co., Ltd. | Jinshi Punjab
    Minerals (Pvt) Ltd. | Pakistan | gold exploration | 2027-03-20
"""


def test_names_wrapped_inside_a_pipe_row_are_whole(snapshot_kg):
    d = draft_of(snapshot_kg, FILINGS, "round33-filings")
    labels = {" ".join(x.split()).rstrip(".") for x in _new(d, "Company")}
    assert {"Lixin Kedah Recycling Sdn. Bhd", "Fengyuan Foil (Vietnam) Co., Ltd",
            "Jinshi Punjab Minerals (Pvt) Ltd"} <= labels
    # the ministry at the end of the measures' title is a body of its own
    assert "Ministry of Commerce" in _new(d, "GovernmentBody")


ORDER = """REPUBLIC OF KALVANIA

MINISTRY OF MINES AND HYDROCARBONS

Order No. 88/2027 on mining titles

Article 1. Ore stockpiled at the port may be exported only under a permit from the
Directorate General of Mines.

-----------------------------------------------------------
Title No.    Holder                          Prefecture  Area
-----------------------------------------------------------
PE-C/0101    Zhongtai Bauxite SA             Koundara    210 km2
PE-C/0102    Lanhe Mining SARL               Mali-Ville  140 km2
-----------------------------------------------------------
"""


def test_a_ministry_in_a_capitals_heading_and_a_directorate_general(snapshot_kg):
    d = draft_of(snapshot_kg, ORDER, "round33-order")
    bodies = _new(d, "GovernmentBody")
    assert "Ministry of Mines and Hydrocarbons" in bodies
    assert "Directorate General of Mines" in bodies
    # (a country's name in capitals is no body; nor a title)
    assert not any(b.upper().startswith(("REPUBLIC", "ORDER")) for b in bodies)


def test_the_cells_of_a_prefecture_column_are_places(snapshot_kg):
    d = draft_of(snapshot_kg, ORDER, "round33-order")
    assert {"Koundara", "Mali-Ville"} <= _new(d, "County")


STANDARDS = """Basis of preparation. The report follows the GRI Standards, and the auditor gave limited
assurance under ISAE 3000.

| GRI Standard                | Disclosure                  | Page |
|-----------------------------|-----------------------------|------|
| GRI 303: Water and Effluents| 303-3 Water withdrawal      | 41   |
| GRI 305: Emissions 2016     | 305-1 Direct GHG emissions  | 35   |

2  Product ........................ Al99.85 aluminium ingot (GB/T
                                    1196), remelting grade
"""


def test_standard_numbers_of_more_codes_and_wrapped_after_the_code(snapshot_kg):
    d = draft_of(snapshot_kg, STANDARDS, "round33-standards")
    labels = {e.label for e in d.new()}
    assert {"ISAE 3000", "GRI 303", "GRI 305", "GB/T 1196"} <= labels
    # (a code printed without a number, "GRI Standard" in a header, is no number)
    assert "GRI" not in labels


CERTIFICATE = """The main particulars of the certificate are as follows:

  Certificate holder : Guangxi Longshan Xinhe Aluminium Co., Ltd.
  Sites              : Nongtai bauxite mine; Longshan alumina
                       refinery (1.6 million t/a); Longshan aluminium
                       smelter (300,000 t/a)
  Location           : Longshan County, Baise, Guangxi
  Scope              : alumina refining; casting of ingots
"""


def test_the_items_of_a_sites_field_are_sites(snapshot_kg):
    d = draft_of(snapshot_kg, CERTIFICATE, "round33-sites-field")
    sites = {e.label for e in d.new() if e.rule == "site:field-item"}
    assert sites == {"Nongtai bauxite mine", "Longshan alumina refinery",
                     "Longshan aluminium smelter"}
    # (the "Scope" field's items are no sites, whatever their words)
