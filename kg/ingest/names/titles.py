"""Documents, programmes and standards named by a title or a number: standard numbers
(``GB/T 3499-2023``, with a quoted title right after them), quoted and 《》 titles whose words
(or the words just before the quote) say what they are, short quoted programme names ("the
"Six Major Industries" of ...") and short quoted phrases named by the word after them (the
"dual carbon" goals, ``data/quoted-heads.txt``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import _TITLE_CLASSES, Candidate



@lru_cache(maxsize=1)
def _standard() -> re.Pattern:
    """A standard's number: a code of ``data/standard-prefixes.txt`` (or a group standard's
    "T/<body>") and its figures, the code perhaps at a hard-wrapped line's end ("(GB/T" over
    "1196)")."""
    codes = "|".join(re.escape(c) for c in sorted(lines("standard-prefixes"), key=len, reverse=True))
    return re.compile(rf"\b(?:{codes}|T/[A-Z]{{2,8}})(?:[ \t]*\n)?[ \t]*\d+(?:\.\d+)*(?:-\d{{4}})?\b")
# a title may wrap onto the next line, never across a blank line
_QUOTED = re.compile(r"(?:\"((?:[^\"\n]|\n(?![ \t]*\n)){6,300})\"|\u201c((?:[^\u201d\n]|\n(?![ \t]*\n)){6,300})\u201d"
                     r"|\u300a((?:[^\u300b\n]|\n(?![ \t]*\n)){2,300})\u300b)")


def standards(text: str) -> list[Candidate]:
    out = []
    for m in _standard().finditer(text):
        num = " ".join(m.group(0).split())
        cls = "NationalStandard" if num.startswith("GB") else \
            "GroupStandard" if num.startswith("T/") else "IndustryStandard"
        c = Candidate(m.start(), m.end(), num, cls, "standard-number", 0.8)
        # its title quoted right after the number: GB/T 1234-2024 "Magnesium Alloy Ingots"
        t = _TITLE_AFTER.match(text, m.end())
        if t:
            c.aliases.add(" ".join(t.group(1).split()))
        out.append(c)
    return out


# a title's last word that cannot end one: it was broken off ("Notice on", "Measures for the")
_CUT_SHORT = re.compile(r"[ \t](?:of|on|for|the|and|to|in|with|a|an|by|at|from|or)\Z", re.I)
_YEAR_LEAD = re.compile(r"^(?:19|20)\d\d[ \t]+")
_TITLE_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?[\"\u201c\u300a]([A-Z][^\"\u201d\u300b\n]{3,200}?)[\"\u201d\u300b]")


def titles(text: str) -> list[Candidate]:
    """Quoted and 《》 titles whose words (or the words just before the quote: 'the national
    standard "..."') say what they are: a plan, catalogue, notice, standard, agreement..."""
    out = []
    listed, last_end = None, -1     # the kind a list's head noun gave, where its last title ended
    for m in _QUOTED.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 3
        raw = m.group(g).rstrip(",.;: ")
        title = " ".join(raw.split())
        if m.group(g).rstrip().endswith((":", "\uff1a")):
            continue        # 'fields such as "Report prepared by:"': a form's label, no title
        if _CUT_SHORT.search(title):
            continue        # ('"Notice on"': a title broken off before its subject)
        # (a year may open the title: "2026 Report on the Development of ...")
        if not re.search(r"[A-Za-z]", title) or (
                not _YEAR_LEAD.sub("", title)[:1].isupper() and g != 3):
            continue
        context = _context_class(text[max(0, m.start() - 40):m.start()])
        if context is None and listed is not None and _LIST_GAP.fullmatch(text, last_end,
                                                                           m.start()):
            # 'the draft standards "A" (drafted by X), "B" and "C"': the head noun before the
            # first title says what every title of the list is
            context = listed
        cls = _title_class(title) or context \
            or ("Project" if _PROJECT_AFTER.match(text, m.end()) or _RESEARCH.match(title)
                else None)
        listed, last_end = context, m.end()
        if cls is None:
            continue
        out.append(Candidate(m.start(g), m.start(g) + len(raw), title, cls, "quoted-title", 0.75))
    return out


# between two titles of one list: a bracket after the first (who drafted it, its number), a
# comma, "and" / "or"
_LIST_GAP = re.compile(r"[ \t\n]*(?:\([^()\"\u201c\u201d]{0,200}\)[ \t\n]*)?(?:,|;|\u3001)?[ \t\n]*"
                       r"(?:(?:and|or)[ \t\n]+)?(?:the[ \t\n]+)?")


_SHORT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201d\n]{2,50})[\"\u201d](?:[ \t]+|[ \t]*\n[ \t]*)(?:([A-Za-z][A-Za-z\-]+)[ \t]+)?"
                          r"([A-Za-z][a-z]*)\b")


_QUOTED_OF = re.compile(r"\bthe[ \t]+[\"\u201c]((?:[A-Z0-9][A-Za-z0-9\-+]*[ \t]+){1,5}[A-Z][A-Za-z\-]*)"
                        r"[\"\u201d][ \t]+of\b")


def quoted_programmes(text: str) -> list[Candidate]:
    """A short quoted title-case phrase after "the" and before "of": the "Six Major Industries"
    of a city, the "Four Batches" of projects -> an initiative (low confidence)."""
    return [Candidate(m.start(1), m.end(1), " ".join(m.group(1).split()), "Initiative",
                      "quoted-programme", 0.4) for m in _QUOTED_OF.finditer(text)]


@lru_cache(maxsize=1)
def _quoted_heads() -> tuple[dict, frozenset]:
    """The heads of ``data/quoted-heads.txt`` and ``data/quoted-event-heads.txt`` (round 53:
    "activities", "scholarships", "pilot" ...; these may be capitalised) and their classes,
    and the second file's words."""
    events = dict(line.split() for line in lines("quoted-event-heads"))
    heads = dict(line.split() for line in lines("quoted-heads"))
    return {**heads, **events}, frozenset(events)


def quoted_initiatives(text: str) -> list[Candidate]:
    """A short quoted phrase and the word after it that says what it is (``data/quoted-heads.txt``):
    the "dual carbon" goals, the "AI+" initiative -> "dual carbon goals", "AI+ initiative".
    Round 53: an event's or a programme's head (``data/quoted-event-heads.txt``) may be
    capitalised and follow the quote on the next line ('the "Green Gate"\nScholarships'); the
    words as printed, quotes and all, are an alias (the curators' label copies them), and the
    same quoted name with the same head is one thing ('"X" Reform Pilot' in a title, '"X"
    pilot' in the text: the shorter label)."""
    heads, events = _quoted_heads()
    out, twins = [], {}
    for m in _SHORT_QUOTE.finditer(text):
        phrase, mid, head = m.group(1).strip(), m.group(2), m.group(3)
        if head.lower() not in heads and mid is not None and mid.lower() in heads:
            # "the "X" project in ...": no middle word (an event's head not where the phrase
            # goes on to another head: the "X" pilot demonstration projects)
            nxt = _NEXT_WORD.match(text, m.end())
            if mid.lower() in events and nxt is not None and nxt.group(1).lower() in heads:
                continue
            head, mid = mid, None
            end = m.start(2) + len(head)
        else:
            end = m.end()
        key = head.lower()
        if key not in heads or len(phrase.split()) > 6 or phrase[-1:] in ",.;:" \
                or not re.search(r"[A-Za-z]", phrase):
            continue
        if key not in events and (head[0].isupper() or mid is not None and mid[0].isupper()
                                  or "\n" in text[m.end(1):end]):
            continue    # (capitalised, only an event's or a programme's head: "X" Activities)
        label = " ".join([*phrase.split(), *([mid] if mid else []), head])
        cls = heads[key]
        lst = re.match(r"[ \t]+(list|lists|catalogue)\b", text[end:end + 20])
        if lst:                           # the "X" project list: a list of them
            label, cls, end = f"{label} {lst.group(1)}", "Catalogue", end + lst.end()
        if key in events and not lst:
            printed = " ".join(text[m.start():end].replace("\u201c", '"').replace(
                "\u201d", '"').split())
            got = Candidate(m.start(), end, label, cls, "quoted-initiative", 0.6, {printed})
            twins.setdefault((phrase.lower(), key), []).append(got)
        else:
            got = Candidate(m.start(), end, label, cls, "quoted-initiative", 0.6)
        out.append(got)
    for group in twins.values():
        short = min((c.label for c in group), key=len)
        names = {a for c in group for a in c.aliases} | {c.label for c in group}
        for c in group:
            c.label = short
            c.aliases = names - {short}
    return out


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


# a quoted title the word "project" follows, or worded like a research project's title
_PROJECT_AFTER = re.compile(r"[ \t]+projects?\b")
_RESEARCH = re.compile(r"(?:Research|Study|Studies)[ \t]+(?:on|of)[ \t]|Development[ \t]+and[ \t]+"
                       r"Application[ \t]+of[ \t]|Key[ \t]+Technolog(?:y|ies)[ \t]+(?:of|for|and)"
                       r"[ \t]")


def _title_class(title: str) -> str | None:
    core = re.sub(r"(\s*\([^()]*\))+$", "", title)         # "... (2024 Edition)"
    ws = [w.strip("()\"'“”").rstrip(".,:") for w in core.split()]
    for i, w in enumerate(ws):
        if w in _TITLE_CLASSES:
            prev = ws[i - 1] if i else ""
            if w == "Plan" and prev in ("Implementation", "Action"):
                return prev + "Plan"
            return _TITLE_CLASSES[w]
    return None


def _context_class(before: str) -> str | None:
    m = re.search(r"\b(standard|plan|catalogu?e|notice|agreement|project|award|policy|"
                  r"report|initiative|measures|guidelines?)s?,?\s*$", before, re.I)
    if not m:
        return None
    w = m.group(1).lower()
    if w == "standard":
        low = before.lower()
        return "NationalStandard" if "national standard" in low else \
            "GroupStandard" if "group standard" in low else \
            "IndustryStandard" if "industry standard" in low else "Standard"
    return {"plan": "Plan", "catalogue": "Catalogue", "catalog": "Catalogue", "notice": "Notice",
            "agreement": "Agreement", "project": "Project", "award": "Award",
            "policy": "Policy", "report": "Report", "initiative": "Initiative",
            "measures": "Measures", "guideline": "Guide", "guidelines": "Guide"}[w]
