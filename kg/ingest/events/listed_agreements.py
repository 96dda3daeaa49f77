"""Agreements a text lists one an item after a line that says they were signed ::

    The largest agreements signed were:
      * X Group with the Y Branch of Z Bank - 1.2 billion yuan, for ...;
      * W Co., Ltd. with the Y Branch of V Bank - 380 million yuan
    The delegation signed three memoranda of understanding:
    - between the A Department of Commerce and the B Ministry of Mines, on training ...

Each item that opens with two organisations joined by "with" or "and" (after "between", when
the item says it) is one agreement of theirs, of the kind the line above names (agreements,
contracts, memoranda of understanding): "Agreement between X Group and the Y Branch of Z
Bank" (rule ``agreement:listed-item``, 0.5), its mention the item (what the reviewer reads as
the agreement's statement: the parties, the sum, the subject), the two organisations its
parties. An item that names no such pair (one party, a figure alone), or whose words up to
the second party another rule already reads as an agreement or a project, is left alone, and so is a list whose line
names no signing ("The agreements cover:"). One scan of the text for the lines that end with a
colon: linear. Once the dates are attached, each takes the day of the signing its list's line
or the sentence before it tells (:func:`date_listed`)."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "agreement:listed-item", 0.5
# the line that opens the list: a plural kind of agreement and a signing, the line ending in a
# colon ("The largest agreements signed were:", "the delegation signed three memoranda of
# understanding:")
_LEAD = re.compile(r"(?P<head>agreements|contracts|memoranda\s+of\s+understanding|"
                   r"memorandums\s+of\s+understanding|MoUs|MOUs)\b")
_SIGNED = re.compile(r"\bsign(?:ed|s|ing)?\b", re.I)
_COLON_END = re.compile(r":[ \t]*\n")
_KINDS = {"agreements": "Agreement", "contracts": "Contract"}
_ITEM = re.compile(r"[ \t]*(?:[*\u2022\u00b7-]|\(?\d{1,2}[.)]|\([a-z]\))[ \t]+")
_BETWEEN = re.compile(r"(?:between[ \t\n]+)?(?:the[ \t\n]+)?")
_JOIN = re.compile(r"[ \t\n]+(?:with|and)[ \t\n]+(?:the[ \t\n]+)?")
_MAX_LEAD = 200


def listed_agreements(draft, sents, within, kinds, minter, used) -> list:
    """Propose one agreement per item of a list of signed agreements (see the module); returns
    the new (start, end, entity) spans."""
    text = draft.text
    made: list = []
    if not _LEAD.search(text):
        return made
    for c in _COLON_END.finditer(text):
        lead_start = max(text.rfind(".", 0, c.start()), text.rfind("\n\n", 0, c.start()),
                         c.start() - _MAX_LEAD) + 1
        lead = text[lead_start:c.start()]
        m = _LEAD.search(lead)
        if m is None or _SIGNED.search(lead) is None:
            continue
        head = " ".join(m.group("head").split()).lower()
        kind = _KINDS.get(head, "Memorandum of understanding")
        for a, b in _items(text, c.end()):
            got = _pair(text, a, b, within, kinds)
            if got is None or any(used[a:b]):
                continue
            first, second = got
            label = f"{kind} between {first[2].label} and {second[2].label}"
            ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
            ent.mentions.append(Span(a, b))
            for _, _, party in (first, second):
                ent.add(NFO.party, party.iri, Span(a, b), RULE)
            draft.entities[ent.iri] = ent
            draft.__dict__.setdefault("_listed_leads", []).append((ent, lead_start, c.start()))
            made.append((a, b, ent))
            used[a:b] = b"\x01" * (b - a)
    return made


# a signing told before the list's line ("agreements for 4.37 billion yuan of credit were signed
# on the spot." ... "The largest agreements signed were:")
_SIGNING = re.compile(r"\bsigned\b")
_BACK = 1500        # how far before the list's line that signing may be told (characters)
DATE_RULE = "date:listed-signing"


def date_listed(draft, dates) -> int:
    """After the dates are attached: each listed agreement with no day of signing of its own
    takes the day of its list's line ("In Conakry on 13 May, the delegation signed three
    memoranda of understanding:"), else of the sentence before it that tells the signing, read
    in its paragraph ("On Thursday afternoon ... held a matchmaking meeting ..., and agreements
    for 4.37 billion yuan of credit were signed on the spot." ... "The largest agreements
    signed were:"): rule ``date:listed-signing``. Returns how many were dated."""
    leads = draft.__dict__.get("_listed_leads")
    if not leads or not dates:
        return 0
    text = draft.text
    days = [d for d in dates if d.kind == "date" and not d.until and len(d.value) == 10]
    n = 0
    for ent, lo, hi in leads:
        if any(st[0] == NFO.dateSigned and not st[3].startswith("context:date")
               for st in ent.statements):
            continue
        day = _last_day(days, lo, hi)
        span = Span(lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())), hi)
        if day is None:
            told = None
            for told in _SIGNING.finditer(text, max(0, lo - _BACK), lo):
                pass
            if told is None:
                continue
            par = text.rfind("\n\n", 0, told.start())
            par = 0 if par < 0 else par + 2
            stop = re.compile(r"[.;](?=\s)|\n[ \t]*\n").search(text, told.end(), lo)
            end = stop.start() if stop else lo
            day = _last_day(days, par, end)
            span = Span(par, end)
        if day is None:
            continue
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.dateSigned]
        ent.add(NFO.dateSigned, date_literal(day.value), span, DATE_RULE)
        n += 1
    return n


def _last_day(days, lo: int, hi: int):
    """The last full day printed between ``lo`` and ``hi``, or None."""
    got = [d for d in days if lo <= d.start and d.end <= hi]
    return got[-1] if got else None


def _items(text: str, at: int) -> list[tuple[int, int]]:
    """The items of the list that starts at ``at`` (blank lines before it skipped): (start,
    end) of each item's words, its marker left out and its end before a closing ";" or "."; a
    line indented under an item is the item's own; the list ends at a line that is neither."""
    out: list[tuple[int, int]] = []
    pos, n = at, len(text)
    cur: list[int] | None = None
    indent = 0
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        m = _ITEM.match(line)
        if not line.strip():
            if out or cur is not None:
                nxt = re.compile(r"\n*").match(text, end).end()
                if nxt >= n or _ITEM.match(text, nxt) is None:
                    break
        elif m is not None:
            if cur is not None:
                out.append((cur[0], cur[1]))
            cur = [pos + m.end(), end]
            indent = len(line) - len(line.lstrip())
        elif cur is not None and len(line) - len(line.lstrip()) > indent:
            cur[1] = end
        else:
            break
        pos = end + 1
    if cur is not None:
        out.append((cur[0], cur[1]))
    return [(a, a + len(text[a:b].rstrip(" \t;.,"))) for a, b in out]


def _pair(text: str, a: int, b: int, within, kinds):
    """The two organisations an item opens with ("X with Y", "between X and Y"), or None; None
    too when another rule reads an agreement or a project in the item's words."""
    found = sorted(within(a, b), key=lambda x: x[0])
    orgs = [x for x in found if kinds.get(id(x[2])) == "org" and a <= x[0] and x[1] <= b]
    if len(orgs) < 2 or orgs[0][0] != _BETWEEN.match(text, a).end():
        return None
    if _JOIN.fullmatch(text, orgs[0][1], orgs[1][0]) is None:
        return None
    if any(kinds.get(id(x[2])) in ("agreement", "project") and x[0] < orgs[1][1]
           for x in found):
        return None     # (the item names its agreement: "X Agreement with Y")
    return orgs[0], orgs[1]
