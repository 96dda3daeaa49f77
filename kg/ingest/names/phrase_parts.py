"""Where a phrase of capitalised words splits into the parts that may each be a name (used by
:mod:`kg.ingest.names.candidates`, which finds the head word that names each part): before a
date ("... Commission on 15 August 2026"), after a role ("Chairman of X Group"), and at the words
that end one name before another begins: "and" or "&" before a second name, a sentence's end, a
legal form ("X Ltd. to Y Ltd."), a word that opens a clause ("The", "Held", "On"), an amount,
"on the" before a market, "in the"/"at the" before a park or place, a head word that ends a
name ("a Supply Agreement in Fugu County")."""
from __future__ import annotations

import re

from kg.ingest.names.head_guards import congress_body, ends_part, named_before, titled_person
from kg.ingest.names.head_words import role_words
from kg.ingest.names.name_edges import body_general
from kg.ingest.names.name_tokens import NUMERIC_DAY, before_amount, place_to_firm

DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"}
_DAY_NTH = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)[,.]?")
ABBREV = {"Co.", "Ltd.", "Corp.", "Inc.", "No.", "St.", "Dr.", "Mr.", "Ms.",
          # the dotted words of legal forms that another word of the form follows ("Sdn. Bhd.",
          # "Pvt. Ltd.", "Pte. Ltd.", "Pty. Ltd.", "GmbH & Co. KG"): no sentence ends there
          "Sdn.", "Bhd.", "Pvt.", "Pte.", "Pty.", "Lda."}
# the legal forms that end a company's name, and the units that may follow one
_LEGAL_ENDS = {"Ltd.", "Ltd", "Limited", "Plc", "plc", "PLC", "Inc.", "Inc", "Corp.", "LLC",
               "GmbH", "AG", "Tbk", "S.A.", "N.V.", "S.p.A.", "SE", "ASA", "AB", "Oyj", "LLP",
               "JSC", "PJSC", "OJSC", "Bhd", "Bhd.", "B.V.", "BV", "NV", "SpA", "Ltda", "Ltda.",
               "S.L.", "SAS", "SARL", "KG", "Lda", "Lda.", "AS"}
_UNITS = {"Branch", "Office", "Division", "Subsidiary", "Representative"}
_BREAKS = {"The", "On", "In", "At", "Held", "Was", "Were", "During", "From", "With"}
PLACE_CLASSES = {"County", "City", "Province", "Region"}
_PLACE_OR_SITE = PLACE_CLASSES | {"Site"}
ORG_CLASSES = {"Company", "Organization", "GovernmentBody", "IndustryAssociation", "Alliance",
               "ResearchInstitute", "University", "Fund", "MediaOutlet"}
MISSIONS = {"embassy", "consulate", "consulate-general"}


def before_date(text: str, ws: list) -> tuple[list, tuple | None]:
    """Where a name ends before its date ("... Mines on Tuesday", "the General Administration
    of Customs on the 14th", "... in 2025": a year only where the phrase ends with it): the
    words kept, and (the date's first word, the first word after it) when the date stands
    between two phrases."""
    for i in range(1, len(ws) - 1):
        nxt = ws[i + 1][2].rstrip(".,;:").lower()
        if ws[i][2] in ("on", "in") and (nxt in DAY_WORDS or nxt in MONTH_WORDS or (
                _DAY_NTH.fullmatch(nxt) or nxt.isdigit() and len(nxt) <= 2) and i + 2 < len(ws)
                and ws[i + 2][2].rstrip(".,;:").lower() in MONTH_WORDS):
            # "... Inner Mongolia on Friday for the 2025 X Conference", "... in May.\nThe
            # Ministry of X", "... Commission on 15 August 2026": two phrases, the date
            # between them no word of either
            j = i + 2
            while j < len(ws) and (re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?[,.]?", ws[j][2])
                                   or ws[j][2].rstrip(".,;:").lower() in MONTH_WORDS):
                j += 1
            return ws, (i, j)
        if ws[i][2] in ("on", "in") and ((
                ws[i + 1][2] == "the" and i + 2 < len(ws) and _DAY_NTH.fullmatch(ws[i + 2][2]))
                or i + 2 == len(ws) and (re.fullmatch(r"(?:19|20)\d\d", nxt) or NUMERIC_DAY.match(text, ws[i + 1][0]))):
            return ws[:i], None
    return ws, None


def after_role(ws: list, heads: dict, company_tail: bool) -> list:
    """The words from where a name starts after a role before it ("Chairman of Yulin Energy
    Group": from "Yulin")."""
    roles, body_roles = role_words()
    for i in range(len(ws) - 1, 0, -1):
        if (ws[i][2] == "of" or company_tail and ws[i][2] == "OF") and (ws[i - 1][2].rstrip(",").lower() in roles
                                                                        and not body_general(ws, i, heads) or i >= 2 and " ".join(
                w[2] for w in ws[i - 2:i]).rstrip(",").lower() in body_roles
                and not congress_body(ws, i, roles) or titled_person(ws, i, roles, heads)):
            return ws[i + 1:]
    return ws


def split_parts(text: str, ws: list, heads: dict, company_tail: bool) -> list[list]:
    """The parts of ``ws`` that may each be a name (see the module's doc)."""
    parts, cur = [], []
    for i, w in enumerate(ws):
        if w[2] in ("and", "&") and i + 1 < len(ws) and cur and (
                ws[i + 1][2] == "the" or ends_part(cur, ws[i + 1:], heads)):
            # "... Xi'an Jiaotong University and Shaanxi Automobile Group ... Co., Ltd."
            parts.append(cur)
            cur = []
            continue
        if cur and cur[-1][2].endswith(".") and (cur[-1][2] not in ABBREV or cur[-1][2] == "No."
                                                 and not w[2][:1].isdigit()) \
                and not re.fullmatch(r"(?:[A-Z]\.){2,4}", cur[-1][2]) \
                and not w[2][:1].islower():  # ("U.S. Magnesium LLC"; "X S. de R.L.": no sentence
            #                                   opens in lower case)
            # ("No. 8 Smelter" but "A: No. Glencore plc skipped it": the answer, then a name)
            parts.append(cur)      # "... Association. Liu Jianguo": a sentence ended
            cur = []
        if len(cur) >= 2 and cur[-1][2] in _LEGAL_ENDS and (
                w[2] == "to" or w[2][:1].isupper() and not any(
                    x[2].rstrip(".,") in _UNITS for x in ws[i:i + 6])) or w[2] == "to" and \
                place_to_firm(cur, ws[i + 1:i + 9], heads, PLACE_CLASSES, _LEGAL_ENDS, company_tail, text, ORG_CLASSES):
            # "sold X Ltd. to Y Ltd.", "of X Ltd. Y Ltd. said", "from X Province to Y Ltd." end a name (not "X Co., Ltd. Beijing Branch")
            parts.append(cur)
            cur = []
            if w[2] == "to":
                continue
        if (cut := before_amount(text, ws, i, cur)) is not None or w[2] in _BREAKS and cur:
            parts.append(cur if cut is None else cut)   # "The"/"Held"/"On": a new clause; an amount
            cur = []
            continue
        if w[2] == "on" and cur and i + 2 < len(ws) and ws[i + 1][2] == "the" and \
                heads.get(ws[-1][2].rstrip(".,").lower(), ("", ""))[0] in ORG_CLASSES and \
                not any(x[2].rstrip(".,").lower() in heads for x in cur):
            # "Copper on the London Metal Exchange rose": a metal (or its prices), then the
            # market it trades on; no organisation's name holds "on the" before its head
            parts.append(cur)
            cur = []
            continue
        if w[2] in ("in", "at") and len(cur) >= 2 and i + 2 < len(ws) and ws[i + 1][2] == "the" \
                and heads.get(ws[-1][2].rstrip(".,").lower(), ("", ""))[0] in _PLACE_OR_SITE:
            # "Huayou Cobalt in the Morowali Industrial Park", "PT X Alloy at the Y Zone": a
            # name, then the park or place it is in (no name holds "in the" before its head)
            parts.append(cur)
            cur = []
            continue
        if w[2] in ("and", "&", "in", "at") and cur and cur[-1][2].rstrip(".,").lower() in heads \
                and (w[2] in ("in", "at") or named_before(cur, ws[i + 1:])) \
                and (heads[cur[-1][2].rstrip(".,").lower()][1] == "end" or w[2] in ("in", "at")) \
                and not (w[2] == "in" and cur[-1][2].lower() in MISSIONS):
            # "a Supply Agreement in Fugu County": the name ended at its head
            parts.append(cur)
            cur = []
            continue
        cur.append(w)
    if cur:
        parts.append(cur)
    return parts
