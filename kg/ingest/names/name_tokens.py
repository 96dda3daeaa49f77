"""The words and gaps a capitalised name is made of (read by :mod:`candidates`): a capitalised
word (Latin letters of any European language, in composed or decomposed form), an initialism, a
number (a figure at a line's end joins no name to the next line's: "X Ltd  1,250" over "Y
Pte Ltd  1,240" are two rows of a table); connecting words ("of", "and", "de" ...); one or two spaces (a no-break space too) or a
line break between words, never a table's column gap nor a list item's number; and the legal
tail of a company's name ("Co., Ltd.", "Limited", "plc")."""
from __future__ import annotations

import re

from kg.ingest.reading.number_lines import NUMBER_LINE_OPEN

# (a soft hyphen, a zero-width space, non-joiner or joiner, or a word joiner a page's markup left
# inside a word is a letter of it: "Jiang\u200bxi Copper Co., Ltd." is one name, its label without them)
# capitals of the Latin Extended blocks ("Ł", "Ž", "Ő", "Ș"): a name in Polish, Czech, Hungarian
# or Romanian opens with them as an English one opens with "A"-"Z"; its later letters may be any
# of those blocks' and combining accents (a text in decomposed form, NFD: "e" + U+0301)
_UPPER_EXT = "".join(c for c in map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
                     if c.isupper())
# the gap after a bracketed word of a company's name may be a hard wrap ("Nanshan Aluminium
# (Indonesia)\nAlloy Co., Ltd.")
_BRK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
CAP = r"(?:[A-Z](?:\.[A-Za-zÀ-ÖØ-öø-ɏ]{1,2})+\.(?![A-Za-z])|[A-ZÀ-ÖØ-Þ" + _UPPER_EXT + r"][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u0300-\u036f0-9'’\-\u00ad\u200b-\u200d\u2060]*(?:&[A-Z][A-Za-z]*)?\.?|[0-9]+(?:\.[0-9]+)+-(?:19|20)\d\d(?![\w.])|[0-9](?:[0-9]|,(?=\d{3}))*[0-9A-Za-z\-]*(?![0-9\u3400-\u9fff])|&|\((?:Group|Holdings?)\)(?=" + _BRK + r"[A-Z])|\((?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{2,3}|[A-Z]\.[A-Z]\.)\)(?=(?:" + _BRK + r"[A-Z][\w&'’-]*\.?){0,4},?" + _BRK + r"(?:Co\.|Ltd\b|Limited\b|Corp\b|Corporation\b|Inc\b|Bhd\b|Berhad\b)))"    # "R&D", "X (Group) High-Tech Co., Ltd.", "X Group (Xiamen) Investment Co., Ltd." (a place in brackets inside a company's name, or its short form: "X (HK) Trading Co., Ltd.", "X (H.K.) Limited"; "X (Singapore) Pte. Ltd.", "X (Malaysia) Sdn. Bhd.": its legal form's dotted word), "X S.A." / "X S.p.A." (a dotted legal form is one word); a standard's dotted number and its year ("4806.9-2016" in "GB 4806.9-2016 National ...") is one word, a section's "2.1" or an amount's "4.3" is not
CONN = r"(?:of|and|for|the|on|in|de|des|du|del|della|di|to|do|da|dos|das|e|y)"
# (a number written against a Chinese character is no word of a name: the year of a day printed
# the Chinese way, "2029年3月5日", on the line under a signer's name)
# a line break goes on with a name unless the next line opens a list item ("3. Vice presidents",
# "(2) Members", "4) ..."): a list's number is never a word of the name above it; nor a
# document's number ("X Administration for Market Regulation" over "Decision No. Yun Shi Jian Chu
# Fa [2029] 17", "Announcement of Audit Results" over "Shaan Shen Gong Gao [2026] No. 9":
# reading/number_lines)
LIST_ITEM = r"(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\))(?=[ \t])"
# (one or two spaces between two words of a name: 3+ or a tab part a table's columns; a
# no-break space, U+00A0 or the narrow U+202F, is a space: "Co.,\u00a0Ltd.")
# (nor a line break after a figure with a thousands' comma: "X Ltd  1,250" over "Y Pte Ltd",
# two rows of a table, bidders and their prices, are no one name)
GAP = rf"(?:[ \u00a0\u202f]{{1,2}}(?![ \t\u00a0\u202f])|(?<!\d,\d\d\d)[ \t]*\n[ \t]*(?!{LIST_ITEM}|{NUMBER_LINE_OPEN}))"
PHRASE = re.compile(rf"{CAP}(?:{GAP}(?:{CONN}{GAP})*{CAP})*")
# "X (Group) Co., Ltd.", "X (Hong Kong) Co., Limited", "X Group Co.,\nLtd." (hard-wrapped), and
# in a heading's capitals "X GROUP CO., LTD."
COMPANY_TAIL = re.compile(r"^,?[ \t\u00a0\u202f]*(?:\n[ \t\u00a0\u202f]*)?(?:(?:(?:\([A-Z][a-z]+(?:[ \t\u00a0\u202f]+[A-Z][a-z]+)?\)[ \t\u00a0\u202f]*)?(?:Co|CO)\.?,?[ \t\u00a0\u202f]*(?:\n[ \t\u00a0\u202f]*)?)?"
                          r"(?:Ltd\.?|LTD\.?|Lda\b\.?|Limited\b|LIMITED\b)|\((?:Limited|General)[ \t\u00a0\u202f]+Partnership\)|plc\b|PLC\b)")     # "X plc"

# an amount of money printed in title case ("RMB 300 Million", "$1.2 Billion", "500 Million
# Yuan", as headlines and press releases print them): no word of a name
_SCALE = {"thousand", "million", "billion", "trillion", "mln", "bln", "bn"}
_MONEY = {"yuan", "renminbi", "dollar", "dollars", "euros", "rupees", "pounds", "rubles", "roubles"}
_CURRENCY = {"RMB", "CNY", "USD", "US$", "HK$", "HKD", "EUR", "AUD", "A$", "C$"}
_NUMBER = re.compile(r"(?:[A-Z]{0,2}\$)?\d[\d,.]*")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")


def before_amount(text: str, ws: list, i: int, cur: list) -> list | None:
    """The words of the part ``cur`` before the amount the word ``ws[i]`` ends ("Invest RMB 300
    Million": ["Invest"]; [] for the money word after it, "Million Yuan"), or None when
    ``ws[i]`` ends no amount."""
    low = ws[i][2].rstrip(".,").lower()
    money = low in _MONEY and i and ws[i - 1][2].rstrip(".,").lower() in _SCALE
    if low not in _SCALE and not money:
        return None
    j = i + 1 + (not money and i + 1 < len(ws) and ws[i + 1][2].rstrip(".,").lower() in _MONEY)
    if j < len(ws) and ws[j][2][:1].isupper():
        return None     # "a 4.6 Billion Yuan Zinc Smelter": the amount describes what follows
    if money:
        return []
    if not cur:
        return [] if _NUMBER_BEFORE.search(text, max(0, ws[i][0] - 4), ws[i][0]) else None
    if not _NUMBER.fullmatch(cur[-1][2]):
        return None
    k = len(cur) - 1
    return cur[:k - 1] if k and cur[k - 1][2] in _CURRENCY else cur[:k]


_BUILDINGS = {"tower", "stadium", "hotel", "hall", "plaza", "auditorium", "pavilion", "palace",
              "theatre", "theater", "arena", "guesthouse", "campus"}


def site_at_end(part: list, heads: dict) -> str | None:
    """"Site" when the last word of a name that opens with a body's head ("Bank of China Tower",
    "University of Chile Stadium", "Institute of Metals Hotel") is a building's head: the
    building of the body, not the body (None otherwise; not an area, "Management Committee of
    X Zone", a body of its own)."""
    last = part[-1][2].rstrip(".,").lower()
    return "Site" if len(part) >= 3 and last in _BUILDINGS and heads.get(last) == ("Site", "end")         and part[-2][2][:1].isupper() else None     # (not "Plan for Building ...")


def place_cut(part: list, at: int, end: int) -> int:
    """Where a building's name that goes on with "of" ends before "in" and its place ("the World
    Museum of Mining in Butte": the museum, then where it stands), from word ``at`` on; ``end``
    when no "in" follows."""
    return next((part[j - 1][1] for j in range(at, len(part)) if part[j][2] == "in"), end)


# a day in numbers ("18/03/2026", "2026.03.18", "15-07-2026"): the name before "on" it ends
def place_to_firm(cur: list, after: list, heads: dict, places, legal_ends, company_tail: bool,
                  text: str | None = None, org_classes=()) -> bool:
    """Whether a "to" after the words ``cur`` ends a name: they end in a place's head word
    ("Gansu Province") and a company's legal form follows (``after``, or the candidate is a
    company's name): "shipped from Gansu Province to X Co., Ltd." is a place, then where to. No
    company's name holds "Province to"; a title may ("Measures of X County to Support ..."). Nor
    does one hold a company's last head word before "to" and another legal form ("pledged shares
    of the Company to X Co., Ltd.", "sold Y Group to Z Co., Ltd."): two names. With ``text``,
    nor a place after "in" (:func:`_place_after_in`)."""
    if not cur or not (company_tail or any(x[2] in legal_ends for x in after)):
        return False
    head = heads.get(cur[-1][2].rstrip(".,").lower(), ("", ""))
    return head[0] in places or head == ("Company", "end") and any(x[2] in legal_ends
                                                                  for x in after) \
        or text is not None and _place_after_in(text, cur, heads, org_classes)


_IN_BEFORE = re.compile(r"(?:^|[^\w])(?:in|from|at|near)[ \t]+$")


def _place_after_in(text: str, cur: list, heads: dict, org_classes) -> bool:
    """"sell its smelter in Port Colborne to Lakeshore Metals Inc.": the capitalised words
    before "to" (two or more) follow "in" / "from" / "at" / "near" and hold no organisation's
    head word: a place, then the buyer (no company is named "Port Colborne to ...")."""
    if len(cur) < 2 or any(not w[2][:1].isupper() or heads.get(
            w[2].rstrip(".,").lower(), ("", ""))[0] in org_classes for w in cur):
        return False
    return _IN_BEFORE.search(text, max(0, cur[0][0] - 8), cur[0][0]) is not None


NUMERIC_DAY = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")

# a brand's small prefix glued to the capital that opens its name ("e-Metal Trading Co., Ltd.",
# "iMining Technologies Inc.", "d'Amico Metals S.p.A."): a word of the name, read back from the
# phrase's start (one short search per phrase, not a wider CAP tried at every small letter)
_GLUED = re.compile(r"(?<![\w'’\-])[a-z]{1,2}['’\-]?\Z")    # (not "y\nMineros": \Z, not $)


def glued_start(text: str, s: int) -> int:
    """Where the phrase opening at ``s`` really starts: before a glued small prefix, if any."""
    m = _GLUED.search(text, max(0, s - 3), s)
    return m.start() if m is not None else s


# a day's heading line over an entry ("TUE 5 JAN" / "X Co., Ltd. restarted ...", "Monday, 5
# January" / ...): a weekday at most, a day and a month (either order), a year at most
_DAY_HEAD = re.compile(r"[ \t]*(?:[A-Za-z]{2,9}\.?,?[ \t]+)?(?:\d{1,2}[ \t]+(?P<m1>[A-Za-z]{3,9})\.?|"
                       r"(?P<m2>[A-Za-z]{3,9})\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*")
_MONTHS3 = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())


def after_day_head(text: str, s: int, e: int) -> int:
    """Where a phrase ``text[s:e]`` starts past a day's heading line it took in ("TUE 5 JAN"
    over "X Co., Ltd."); ``s`` when its first line is no such heading."""
    nl = text.find("\n", s, e)
    if nl < 0:
        return s
    m = _DAY_HEAD.fullmatch(text, s, nl)
    if m is None or (m.group("m1") or m.group("m2"))[:3].lower() not in _MONTHS3:
        return s
    return nl + 1
