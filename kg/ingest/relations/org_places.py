"""Where an organisation is, printed right after its full name (rule ``place:org-in-place``):

* "Ruifeng Precision Die-casting Co., Ltd. in Suzhou", "the China Research Institute of
  Nonferrous Metals (the "Institute") in Beijing", "Tongxin Copper Foil Co., Ltd. in the
  industrial park", "Baoji Jinxing Titanium Materials Co., Ltd., in Weibin District of Baoji":
  "in" (or "of") a place right after the name;
* "Producer: Baoji Ruitai Titanium Products Co., Ltd. (Baoji High-tech Zone)": the place alone
  in brackets after the name;
* "Wuhu Jinghong Copper Tube Co., Ltd., Jiujiang District -- precision tubes": a place after a
  comma that ends the list item (a dash, the line's or the clause's end).

Not an organisation that only qualifies the noun before it ("the project of X Co., Ltd. in Y",
"a plant of X in Y", "built by X in Y": the place is the project's or the plant's; "signed a
contract with X in Shanghai": where they signed), nor a place
whose name goes on as another organisation's ("The Stock Exchange of Hong Kong Limited"), nor a
noun read back to an organisation ("the institute in Zhengzhou": the name itself only). A
company, institute, university or other organisation (not a government body: its place is its
name's, relations/locations.py); one pass over the sorted names."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "place:org-in-place"
_ORGS = {"Company", "Organization", "ResearchInstitute", "University"}
_PLACES = {"City", "County", "Province", "Region", "Place", "Site"}
# "X Co., Ltd. in Y", 'X (the "Institute") in Y', "X Co., Ltd., in Y", "X of Y"
_IN = re.compile(r"(?:[ \t]*\((?:the[ \t\n]+)?[\"\u201c][^()\n]{1,30}\))?,?[ \t\n]+(?:in|of)"
                 r"[ \t\n]+(?:the[ \t\n]+)?")
# "X Co., Ltd. (Y Zone)", "X Co., Ltd. (in Y)"
_BRACKET = re.compile(r"[ \t\n]*\((?:in[ \t\n]+)?(?:the[ \t\n]+)?")
_BRACKET_END = re.compile(r"[ \t]*\)")
# "X Co., Ltd., Y District -- what it makes" (a list item's place)
_COMMA = re.compile(r",[ \t]+")
_ITEM_END = re.compile(r"[ \t]*(?:--|\u2014|;|\n|\.(?:\s|$)|$)")
# the organisation qualifies the noun before it: the place is that noun's
_QUALIFIES = re.compile(r"\b(?:of|by|from|for|with)[ \t\n]+(?:the[ \t\n]+)?$")
# the place's name goes on as another name's ("The Stock Exchange of Hong Kong Limited")
_NAME_GOES_ON = re.compile(r"[ \t\n]*(?:Limited|Ltd\b|Co\.|Company|Corporation|Group|[A-Z][a-z])")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def org_places(draft, rows, kind) -> None:
    """``rows``: (start, end, entity) of the draft's names, sorted, without relation nodes and
    without a place printed inside another place's name."""
    text = draft.text
    # a name printed inside a longer one ("Suzhou" in "Suzhou X Co., Ltd.") is not a name here
    outer = []
    end = -1
    for row in rows:
        if row[1] <= end and outer and outer[-1][0] <= row[0]:
            continue
        outer.append(row)
        end = max(end, row[1])
    for (s, e, a), (s2, e2, b) in zip(outer, outer[1:]):
        if a is b or _cls(a) not in _ORGS or a.kind != "org" or _cls(b) not in _PLACES \
                or b.kind != "place":
            continue
        if not text[s:s + 1].isupper():
            continue        # "the institute in Zhengzhou": a noun read back, maybe wrongly
        if _QUALIFIES.search(text, max(0, s - 30), s):
            continue        # "the project of X Co., Ltd. in Y": the project's place
        if _IN.fullmatch(text, e, s2):
            if _NAME_GOES_ON.match(text, e2):
                continue
        elif _BRACKET.fullmatch(text, e, s2):
            if not _BRACKET_END.match(text, e2):
                continue
        elif _COMMA.fullmatch(text, e, s2):
            if not _ITEM_END.match(text, e2) or _cls(b) in ("Site", "Place"):
                continue
        else:
            continue
        a.add(NFO.locatedIn, b.iri, Span(s, e2), RULE)
