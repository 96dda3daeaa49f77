"""Honours, certificates and honorary titles granted to a company, a product or a person, named
by common nouns rather than a capitalised award name (:mod:`kg.ingest.relations.affiliations`
reads "A won the X Award"):

* a certificate, label, prize or medal (``data/award-heads.txt``) after a verb of giving or
  receiving (``data/award-verbs.txt``): "X handed A a product carbon footprint certificate", "X
  presented a green-product label to A", "A was awarded a gold medal by X", "A received an
  energy-efficiency certificate from X", "the certificate was issued to A by X";
* an honorary title (``data/honour-titles.txt``) after a naming verb: "A was named a
  national-level green factory by X", "A and B were recognised as provincial specialised and
  sophisticated little giant enterprises", "A won the title of "national green mine"".

The award is minted as an ``nfo:Award`` (labelled with the noun phrase, rule
``award:common-noun``; the giver ``nfo:conferredBy``), and each recipient gets an
``nfo:AwardGrant`` (``nfo:recipient``, ``nfo:award``, ``nfo:conferredBy``; rules
``award:certificate-granted`` / ``award:honorary-title``). A recipient the draft already gives a
grant of that award is left alone. One pass of two patterns over the text, the names found by
bisection in the sentence: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.caseless import compile_lower, lowered
from kg.ingest.reading.windows import near
from kg.ingest.relations.affiliations import award_rows, grant_node
from kg.ingest.relations.house_org import house
from kg.ingest.relations.rows import starting_in
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                           key=lambda w: (-len(w), w)))


_VERBS: dict = {}
for _line in lines("award-verbs"):
    _g, _v = _line.split(None, 1)
    _VERBS[_v.lower()] = _g
_TITLES = {k.strip(): v.split() for k, v in (x.split(":", 1) for x in lines("honour-titles"))}
_TITLE_WORDS = frozenset(w.lower() for w in _TITLES["words"])

# (run case-sensitive on the text in lower case: kg/ingest/reading/caseless.py)
_HEAD = compile_lower(r"\b(?P<head>" + _alt(lines("award-heads")) + r")s?\b")
_HEAD_WORDS = sorted(set(w.lower() for w in lines("award-heads")))
_VERB = re.compile(r"\b(?P<v>" + _alt(_VERBS) + r")\b", re.I)
_NAMING = compile_lower(r"\b(?P<v>" + _alt(v for v, g in _VERBS.items() if g == "name") + r")\b")
# the words every naming verb prints (the windows _NAMING is looked for in)
_NAMING_WORDS = sorted({v.split()[0] if v.split()[0] not in ("awarded", "granted", "given",
                        "conferred", "won", "received", "earned", "obtained") else "title"
                        for v, g in _VERBS.items() if g == "name"})
_DET = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+", re.I)
# words a label leaves out: "the first product carbon footprint certificate"
_LEAD_OUT = re.compile(r"(?:(?:first|second|third|new|latest|same|such|this|honorary|official|"
                       r"\d+|two|three|four|five)\s+)+", re.I)
_BODY_STOP = re.compile(r"\b(?:of|and|or|to|for|in|on|by|with|from|at|as|is|was|are|were|has|"
                        r"have|had|that|which|who|it|they|said|will|would)\b|[,;:()]", re.I)
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|jointly|officially|"
                 r"recently|formally|once|again|each)\s+)*$", re.I)
_BY = re.compile(r"\s+(?:(?:jointly\s+)?(?:issued|granted|awarded|presented|conferred|given)\s+)?"
                 r"(?:by|from)\s+(?:the\s+)?", re.I)
_TO = re.compile(r"\s+(?:to|on|upon)\s+(?:the\s+)?", re.I)
_AFTER_NP = re.compile(r"[^.;\n]{0,80}?(?=\s+(?:(?:jointly\s+)?(?:issued|granted|awarded|presented|"
                       r"conferred|given)\s+)?(?:by|from)\s)", re.I)
_THEN_GIVEN = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:also\s+)?"
                         r"(?:handed|presented|issued|awarded|granted|given|conferred)\s+(?:to|on|upon)"
                         r"\s+(?:the\s+)?", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
_TITLE_HEADS = _TITLES["heads"] + [h[:-1] + "ies" for h in _TITLES["heads"] if h.endswith("y")]
_TITLE_NP = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:(?:honorary\s+)?title\s+of\s+(?:the\s+)?)?"
                       r"(?P<q>[\"“‘'])?(?P<t>(?:[\w’'/-]+[ \t\n]+){0,7}?(?:" + _alt(_TITLE_HEADS)
                       + r")(?:s|es)?)\b(?P<q2>[\"”’'])?", re.I)
# a noun that goes on after the head: the phrase names another thing ("a certificate
# suspension notice", "the label application", "a medal ceremony" is an event)
_NOUN_AFTER = re.compile(r"[ \t]+(?:suspension|revocation|cancellation|withdrawal|notice|letter|"
                         r"order|application|renewal|fee|audit|number|programme|program|scheme|"
                         r"requirement|body|holder|system|process|review|expiry|ban|ceremony|"
                         r"event|gala|dinner|committee|panel|jury|fraud|forgery)s?\b", re.I)
# the words a verb of giving may have between it and the award besides the recipients: "presented
# the plant with the plaque"
_GAP_WORDS = frozenset(("the", "with", "and", "both", "each"))
# the award a head noun names in quotes after it: "the plaque of "X"", "a certificate of 'Y'"
_OF_QUOTED = re.compile(r"[ \t\n]+(?:of|for|reading)[ \t\n]+[\"\u201c](?P<q>[A-Z][^\"\u201d]{2,120})"
                        r"[\"\u201d]")
_BACK = 1500                # characters: "the certificate" is the one named this far back
_RECIPIENTS = ("org", "product", "person", "technology")
_GIVERS = ("org",)


def _receives(ent) -> bool:
    """Whether an entity may receive an honour: an organisation, a product, a person, a
    technology, or a works ("presented the smelter with a plaque")."""
    return ent.kind in _RECIPIENTS or ent.kind == "place" and _cls(ent) == "Site"


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def granted_awards(draft, spans_of, sents, kind, minter) -> None:
    text = draft.text
    low = lowered(text)
    # a head noun with a verb of giving or receiving in the 160 characters before it
    heads = [h for h in near(_HEAD, low, _HEAD_WORDS, before=2, after=20) if _shaped(text, low, h)]
    verbs = list(near(_NAMING, low, _NAMING_WORDS, before=0, after=40))
    if not heads and not verbs:
        return
    rows, awards = award_rows(spans_of)
    rows = [x for x in rows if not x[2].role]
    starts = [s for s, _, _ in rows]
    made = _granted(draft)
    # (the awards and the nameless grants the draft has, found once: not a scan per grant)
    minted: dict = {e.label.lower(): e for e in reversed(list(draft.entities.values()))
                    if _cls(e) == "Award"}
    nameless = _nameless(draft)
    last = None             # (where, label) of the certificate named last
    for h in heads:
        got = _certificate(text, sents, h, rows, starts, kind)
        if got is not None and got[0] is None:      # "the certificate was presented to A"
            if last is None or h.start() - last[0] > _BACK or text.count("\n\n", last[0], h.start()) > 1:
                continue
            got = (last[1],) + got[1:]
        if got is not None:
            _grant(draft, minter, awards, minted, made, nameless, *got,
                   "award:certificate-granted")
            last = (h.end(), got[0])
    for v in verbs:
        got = _title(text, sents, v, rows, starts, kind)
        if got is not None:
            _grant(draft, minter, awards, minted, made, nameless, *got, "award:honorary-title")


def _granted(draft) -> set:
    made = set()
    for ent in list(draft.entities.values()):
        if _cls(ent) == "AwardGrant":
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            for p, o, _, _ in ent.statements:
                if p == NFO.recipient:
                    made.update((o, a) for a in aw)
    return made


_VERB_LOW = compile_lower(_VERB.pattern)


def _shaped(text, low, h) -> bool:
    """Whether the head noun ``h`` may be a grant's (before any name is looked up): a determiner
    and at most six plain words before it, and a verb of giving or receiving before those (or
    "was presented to" after it)."""
    a = max(0, h.start() - 80)
    dets = list(_DET.finditer(text, a, h.start()))
    if not dets or _BODY_STOP.search(text, dets[-1].end(), h.start()):
        return False
    return _VERB_LOW.search(low, max(0, dets[-1].start() - 120), dets[-1].start()) is not None \
        or _THEN_GIVEN.match(text, h.end()) is not None


def _certificate(text, sents, h, rows, starts, kind):
    """(label, award span, recipients, giver, sentence span) of a granted certificate whose
    head noun is ``h``, or None."""
    ss, se = sents.bounds(h.start())
    if _NOUN_AFTER.match(text, h.end()):
        return None     # "a safety certificate suspension notice": the head is another noun
    dets = list(_DET.finditer(text, max(ss, h.start() - 80), h.start()))
    if not dets:
        return None
    det = dets[-1]
    body = text[det.end():h.start()]
    if _BODY_STOP.search(body) or len(body.split()) > 6 or any(x[0] < h.start() and x[1] > det.end()
                                                              for x in _names(rows, starts, det.end(), h.end())):
        return None
    lead = _LEAD_OUT.match(body)
    body = body[lead.end():] if lead else body
    if not body.strip() and det.group(0).lower().strip() != "the":
        return None         # "a certificate": no name for the award
    label = " ".join((body + h.group("head")).split())
    label = label[:1].upper() + label[1:] if body.strip() else None    # "the certificate"
    names = _names(rows, starts, ss, se)
    verb = None
    for m in _VERB_LOW.finditer(lowered(text), max(ss, det.start() - 120), det.start()):
        verb = m
    recipients, giver = [], None
    if verb is not None and _VERBS[" ".join(verb.group("v").lower().split())] != "name":
        group = _VERBS[" ".join(verb.group("v").lower().split())]
        gap = [x for x in names if x[0] >= verb.end() and x[1] <= det.start()]
        rest = text[verb.end():det.start()]
        for x in gap:
            rest = rest.replace(text[x[0]:x[1]], " ")
        if not set(rest.replace(",", " ").lower().split()) <= _GAP_WORDS:
            return None
        passive = _BE.search(text, max(ss, verb.start() - 40), verb.start()) is not None or \
            verb.group("v").lower().startswith("been")
        if group == "give" and not passive:
            giver = _last_before(names, verb.start(), ss, _GIVERS, kind, text)
            recipients = [x for x in gap if _receives(x[2])]
            if not recipients:
                t = _TO.match(text, h.end())
                first = _at(names, t.end()) if t else None
                recipients = _chain(text, names, first) if first else []
        else:
            first = _last_before(names, verb.start(), ss, _RECIPIENTS, kind, text)
            recipients = _chain_back(text, names, first) if first else []
            giver = _giver_after(text, names, h.end(), se, kind)
    else:
        t = _THEN_GIVEN.match(text, h.end())
        if t is None:
            return None
        first = _at(names, t.end())
        recipients = _chain(text, names, first) if first else []
        giver = _giver_after(text, names, recipients[-1][1] if recipients else t.end(), se, kind)
    recipients = [x for x in recipients if _receives(x[2])
                  and (giver is None or x[2] is not giver[2])]
    if not recipients:
        return None
    at = Span(det.end() + (lead.end() if lead else 0), h.end())
    q = _OF_QUOTED.match(text, h.end(), se)
    if q is not None:       # ("the plaque of "X"": the award is X)
        label, at = " ".join(q.group("q").split()), Span(q.start("q"), q.end("q"))
    return label, at, recipients, giver, Span(ss, se)


def _title(text, sents, v, rows, starts, kind):
    """(label, award span, recipients, giver, sentence span) of an honorary title after the
    naming verb ``v``, or None."""
    ss, se = sents.bounds(v.start())
    m = _TITLE_NP.match(text, v.end())
    if m is None or m.end() > se:
        return None
    words = [w.strip("\"“”‘’'").lower() for w in m.group("t").split()]
    if not (m.group("q") and m.group("q2")) and not _TITLE_WORDS.intersection(words) and not \
            any(p in _TITLE_WORDS for w in words for p in w.split("-")):
        return None
    if _BODY_STOP.search(m.group("t")):
        return None
    label = " ".join(m.group("t").split())
    label = re.sub(r"(?<=[a-z])(?:ies)$", "y", label)
    label = re.sub(r"(?<=[a-z]{3}(?<!s))s$", "", label) if not m.group("q") else label
    lead = _LEAD_OUT.match(label)
    label = label[lead.end():] if lead else label
    label = label[:1].upper() + label[1:]
    names = _names(rows, starts, ss, se)
    if _BE.search(text, max(ss, v.start() - 40), v.start()) is None and \
            not v.group("v").lower().split()[0] in ("won", "received", "earned", "obtained"):
        return None         # "X named A ...": left alone (a person's post reads the same)
    if _YOUR.search(text, max(ss, v.start() - 60), v.start()):
        # ("Your company is recognised as a welfare enterprise": the letter's addressee)
        rec = _addressee(text, rows, starts, v.start())
        if rec is None:
            return None
        giver = _giver_after(text, names, m.end(), se, kind) or _house_of(text, rows)
        if giver is not None and giver[2] is rec[2]:
            return None
        return label, Span(m.start("t"), m.end("t")), [rec], giver, Span(ss, se)
    first = _last_before(names, v.start(), ss, _RECIPIENTS + ("place",), kind, text)
    if first is None or (first[2].kind == "place" and _cls(first[2]) != "Site"):
        return None
    recipients = _chain_back(text, names, first)
    giver = _giver_after(text, names, m.end(), se, kind)
    recipients = [x for x in recipients if giver is None or x[2] is not giver[2]]
    if not recipients:
        return None
    return label, Span(m.start("t"), m.end("t")), recipients, giver, Span(ss, se)


# the clause's subject is the letter's addressee: "Your company is (hereby) recognised as"
_YOUR = re.compile(r"\byour[ \t\n]+(?:company|enterprise|unit|plant|factory|firm|mine|"
                   r"cooperative|institute|centre|center|station)[ \t\n]+(?:is|are|has[ \t\n]+"
                   r"been|have[ \t\n]+been)[ \t\n]+(?:\w+[ \t\n]+)?$", re.I)
_LETTER_HEAD = 1500     # characters of the text's head the addressee's line is looked for in
_SALUTATION = re.compile(r"[ \t]*[:\uff1a][ \t]*(?:\n|$)")


def _addressee(text, rows, starts, pos):
    """(start, end, organisation) the letter is addressed to: the last organisation printed
    alone on its line before ``pos`` and a colon ("X Co., Ltd.:"), in the text's head."""
    got = None
    for x in starting_in(rows, starts, 0, min(pos, _LETTER_HEAD)):
        if x[2].kind != "org" or x[2].role:
            continue
        ls = text.rfind("\n", 0, x[0]) + 1
        if not text[ls:x[0]].strip() and _SALUTATION.match(text, x[1]):
            got = x
    return got


def _house_of(text, rows):
    """The letter's sender (:mod:`house_org`) as a (start, end, organisation) row, or None."""
    orgs = sorted((s, e, ent) for s, e, ent in rows if ent.kind == "org" and not ent.role)
    h = house(text, orgs)
    return next((x for x in orgs if x[2] is h), None) if h is not None else None


def _names(rows, starts, a, b) -> list:
    return [x for x in starting_in(rows, starts, a, b) if x[1] <= b]


def _at(names, pos):
    return next((x for x in names if x[0] == pos), None)


def _last_before(names, pos, ss, kinds, kind, text):
    """The name of one of ``kinds`` nearest before ``pos`` in its clause (no ";" or ":" between),
    not one inside an apposition that closes before ``pos`` ("A, a driver at X in Y, won a
    safety award": A, not A's employer X)."""
    asides = [(m.start(), m.end()) for m in _APPOSITION.finditer(text, max(ss, pos - 240), pos + 2)]
    for x in reversed([x for x in names if x[1] <= pos]):
        if re.search(r"[;:]|\bsaid\b|\bthat\b", text[x[1]:pos]):
            return None
        if x[2].kind in kinds and not any(a < x[0] and x[1] <= b for a, b in asides):
            return x
    return None


# an apposition set off by commas before the verb: ", a driver at X in Y, Guangxi, won" (its
# closing comma the one before a word in lower case; a legal form's or a province's comma
# goes on inside it)
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the|who|whose|which)\b[^;:\n]{0,160}?,(?=[ \t]+[a-z])")


def _chain(text, names, first) -> list:
    out = [first]
    while True:
        j = _JOIN.match(text, out[-1][1])
        nxt = _at(names, j.end()) if j else None
        if nxt is None:
            return out
        out.append(nxt)


def _chain_back(text, names, last) -> list:
    out = [last]
    before = [x for x in names if x[1] <= last[0]]
    for x in reversed(before):
        if not _JOIN.fullmatch(text, x[1], out[-1][0]):
            break
        out.append(x)
    return out


def _giver_after(text, names, pos, se, kind):
    m = _AFTER_NP.match(text, pos, se)
    if m is None:
        return None
    b = _BY.match(text, m.end())
    x = _at(names, b.end()) if b else None
    return x if x is not None and x[2].kind in _GIVERS else None


def _grant(draft, minter, awards, minted, made, nameless, label, at, recipients, giver, span,
           rule) -> None:
    award = next((x[2] for x in awards if x[0] < at.end and at.start < x[1]), None)
    if award is None:
        award = minted.get(label.lower())
    if award is None:
        award = Entity(minter.mint(label), NFO.Award, label, False, "award:common-noun", 0.6)
        draft.entities[award.iri] = award
    if at not in award.mentions[-8:]:      # (the same span comes back in a row: not a scan)
        award.mentions.append(at)
    minted[label.lower()] = award
    if giver is not None:
        award.add(NFO.conferredBy, giver[2].iri, span, rule)
    for _, _, rec in recipients:
        if (rec.iri, award.iri) in made:
            continue
        made.add((rec.iri, award.iri))
        if giver is not None:
            for iri in nameless.pop((rec.iri, giver[2].iri), ()):
                draft.entities.pop(iri, None)
        node = grant_node(minter, award.label, award.label, rec, rule, 0.6, span)
        node.add(NFO.award, award.iri, span, rule)
        node.add(NFO.recipient, rec.iri, span, rule)
        if giver is not None:
            node.add(NFO.conferredBy, giver[2].iri, span, rule)
        draft.entities[node.iri] = node


def _nameless(draft) -> dict:
    """(recipient, giver) -> the grants another rule made of an honour it had no name for ("A
    was awarded ... by X": X's award to A): the one this rule names replaces them."""
    out: dict = {}
    for iri, ent in draft.entities.items():
        if _cls(ent) != "AwardGrant" or any(p == NFO.award for p, _, _, _ in ent.statements):
            continue
        recs = [o for p, o, _, _ in ent.statements if p == NFO.recipient]
        for g in [o for p, o, _, _ in ent.statements if p == NFO.conferredBy]:
            for r in recs:
                out.setdefault((r, g), []).append(iri)
    return out
