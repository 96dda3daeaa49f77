"""A curator's label for an event stated by a clause: the clause's verb as a noun
(``data/event-verb-nouns.txt``) with what it is of, and who did it ("The product was released
at CES in the US" -> "Release of the product at CES in the US"; "X delivered its first batch to
Y" -> "Delivery of its first batch to Y by X"; "These trailers arrived in Z" -> "Arrival of these
trailers in Z"), not the whole sentence. No such verb: None (the caller keeps its label)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.reading.name_asides import NATIVE_FORM

# the participles that open an aside after a name ("A, located at X, launched"; a relative
# clause, ", which we commissioned", is read by _RELATIVE)
_ASIDE = re.compile(r"(?:located|based|headquartered|situated|registered|listed|founded|"
                    r"established)\b")
# the adverbs an auxiliary and its verb may hold between them ("was first opened", "had also
# been signed"; "was officially opened")
_ADV = r"(?:\w+ly|first|also|just|again|since|now|already|once|soon|then|still|finally)"
_AUX = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|has|have|"
                  r"had)\s+)?(?:" + _ADV + r"\s+)*$")
# where the verb's phrase ends: a comma, a second verb, a purpose ("to jointly develop")
_CUT = re.compile(r",(?![ \t]*(?:Ltd|Limited|Inc|LLC)\b)|;|\s+and\s+(?:has|have|was|were|is|are|will|then|also|[a-z]+ed)\b|"
                  r"\s+and\s+[a-z]+s\s+(?:part|the|a|an|its|their)\b|"     # ("and forms part of")
                  r"\s+(?:which|while|marking|making|becoming|so\s+as)\b|\s+to\s+(?:jointly\s+|"
                  r"further\s+|better\s+)?(?:develop|promote|build|explore|support|enhance|expand|"
                  r"achieve|create|form|establish|provide|meet|improve|help|accelerate|strengthen|"
                  r"drive|realize|realise|boost|serve|jointly)\b")
_MAX_WORDS = 14
# a relative clause's subject after its noun, with no "that": "... the supply agreement they",
# "... the plant it"
_RELATIVE = re.compile(r"\w\s+((?:the|its|their|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
                       r"\s+(?:that\s+|which\s+)?(?:they|it|we|he|she)$")


# what follows a verb that has no object after it: a participle after its noun ("contracts
# signed with X", "copper delivered and ..."), not "signed the contract with X"
_NO_OBJECT = re.compile(r"(?:with|between|and|or)\b")
# a preposition of direction right after the verb: no object follows it
_TO_PLACE = re.compile(r"(?:to|from|into|onto|via|towards?)\b")


# where the noun phrase before a participle starts: its determiner, or past a preposition
# a relative pronoun with a passive's auxiliary before the verb: ", which will be", ", that was"
_WHICH_BE = re.compile(r",?\s*\b(?:which|that)\s+(?:(?:will|would|is|are|was|were|has|have|had|"
                       r"must|should|may|is\s+to|are\s+to)\s+)?(?:be|been|being|was|were|is|are)"
                       r"\s+(?:" + _ADV + r"\s+)*$")
_NP_DET = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese)\s")
_NP_PREP = re.compile(r"\b(?:for|through|under|with|by|from|at|in|on)\s+(?=[a-z])")


# what the noun is "of" when the clause names no thing for it (a preposition, an auxiliary, a
# participle), a label's colon or its last word a conjunction (a doer read from across a clause)
# (not a participle that names how a product is made: "Shipment of forged aluminium rims")
_NO_THING = re.compile(r"\bof\s+(?:by|to|from|into|on|together|has|have|had|was|were|is|are|built|made|"
                       r"held|run|set|put|given|taken|done|written|drawn|won|"
                       r"(?!(?:%s)\b)[a-z]+ed)\b|:\s|\s(?:and|or|the|of)$|\sby\s+\d{1,2}[.)]\s"
                       % "|".join(sorted(words("product-participles"))))
# a doer the label cannot name: a pronoun reads back to nothing in a label
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "them"))


@lru_cache(maxsize=None)
def _table() -> dict[str, tuple[str, str]]:
    return {verb.replace("_", " "): (noun, side) for verb, noun, side in
            (line.split() for line in lines("event-verb-nouns"))}


def _verb_rx() -> re.Pattern:
    return _verb_rx_cached()


@lru_cache(maxsize=None)
def _verb_rx_cached() -> re.Pattern:
    return re.compile(r"\b(" + "|".join(v.replace(" ", r"\s+") for v in
                                         sorted(_table(), key=len, reverse=True)) + r")\b")


_TRAILING = {"from", "to", "in", "on", "at", "of", "for", "with", "by", "the", "a", "an", "and",
             "or", "its", "their", "again", "also", "successfully", "officially", "jointly"}


def _short(words: str) -> str:
    ws = [w for w in words.split() if w.lower() not in ("again", "successfully", "officially")]
    ws = ws[:_MAX_WORDS]
    while ws and ws[-1].lower() in _TRAILING:
        ws.pop()
    # (a legal form's full stop, taken for the clause's: "X Co., Ltd" is "X Co., Ltd.")
    return re.sub(r"\b(Ltd|Co|Inc|Corp)$", r"\1.", " ".join(ws))


# a list item's mark before the clause ("- X acquired Y", "\u2022 X opened ...", "(a) X ..."): the
# layout's, no word of the label (a numbered item's "1." is cut where the sentence starts)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014]|\([a-z0-9]{1,3}\))\s+")


def unlisted(clause: str) -> str:
    """``clause`` without the list item's mark it opens with."""
    return _LIST_MARK.sub("", clause, count=1) if clause[:1] in _MARK_FIRST or \
        clause[:1].isspace() else clause


_MARK_FIRST = frozenset("-*(\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014")



def without_native_forms(label: str) -> str:
    """``label`` without the names' forms in Chinese characters printed in brackets after them
    in a Latin text: the label's words are the text's English ones."""
    return NATIVE_FORM.sub("", label) if not label.isascii() else label


# a clause that opens with a preposition and its noun phrase, a participle set off after it
# ("Under the agreement, signed in ...", "After the talks, held in ..."): what was done is of
# that noun phrase
_FRONTED = re.compile(r"(?:Under|After|Before|Following|During|Upon|Per|Through|Despite)\s+"
                      r"((?:the|its|their|this|that|these|those)\s+[^,]{1,60})$")


# the person a life's clause names first: a name of two or three capitalised words, after a
# title of respect ("Comrade", "Mr.", "Professor") or at the clause's start, before an aside
# or the verb ("We learned with sorrow that Mr. Li Hua, former ..., passed away")
_LIFE_NAME = re.compile(r"(?:(?:Comrade|Mr\.|Mrs\.|Ms\.|Dr\.|Professor|Prof\.)\s+|^|(?<=\bthat\s))"
                        r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s*(?:,|\(|$|\s+(?:was|had|has|"
                        r"\w+ly)\b)")


def _life_label(noun: str, pre: str) -> str | None:
    """"Death of Zhang San": the person whose life the clause tells, named first in it."""
    m = _LIFE_NAME.search(pre.strip())
    if m is None:
        # a family name alone as the clause's subject ("Tang was born in ...")
        m = re.fullmatch(r"([A-Z][a-z]+)(?:\s+(?:was|had))?", pre.strip())
        if m is None or m.group(1).lower() in _PRONOUNS | {"the", "this", "that", "it"}:
            return None
    return f"{noun} of {m.group(1)}"


def curator_label(clause: str) -> str | None:
    """``clause``: the clause's text with its date taken out."""
    clause = unlisted(" ".join(clause.split()).strip(" ,.;"))
    m = _verb_rx().search(clause)
    if m is None:
        return None
    noun, side = _table()[" ".join(m.group(1).split())]
    pre, post = clause[:m.start()], clause[m.end():]
    if side == "person":
        return _life_label(noun, pre)
    passive = bool(re.search(r"\b(?:was|were|is|are|been)\s+(?:" + _ADV + r"\s+)*$", pre))
    which = _WHICH_BE.search(pre)
    if which is not None:
        # "ordered a review of fatigue rules, which will be completed by 30 September": what
        # the relative pronoun stands for, the noun phrase before it (from its last determiner)
        np = [m.start() for m in _NP_DET.finditer(pre, 0, which.start())]
        if not np:
            return None
        pre, passive = pre[max(np):which.start()].rstrip(" ,") + " was ", True
    subj = _AUX.sub("", pre).strip(" ,")
    subj = re.sub(r"^(?:and|then|also)\b\s*", "", subj)
    if re.search(r",(?!\d{3}\b)", subj):        # (not a figure's: "A 600,000-tonne plant")
        parts = [p.strip() for p in re.split(r",(?!\s*(?:Ltd|Inc|LLC|Co)\b|\d{3}\b)", subj) if p.strip()]
        aside = next((i for i, p in enumerate(parts) if i and _ASIDE.match(p)), None)
        if aside is not None:
            # "A Co., Ltd., located at 18 X Road, Zhengzhou, launched ...": the name before
            # the aside, not the aside's last words
            subj = parts[aside - 1]
        else:
            subj = parts[-1] if parts and not re.match(r"(?:and|or)\b", parts[-1]) else parts[0]
    subj = re.sub(r"^(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Aa]t)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?$",
                  "", subj).strip()
    fronted = _FRONTED.match(subj) if not passive else None
    if fronted is not None:
        # "Under the agreement, signed in Shanghai on 20 April, X will ...": the participle is
        # of the noun phrase after the preposition, no doer ("Signing of the agreement in
        # Shanghai", not "Signing of in Shanghai by Under the agreement")
        subj, side = fronted.group(1)[:1].lower() + fronted.group(1)[1:], "subject"
    rel = _RELATIVE.search(subj)
    if rel is not None and not passive:
        # "A and B terminated the supply agreement they signed in 2019": the verb is of a
        # relative clause, what it is of the noun before its pronoun ("Signing of the supply
        # agreement"), not the main clause before that
        subj, side = rel.group(1), "subject"
    if subj and subj.split()[0] in ("The", "These", "This", "Its", "Their", "A", "An"):
        subj = subj[:1].lower() + subj[1:]      # a determiner inside the label
    cut = _CUT.search(post)
    rest = post[:cut.start()] if cut else post
    rest = re.sub(r"\s+(?:in|on|at|by|since)(?:\s+the)?$", "", rest.strip())
    if not passive and side != "subject" and subj and _NO_OBJECT.match(rest):
        # "contracts signed in May with X", "a licence to two patents, signed in March and
        # running to ...": a participle after its noun (what was done to it), no object after
        # the verb; what goes on after "and" is another clause
        rest = "" if re.match(r"(?:and|or)\b", rest) else rest
        if len(subj.split()) > 4:
            # (a clause before it: the noun phrase the participle follows, from its last
            # determiner or after its last preposition, "X declared 96 million yuan for
            # cathode copper delivered in August", "X holds a licence to two patents, signed")
            np = [m.start() for m in _NP_DET.finditer(subj)] + \
                [m.end() for m in _NP_PREP.finditer(subj)]
            subj = subj[max(np):] if np else subj
            subj = subj[:1].lower() + subj[1:] if subj.split()[0] in ("The", "A", "An", "Its",
                                                                     "Their") else subj
        ws = subj.split()
        if subj.lower() in _PRONOUNS:
            label = f"{noun} {rest}" if rest else None      # ("It signed with X")
        elif len(ws) >= 2 and all(w[:1].isupper() or w in ("of", "and", "&") for w in ws):
            label = f"{noun} {rest} by {_short(subj)}" if rest else None    # (a doer's name)
        else:   # (a thing: "Contracts signed with X" opens its sentence with a capital)
            subj = subj[:1].lower() + subj[1:] if len(ws) == 1 or ws[1][:1].islower() else subj
            label = f"{noun} of {_short(f'{subj} {rest}'.strip())}"
    elif passive or side == "subject":
        if subj and subj.lower() in _PRONOUNS:
            subj = ""       # "It was commissioned in May": of what, the label won't say
        body = f"{subj} {rest}".strip() if subj else rest
        label = f"{noun} of {_short(body)}" if body else None
    elif not rest:
        label = f"{noun} of {_short(subj)}" if subj else None      # "The product launched"
    else:
        by = subj if subj and len(subj.split()) <= 8 else ""
        if by.lower() in _PRONOUNS:
            by = ""         # "In May it acquired X": "Acquisition of X", not "... by it"
        if re.match(r"by\b", rest):
            return None     # "was completed by X": passive, the thing is not named here
        if _TO_PLACE.match(rest):
            return None     # "X recalled 1,200 tonnes shipped to Y": no object after the verb
            #                 (a participle after its noun); the clause is its label
        if re.match(r"(?:its|their|his|her)\b", rest) and not by:
            return None     # "Completion of its first implantation": of what, the label won't say
        # "Y completed its takeover of X": "Completion of the takeover of X by Y" (the pronoun
        # reads back to nothing in a label)
        rest = re.sub(r"^(?:its|their|his|her)\b", "the", rest)
        label = f"{noun} of {_short(rest)}" + (f" by {by}" if by else "")
    if label is None or len(label.split()) < 3 or _NO_THING.search(label):
        return None     # "Completion of by X", "Approval of built by X", "Review of has been
        #                 received": the verb's thing is not in the clause; "... by Finding:
        #                 the partner", "... by X held its meeting and": no doer's name
    if label.count('"') % 2 or label.count("\u201c") != label.count("\u201d"):
        return None     # a title cut in two
    return label
