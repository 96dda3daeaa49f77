"""`kg ingest` attacked a fifty-ninth time (round 58), with short texts written for this file in
the genres of the round's held-out sets, which the project had not read: a market regulator's
conditional merger approval and a cartel penalty decision, a fishing-ban notice with its river
sections, a community correction notice, a special equipment inspection report and a report
pasted from a PDF with its hard line breaks and hyphenation, a plan numbered "(1) 1. \u2460", a
text signed with a Chinese date only, headings in full-width brackets and names whose parts a
middle dot joins.

Fixed in the round: a signature's day printed the Chinese way ("2029\u5e743\u67085\u65e5") read
as the year alone past a text's first 300 characters, so the text took a day its body told of
(two years off in a penalty decision; reading/dates); the year of such a day joined to the
signer's name above it ("... Administration for Market Regulation 2029"; names/name_tokens) and
to a title above it (reading/title_lines); a word hyphenated across a line ("Administra-" /
"tion", and hostile58's "So-" / "ciety") whose head word went unread (names/candidates); a
month alone on a report's cover ("June 2029") passed over for a day of its body a year before
(reading/dates); a "Law Enforcement Detachment" drafted as a law (names/head_guards); a law the
first paragraph cites drafted as issued by the notice's signer on the notice's day
(events/signed_document); names joined by a middle dot not drafted at all
(names/dotted_people); a title kept in its full-width brackets (reading/options); a headline's
adverb kept in the regulator's name ("... Regulation Conditionally"; reading/headlines).

Not fixed (strict xfails): a signer's name run on into the document number's line under it, an
inspection report's inspector placed in a workshop of its table, a river's "(Gansu Section)"
drafted as an organisation, a process named by a title that takes the Chinese date line under
it, a fisheries administration station drafted as a works, a form's "Conclusion:" kept in an
event's label.

A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones
guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, posts, values as _values


def _draft(kg, text: str, doc_id: str = "hostile59-x"):
    return draft_of(kg, text, doc_id, "hostile59.txt")


# --- 1. a cartel penalty decision signed with a Chinese date ---------------------------------------
_CARTEL = ("\u3010Administrative Penalty Decision\u3011\n\nHunan Provincial Administration for Market "
           "Regulation\n\n\u3010Parties\u3011\n1. CHENZHOU DAXING LEAD PRODUCTS CO., LTD.\n2. Leiyang "
           "Hongtu Battery Alloy Co., Ltd.\n\n\u3010Facts\u3011\nFrom April 2026 to May 2027 the two "
           "parties agreed by telephone and at two dinners in Chenzhou to quote the same price for "
           "lead-calcium alloy and not to bid against each other for three battery makers. This "
           "is a monopoly agreement between competitors.\n\n\u3010Penalty\u3011\nThe bureau "
           "confiscates illegal gains of 0.8 million yuan and imposes fines of 2.9 million yuan in "
           "all. A party may apply for reconsideration within 60 days.\n\nHunan Provincial "
           "Administration for Market Regulation\n2029\u5e742\u670811\u65e5\n")


def test_a_decision_signed_with_a_chinese_date_is_dated_by_it(snapshot_kg):
    """The signature's "2029\u5e742\u670811\u65e5" was read as the year 2029 alone past the
    text's first 300 characters (reading/dates._signed_above read no "\u5e74"), so the text took
    the first month its facts tell of, two years before."""
    draft = _draft(snapshot_kg, _CARTEL)
    assert str(draft.date) == "2029-02-11", draft.date


def test_the_signers_name_takes_no_year_of_the_chinese_date(snapshot_kg):
    """The signer's name ran on over the line break into the year of the day under it ("Hunan
    Provincial Administration for Market Regulation 2029"): a number written against a Chinese
    character is no word of a name."""
    draft = _draft(snapshot_kg, _CARTEL)
    bodies = _new(draft, "GovernmentBody")
    assert "Hunan Provincial Administration for Market Regulation" in bodies, bodies
    assert not {b for b in bodies if b.endswith("2029")}, bodies


def test_a_title_in_full_width_brackets_is_the_title(snapshot_kg):
    """"\u3010Administrative Penalty Decision\u3011": the brackets are the layout's, no words of
    the catalogue's title."""
    assert _draft(snapshot_kg, _CARTEL).title == "Administrative Penalty Decision"


def test_a_bracketed_word_inside_a_title_stays(snapshot_kg):
    """The guard: brackets that do not hold the whole title stay."""
    draft = _draft(snapshot_kg, "\u3010Draft\u3011 Rules on Tin Solder Pricing\n\nThe rules were "
                                "published on 3 March 2029.\n")
    assert draft.title.startswith("\u3010Draft\u3011"), draft.title


def test_a_short_notice_dated_in_chinese_under_its_title(snapshot_kg):
    """A Chinese date on the line under the title is no line of the title (it was joined to it:
    "Notice on Crane Inspection 2029\u5e743\u67085\u65e5")."""
    draft = _draft(snapshot_kg, "Notice on Crane Inspection\n2029\u5e743\u67085\u65e5\n\nAll zinc "
                                "smelters in Hanzhong shall complete the self-inspection of their "
                                "cranes by 30 April 2029.\n")
    assert draft.title == "Notice on Crane Inspection", draft.title
    assert str(draft.date) == "2029-03-05"
    assert "Notice on Crane Inspection" in _new(draft, "Notice"), _new(draft)


def test_an_english_signature_still_dates_the_decision(snapshot_kg):
    """The guard: the same decision signed "11 February 2029"."""
    draft = _draft(snapshot_kg, _CARTEL.replace("2029\u5e742\u670811\u65e5", "11 February 2029"))
    assert str(draft.date) == "2029-02-11"


def test_a_signer_over_a_document_number_line(snapshot_kg):
    """A signer's name over a document number's line ('Yunnan Provincial Administration for
    Market Regulation' / 'Decision No. Yun Shi Jian Chu Fa [2029] 17') ran on across the line
    break into a GovernmentBody '... Market Regulation Decision No' (fixed in round 59,
    hostile60: a line break carries no name onto a document number's line,
    names/name_tokens.GAP and reading/number_lines)."""
    draft = _draft(snapshot_kg, "Penalty Decision\n\nYunnan Provincial Administration for Market "
                                "Regulation\nDecision No. Yun Shi Jian Chu Fa [2029] 17\n\nThe "
                                "bureau fined Gejiu Jinlong Solder Co., Ltd. 1.2 million yuan on "
                                "3 March 2029.\n")
    assert not {b for b in _new(draft) if b.endswith("Decision No")}, _new(draft)


# --- 2. a merger approved with conditions -----------------------------------------------------------
def test_a_headlines_adverb_is_no_word_of_the_regulators_name(snapshot_kg):
    """"X Administration Conditionally Approves Y": the adverb before the headline's verb was
    read into a GovernmentBody "Xinjiang Administration for Market Regulation Conditionally"."""
    draft = _draft(snapshot_kg, "Xinjiang Administration for Market Regulation Conditionally "
                                "Approves Nickel Merger\n\nURUMQI, 14 April 2029 -- The regulator "
                                "approved the purchase of Hami Nickel Co., Ltd. by Tianshan "
                                "Metals Co., Ltd. on condition that nickel sulphate is supplied "
                                "on fair terms.\n")
    assert not {x for x in _new(draft) if x.endswith("Conditionally")}, _new(draft)
    assert "Xinjiang Administration for Market Regulation" in _new(draft, "GovernmentBody"), \
        _new(draft)


def test_a_name_ending_like_an_adverb_is_kept(snapshot_kg):
    """The guard: "Supply" before a headline's verb is a word of the name ("Anhui Power Supply
    Signs ..."; no ending of data/headline-adverb-endings.txt)."""
    draft = _draft(snapshot_kg, "Qinghai Aluminium Power Supply Company Signs Deal\n\nXINING, 4 "
                                "May 2029 -- The company signed a power deal on Friday.\n")
    assert "Qinghai Aluminium Power Supply Company" in _new(draft, "Company"), _new(draft)


# --- 3. a report pasted from a PDF -----------------------------------------------------------------
_PDF = ("Annual Report on Lifting Equipment in Zinc Smel-\nters of Gansu Province (2028)\n\nGansu "
        "Provincial Administra-\ntion for Market Regulation\nJune 2029\n\n1. Overview\nAt the end "
        "of 2028 the province's zinc smel-\nters had registered 1,108 cranes and 214 pres-\nsure "
        "vessels. Baiyin Nonferrous Group Co., Ltd. held 38% of them.\n\n2. Accidents\nOn 9 "
        "September 2028 a ladle crane in a smelter in Baiyin dropped\nits load; one worker was "
        "hurt. The Baiyin Municipal Admin-\nistration for Market Regulation investigated.\n")


def test_a_body_hyphenated_across_lines_keeps_its_head_word(snapshot_kg):
    """"Gansu Provincial Administra-" / "tion for Market Regulation": the reading copy keeps the
    line-end hyphen's place as soft hyphens, which the head word "Administration" did not match,
    so the issuer was lost and a PolicyDocument "Market Regulation" drafted."""
    draft = _draft(snapshot_kg, _PDF)
    bodies = _new(draft, "GovernmentBody")
    assert {"Gansu Provincial Administration for Market Regulation",
            "Baiyin Municipal Administration for Market Regulation"} <= bodies, _new(draft)
    assert "Market Regulation" not in _new(draft), _new(draft)


def test_a_month_alone_on_a_cover_dates_the_report(snapshot_kg):
    """"June 2029" alone under the issuer on the report's cover: the month it was written, not
    the day of the accident its body tells of a year before (2028-09-09)."""
    assert str(_draft(snapshot_kg, _PDF).date) == "2029-06"


def test_a_chronologys_month_heading_under_a_dated_header_is_no_cover(snapshot_kg):
    """The guard: a full day in the header above a month heading stays the text's."""
    draft = _draft(snapshot_kg, "Crane Accident Review\nIssued: 12 October 2029\n\nSeptember 2029"
                                "\nA bridge crane at Baiyin zinc smelter failed its brake test on "
                                "9 September 2029.\n")
    assert str(draft.date) == "2029-10-12"


def test_a_society_hyphenated_across_lines_is_a_society(snapshot_kg):
    """hostile58's fault: 'Yulin Red Cross So-' / 'ciety' drafted a Company."""
    draft = _draft(snapshot_kg, "Co-operation be-\ntween the Yulin Red Cross So-\nciety and Shenmu "
                                "Yongan Zinc In-\ndustry Co., Ltd. was signed on 4 Sep-\ntember "
                                "2029 in Yulin.\n")
    assert "Yulin Red Cross Society" in _new(draft, "IndustryAssociation"), _new(draft)
    assert not {x for x in _new(draft, "Company") if "Society" in x}, _new(draft)


# --- 4. a fishing ban and its enforcers ------------------------------------------------------------
_BAN = ("Notice on the 2029 Summer Fishing Ban in the Jialing River (Gansu Section)\n\nI. Waters\n"
        "The main stream of the Jialing River in Hui County and Liangdang County.\n\nII. Period\n"
        "From 1 March 2029 to 30 June 2029.\n\nIII. Enforcement\nThe Longnan Agricultural "
        "Comprehensive Law Enforcement Detachment will patrol the river and check the outlets of "
        "the lead-zinc tailings ponds near Chengxian.\n\nGansu Provincial Department of "
        "Agriculture and Rural Affairs\n20 February 2029\n")


def test_a_law_enforcement_detachment_is_no_law(snapshot_kg):
    """"X Agricultural Comprehensive Law Enforcement Detachment" was drafted as a Policy "X
    Agricultural Comprehensive Law" (name:law): "Law" before "Enforcement" makes the term "law
    enforcement" (data/head-term-after.txt), no law's name ends there."""
    draft = _draft(snapshot_kg, _BAN)
    assert not {x for x in _new(draft, "Policy") if "Comprehensive Law" in x}, _new(draft)


def test_a_law_enforcement_bureau_and_a_named_law_stay(snapshot_kg):
    """The guard: a law enforcement bureau is a body, a law named "X Law of ..." a law."""
    draft = _draft(snapshot_kg, "Patrol\n\nLONGNAN, 3 April 2029 -- The Hui County Urban "
                                "Management Law Enforcement Bureau inspected two tailings ponds on "
                                "Tuesday under the Fisheries Law of the People's Republic of "
                                "China.\n")
    assert "Hui County Urban Management Law Enforcement Bureau" in \
        _new(draft, "GovernmentBody"), _new(draft)
    assert "Fisheries Law of the People's Republic of China" in _new(draft, "Policy")


@fault("a river's section in brackets in a ban notice's title ('... in the Jialing River (Gansu "
       "Section)') is drafted as an Organization 'Gansu Section' (name:section): a stretch of a "
       "river, no body")
def test_a_rivers_section_is_no_organisation(snapshot_kg):
    draft = _draft(snapshot_kg, _BAN)
    assert "Gansu Section" not in _new(draft, "Organization"), _new(draft)


# --- 5. a community correction notice --------------------------------------------------------------
_CORRECTION = ("Community Correction Notice\n\nTo: Ma Xiaodong\n\nUnder the Community Correction Law "
               "of the People's Republic of China, you are placed under community correction "
               "from 2 June 2029 to 1 December 2029 by judgment of the Lueyang County People's "
               "Court, and shall report to the Xujiaping Judicial Office within 10 days.\n\n"
               "You shall not leave Hanzhong without approval and shall do eight hours of "
               "public welfare work a month at the county's lead-zinc tailings restoration "
               "site.\n\nLueyang County Community Correction Committee Office\n3 June 2029\n")


def test_a_law_the_notice_cites_is_not_issued_by_its_signer(snapshot_kg):
    """The national law the first paragraph cites was drafted as issued by the county office that
    signs the notice, on the notice's day (document:signed-by, date:signature): the title lines
    read the paragraph under a short title as a third title line; a paragraph is no title line."""
    draft = _draft(snapshot_kg, _CORRECTION)
    law = "Community Correction Law of the People's Republic of China"
    assert not {o for s, o in _values(draft, "issuedBy") if s == law}, _values(draft, "issuedBy")
    assert not {o for s, o in _values(draft, "dateIssued") if s == law}


def test_the_correction_notice_itself_is_signed(snapshot_kg):
    """The guard: the notice itself is issued by its signer on its day."""
    draft = _draft(snapshot_kg, _CORRECTION)
    office = "Lueyang County Community Correction Committee Office"
    assert ("Community Correction Notice", office) in _values(draft, "issuedBy"), \
        _values(draft, "issuedBy")
    assert str(draft.date) == "2029-06-03"


# --- 6. names joined by a middle dot ---------------------------------------------------------------
def test_names_joined_by_a_middle_dot_are_people(snapshot_kg):
    """"Abdurehim\u00b7Tohti, a shift leader" and "Gulnar\u00b7Yasin" (a Uyghur name as a
    Chinese text transliterates it): no surname, no role after one of them, no person drafted."""
    draft = _draft(snapshot_kg, "Model Workers at Hami Nickel Mine\n\nHAMI, 9 September 2029 -- "
                                "Hami Jinfeng Nickel Co., Ltd. honoured eight model workers on "
                                "Monday. Among them were Abdurehim\u00b7Tohti, a shift leader in "
                                "the concentrator, and Gulnar\u00b7Yasin, who runs the assay "
                                "laboratory.\n")
    people = _new(draft, "Person")
    assert {"Abdurehim\u00b7Tohti", "Gulnar\u00b7Yasin"} <= people, _new(draft)


def test_a_spaced_middle_dot_joins_no_name(snapshot_kg):
    """The guard: a dot with spaces around it parts a byline's items; neither are words joined
    tight to ordinary words ("Copper\u00b7Nickel") a person."""
    draft = _draft(snapshot_kg, "Hami Notes \u00b7 Industry Weekly \u00b7 Sunday, 6 September 2029"
                                "\n\nThe Copper\u00b7Nickel Forum opened in Hami.\n")
    assert not {x for x in _new(draft, "Person") if "\u00b7" in x or "Hami" in x}, _new(draft)


# --- 7. an inspection report's signature line -------------------------------------------------------
@fault("an inspection report's signature line ('Inspector: Gao Ming   Reviewer: Sun Li') under a "
       "table of cranes gives a Post 'Gao Ming, Inspector, No. 5 Melting Workshop' "
       "(post:officer-list@0.5 takes the organisation of the table's last row): the inspector "
       "is the inspection institute's, the workshop only where a crane stands")
def test_an_inspectors_signature_is_no_post_in_a_workshop(snapshot_kg):
    text = ("Periodic Inspection Report of Lifting Equipment\n\nInspected unit: Baoji Titanium "
            "Industry Co., Ltd.\nInspection body: Shaanxi Special Equipment Inspection and Testing "
            "Institute\nReport date: 12 October 2029\n\n| No. | Equipment | Registration code | "
            "Location | Result |\n|---|---|---|---|---|\n| 1 | Bridge crane | 4110610800 | No. 2 "
            "Melting Workshop | Qualified |\n| 2 | Gantry crane | 4110610812 | No. 5 Melting "
            "Workshop | Qualified |\n\nInspector: Gao Ming   Reviewer: Sun Li\n")
    draft = _draft(snapshot_kg, text)
    assert not {p for p in posts(draft) if p[0] == "Gao Ming" and "Workshop" in p[2]}, \
        posts(draft)


# --- 8. what the round left open ---------------------------------------------------------------------
@fault("a title over a Chinese date line ('Notice on Crane Inspection' / '2029\u5e743\u67085"
       "\u65e5') still gives an Event 'Crane Inspection 2029\u5e743\u67085\u65e5' "
       "(events/process_titles reads the title's paragraph up to its blank line, the date line "
       "under the title with it, and cuts X at no date)")
def test_a_process_title_takes_no_chinese_date_line(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice on Crane Inspection\n2029\u5e743\u67085\u65e5\n\nAll zinc "
                                "smelters in Hanzhong shall complete the self-inspection of their "
                                "cranes by 30 April 2029.\n")
    assert not {x for x in _new(draft) if "\u5e74" in x}, _new(draft)


def test_a_fisheries_administration_station_is_a_body(snapshot_kg):
    """'Ankang Fisheries Administration Station' (a county's fisheries authority, a government
    body that patrols and fines) was drafted a Site (name:station): 'Station' gave a Site
    whatever words came before it (fixed in round 59, hostile60: a station that administers,
    supervises, monitors or polices is a GovernmentBody, data/body-name-ends.txt)."""
    draft = _draft(snapshot_kg, "Patrol\n\nANKANG, 3 April 2029 -- The Ankang Fisheries "
                                "Administration Station fined two boats for electric fishing in "
                                "the Han River on Tuesday.\n")
    assert "Ankang Fisheries Administration Station" not in _new(draft, "Site"), _new(draft)


@fault("an inspection report's closing field 'Conclusion: the bridge crane 4110610851 failed the "
       "brake test and was sealed on 11 October 2029' gives an Event whose label opens with the "
       "field's label 'Conclusion:' (event:verb-clause keeps a form's key in the clause)")
def test_a_fields_label_is_no_word_of_an_events_label(snapshot_kg):
    draft = _draft(snapshot_kg, "Inspection Report\nReport date: 12 October 2029\n\nInspected "
                                "unit: Baoji Titanium Industry Co., Ltd.\n\nConclusion: the bridge "
                                "crane 4110610851 failed the brake test and was sealed on 11 "
                                "October 2029.\n")
    assert not {x for x in _new(draft) if x.startswith("Conclusion")}, _new(draft)
