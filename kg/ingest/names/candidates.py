"""New entities by rule: capitalised names ending (or beginning, "Ministry of ...") in a word that
gives their class (``data/name-heads.txt``), with the start trimmed to where the name begins, a
headline kept apart from the body, and the ``Candidate`` every name rule returns. A phrase is
split into the parts that may each be a name by ``phrase_parts``; each part is then read in
steps: its head word (``_head_name``, or a company's legal form: ``_company_part``), where its
name starts (``_name_start``), its label and class (``_named``).

The rules that need none of the phrase machinery live apart: standard numbers and quoted titles
(``titles``), phrases before a lower-case head (``head_phrases``), people by surname and research
teams (``person_names``), and ``role_people``, ``bracketed``, ``slots``, ``tails``."""
from __future__ import annotations

import re
from kg.ingest.records import NEW, Record

from kg.ingest.names.row_codes import row_code
from kg.ingest.names.document_on import DOCUMENT_CLASSES, EVENT_CLASSES, document_on
from kg.ingest.names.line_ends import line_end
from kg.ingest.names.legal_forms import (after_prefixed, comma_form_end, ends_in_dotted_form,
                                         lower_form_end)
from kg.ingest.names.name_edges import co_ltd_inside, country_tail, town_start, year_title
from kg.ingest.names.caps_clauses import after_caps_title, caps_name_words
from kg.ingest.names.phrase_pieces import pieces
from kg.ingest.names.head_guards import (body_class, document_issuer, issuer_tail, law_after, not_a_head, role_line,
                                         start_after_of)
from kg.ingest.names.long_place_names import listed_start
from kg.ingest.reading.headlines import headline_end, split_headline as _split_headline
from kg.ingest.names.section_outlets import section_outlet
from kg.ingest.names.not_names import COUNT, is_not_name
from kg.ingest.lexicon import words
from kg.ingest.names.headline_works import generic_headline_works
from kg.ingest.names.headline_firms import headline_description
from kg.ingest.names.work_titles import in_work_title
from kg.ingest.names.head_words import (ORG_END_CLASSES as _ORG_END_CLASSES, TITLE_CLASSES as
                                        _TITLE_CLASSES, features as _features, heads as _heads,
                                        role_words as _role_words, opens_with_of, native_opening)
from kg.ingest.names.trims import trimmed
from kg.ingest.names.inner_org_names import CONTAINERS as _CONTAINERS, inner_org
from kg.ingest.names.given_name_list import outside_people
from kg.ingest.names.name_tokens import (COMPANY_TAIL as _COMPANY_TAIL, PHRASE as _PHRASE,
                                         after_day_head, glued_start, place_cut, site_at_end)
from kg.ingest.names.phrase_parts import (ABBREV as _ABBREV, DAY_WORDS as _DAY_WORDS,
                                          MISSIONS as _MISSIONS, MONTH_WORDS as _MONTH_WORDS,
                                          ORG_CLASSES as _ORG_CLASSES,
                                          PLACE_CLASSES as _PLACE_CLASSES, after_role,
                                          before_date, split_parts)

# the joints of Portuguese and Spanish names ("Metais do Minho", "Ferro e Aço do Norte")
_NATIVE_JOINTS = {"do", "da", "dos", "das", "e", "y"}
# the words that join a name's parts, never its last word ("X of", "Y and")
_TRAILING_JOINTS = {"of", "and", "for", "the", "on", "in", "de", "del", "di", "to", "&"} | _NATIVE_JOINTS
_SUFFIX_ONLY = {"co", "ltd", "corp", "inc", "limited", "company", "(group)"}
# "People's Congress", "Workers' Congress", "Employees' Representative Assembly"
_COLLECTIVE = {"people", "workers", "women", "children", "farmers", "youth", "employees", "staff"}
_DOTTED_END = re.compile(r"(?<![A-Za-z])[A-Z](?:\.[A-Za-zÀ-ÖØ-öø-ɏ]{1,2})+\.$")      # "S.A.", "N.V."
_STARTERS = {"according", "the", "in", "on", "at", "during", "recently", "this", "these", "since", "from",
             "by", "with", "as", "after", "before", "under", "to", "for", "and", "of", "a", "an",
             "its", "their", "our", "meanwhile", "currently", "among", "both", "all", "also",
             # time and linking adverbs that open a sentence ("Yesterday X Co., Ltd. signed")
             "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "separately",
             "however", "then", "now", "previously", "subsequently", "additionally",
             "furthermore", "moreover", "likewise", "similarly", "overall", "finally", "last",
             "thereafter"} | words("openers-adverbs")     # "Probably X Co., Ltd., traders said"
# the words of a post's rank before a place's rank word ("Deputy County Magistrate", "Vice
# Provincial Governor") and the determiners ("Each County"): no word of a place's name
_RANKS = words("place-determiners")
_BEFORE_THE = words("openers-before-the")     # "Unlike the X Expo, ...": no word of its name
_BEFORE_NAME = words("openers-before-names")   # "Between X Co., Ltd. and Y ...": none either
# a question's or a condition's first word at a sentence start ("Did X Group sign?", "Will Y
# Co., Ltd. buy it?", "If approved, ..."): no word of a name
_ASKING = {"Did", "Does", "Do", "Will", "Would", "Can", "Could", "Should", "Shall", "Has", "Have",
           "Had", "Is", "Are", "Was", "Were", "Why", "How", "When", "Where", "What", "Whether",
           "If", "Unless"}

class Candidate(Record):
    _fields = __match_args__ = ("start", "end", "label", "cls", "rule", "confidence", "aliases")

    def __init__(self, start: int, end: int, label: str, cls: str, rule: str,
                 confidence: float, aliases: set[str] = NEW):
        self.start, self.end, self.label, self.cls = start, end, label, cls
        self.rule, self.confidence = rule, confidence
        self.aliases = set() if aliases is NEW else aliases


_NONSPACE = re.compile(r"[^\s]+")
_CRUMB = re.compile(r"[ \t]*>")
_MAX_LAWS = 12      # laws chained by "and of the" in one phrase ("X Law of ... and of the Y Law")


_ON_THE = re.compile(r"(?:^|[^\w])(?:[Oo]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill)(?:[ \t]+the)?[ \t]+$")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n][\"'\u201d\u2019)]*)[ \t]*[\"'\u201c\u2018(]?[ \t]*\Z")


def _words_of(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The runs of ``text[start:end]`` between white space, as (start, end, word): what
    ``_NONSPACE.finditer(text, start, end)`` gives, by ``str.split`` (the same white space as
    ``\\s``) and ``str.find`` (no match object per word: some 800 calls a run); a word
    hyphenated across a line ("So\u00ad\u00adciety": reading/folded) given whole, "Society"."""
    n = len(text)
    start = min(max(start, 0), n)
    seg = text[start:min(max(end, 0), n)]
    out = []
    at = 0
    find = seg.find
    for w in seg.split():
        at = find(w, at)        # (only white space before it: the word's own place)
        out.append((start + at, start + at + len(w), w.replace("\u00ad", "") if "\u00ad" in w else w))
        at += len(w)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    ws = _words_of(text, after_day_head(text, s, e), e)     # (not "TUE 5 JAN" over the name)
    month = False
    while ws and (ws[0][2].lower().rstrip(".,") in _STARTERS | _MONTH_WORDS | _DAY_WORDS
                  or ws[0][2] in _ASKING and len(ws) > 1
                  or ws[0][2].lower() in _BEFORE_THE and len(ws) > 1 and ws[1][2] == "the"
                  or ws[0][2].lower() in _BEFORE_NAME and len(ws) > 1
                  or re.fullmatch(r"\d{1,2},?|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2},?", ws[0][2])
                  # a number that ends the line above ("... hires 260" / "X Co., Ltd. has")
                  or len(ws) > 1 and ws[0][2].isdigit() and "\n" in text[ws[0][1]:ws[1][0]]
                  # a day ("May 15th"), not an ordinal that opens a name ("27th Annual Meeting")
                  or re.fullmatch(r"\d{1,2}(st|nd|rd|th),?", ws[0][2]) and (
                      month or ws[0][2].endswith(",") or len(ws) < 2
                      or not ws[1][2][:1].isupper()
                      # "On the 9th X Co., Ltd." ("on", "since", "by"...): a day, not a name's
                      or _ON_THE.search(text, max(0, ws[0][0] - 12), ws[0][0]))
                  or (re.fullmatch(r"(19|20)\d\d,?", ws[0][2])
                      and (ws[0][2].endswith(",") or len(ws) < 2 or not ws[1][2][:1].isupper()))
                  or not ws[0][2][:1].isalnum()
                  or len(ws) > 1 and row_code(text, ws[0], ws[1])):     # ("A-03  X Group")
        month = ws[0][2].lower().rstrip(".,") in _MONTH_WORDS
        ws = ws[1:]
    while ws and ws[-1][2].lower() in _TRAILING_JOINTS:
        ws = ws[:-1]
    while ws and ws[0][2] in _NATIVE_JOINTS:
        ws = ws[1:]     # ("Why do Chinese Smelters ...": no name opens with a joint)
    ws = caps_name_words(ws, text)  # "X CO., LTD. SIGNED A DEAL WITH Y CO., LTD.": "Y CO., LTD."
    # "Under Decree No. 12 the Ministry ...": a number then "the" opens a name ("Anna Berg of the X": X)
    cut = next((k for k in range(len(ws) - 1, 0, -1) if ws[k][2] == "the"
                and re.fullmatch(r"[\w/.\-]*\d[\w/.\-]*", ws[k - 1][2])), None)
    ws = ws[cut + 1:] if cut is not None else ws[outside_people([w for *_, w in ws])]
    # "Exports to Bass Holdings Ltd in Japan rose": a sentence's first word and "to" open no name
    if len(ws) > 2 and ws[1][2] == "to" and _SENTENCE_START.search(text, max(0, ws[0][0] - 8),
                                                                    ws[0][0]):
        ws = ws[2:]
    if not ws:
        return s, s
    return ws[0][0], ws[-1][1]


def organisations(text: str) -> list[Candidate]:
    heads = _heads()
    out = []
    done = 0        # where the last company's suffix ended ("X Co., Ltd. Announcement on Y")
    head_end = headline_end(text)
    for m in _PHRASE.finditer(text):
        s, e = glued_start(text, m.start()), m.end()      # ("e-Metal", "iMining", "d'Amico")
        if s < head_end < e:
            # "... in First Seven Months\nEconomic Daily | 2026-08-17": the headline's words
            # and the next line's are two phrases
            out.extend(_phrase_names(text, s, head_end, heads))
            nxt = re.compile(r"\S").search(text, head_end, e)
            if nxt is None:
                continue
            s = nxt.start()
        if s < done:
            nxt = re.compile(r"\S").search(text, done, e)
            if nxt is None:
                continue
            s = nxt.start()
        for _ in range(4):      # (a few ends in one phrase: "Page 3 of 3\nX Notice No. 1-8\nBoard")
            row_end = line_end(text, s, e, heads, _phrase_names, _role_words()[0])
            if row_end is None:
                break
            # "Shareholder | Shares | Stake\nHaiyue Investment Group Co., Ltd.": a table row's
            # last word and the next line's name are two phrases
            out.extend(_phrase_names(text, s, row_end, heads))
            nxt = re.compile(r"\S").search(text, row_end, e)
            if nxt is None:
                break
            s = nxt.start()
        if row_end is not None and nxt is None:
            continue
        tail = _COMPANY_TAIL.match(text[e:e + 40])
        if tail and "\n" in tail.group(0) and _FIGURE_END.search(text, max(s, e - 5), e):
            tail = None     # ("300,000" over "Co., Ltd.": a figure's cell and a name's wrap)
        comma = None if tail else comma_form_end(text, e) or lower_form_end(text, e)
        # ("X Zinc, Inc.", "Y, S.A."; "Z Holdings a.s.": names/legal_forms)
        if tail or comma or co_ltd_inside(text, s, e):     # ("X Resources Co. Ltd will": name_edges)
            e = comma or e + (tail.end() if tail else 0)
            done = e
            out.extend(_phrase_names(text, s, e, heads, company_tail=True))
        else:
            out.extend(_phrase_names(text, s, e, heads))
    out = [_through_article(text, c) for c in out]
    # "Exchange" ends a market's name only after a word of data/exchange-kinds.txt
    return [trimmed(text, c) for c in out if (c.rule != "name:exchange"
            or c.label.split()[-2:-1] and c.label.split()[-2].lower() in words("exchange-kinds"))
            and not is_not_name(c.label) and not generic_headline_works(c, head_end, text)
            and not headline_description(c, head_end, text)
            and not in_work_title(text, c.start, c.end)
            and not (c.cls == "MediaOutlet" and section_outlet(text, c.start, c.end, c.label))]


_FIGURE_END = re.compile(r"\d,\d\d\d$")       # a figure with a thousands' comma, at a line's end
_ARTICLE_ON = re.compile(r"[ \t]+an?[ \t]+(?=[A-Z0-9])")
_TITLE_VALUES = frozenset(_TITLE_CLASSES.values()) | {"ActionPlan", "ImplementationPlan"}


def _through_article(text: str, c: Candidate) -> Candidate:
    """"Action Plan for Building a Rare Metals Industry Cluster": a document's title named
    with "of/for/on" runs on through "a"/"an" and the capitalised words after it."""
    if c.cls not in _TITLE_VALUES or not c.rule.endswith(("-of", "-for", "-on")) \
            or text[c.end - 1:c.end] in ".,":
        return c
    m = _ARTICLE_ON.match(text, c.end)
    if m is None:
        return c
    more = _PHRASE.match(text, m.end())
    if more is None or more.end() - m.end() > 120:
        return c
    end = more.end()
    for w in _words_of(text, m.end(), more.end()):
        if w[2].endswith(".") and w[2] not in _ABBREV:
            end = w[1] - 1          # "... Cluster. Next": the sentence ended
            break
    end = _trim(text, m.end(), end)[1]
    if end <= m.end():
        return c
    return Candidate(c.start, end, " ".join(text[c.start:end].split()), c.cls, c.rule,
                     c.confidence, set(c.aliases))


# classes a headline's object is never: titles of policies, standards, agreements, events
_NOT_IN_HEADLINE = set(_TITLE_CLASSES.values()) | {
    "ActionPlan", "ImplementationPlan", "NationalStandard", "IndustryStandard",
    "GroupStandard", "Conference", "Forum", "Seminar", "Symposium", "Meeting", "AnnualMeeting",
    "Exhibition", "SigningCeremony", "PressConference", "Event"}
def _phrase_names(text, s, e, heads, company_tail=False) -> list[Candidate]:
    return pieces(text, _words_of(text, s, e), _piece, heads, company_tail)


def _piece(text, ws, heads, company_tail, cut):     # (names/phrase_pieces.py)
    """The names one piece of a phrase holds, and how many of its words were read."""
    if cut:     # "... at Annual General Meeting\nChina Mining Weekly, 2026-05-21": two phrases
        return _phrase_names(text, ws[0][0], ws[cut - 1][1], heads), cut
    n = len(ws)
    ws, date = before_date(text, ws)
    if date is not None:    # "... Commission on 15 August 2026 the Ministry of X": two phrases
        return _phrase_names(text, ws[0][0], ws[date[0] - 1][1], heads), date[1]
    if not ws:
        return [], n
    before, after, verb = _split_headline(text, ws)
    if verb:
        return _headline_names(text, before, after, heads, company_tail), n
    if before[-1][1] != ws[-1][1]:
        ws, company_tail = before, False
    ws = after_caps_title(ws, text)     # "MINUTES OF THE ... MEETING OF X LIMITED": "X LIMITED"
    ws = after_role(ws, heads, company_tail)    # "Chairman of Yulin Energy Group": "Yulin ..."
    parts = split_parts(text, ws, heads, company_tail)
    out = []
    tail_part = parts[-1] if parts else None      # (a law's "and of Y" is appended below)
    n_parts = len(parts)
    for part in parts:      # (read while it grows: _head_name appends the laws' rest)
        if part:
            out.extend(_part_names(text, part, parts, n_parts, heads,
                                   company_tail and part is tail_part))
    return out, n


def _headline_names(text, before, after, heads, company_tail) -> list[Candidate]:
    """A headline's names: its subject may be one; what follows the verb is a description, not
    a title (an organisation named there still is one)."""
    out = []
    for part in (before, after):
        if part:
            out.extend(c for c in _phrase_names(text, part[0][0], part[-1][1], heads,
                                                company_tail and part is after)
                       if c.cls not in _NOT_IN_HEADLINE)
    return out


def _part_names(text, part, parts, n_parts, heads, company) -> list[Candidate]:
    """The names one part of a phrase gives (``company``: it ends with a company's legal form)."""
    ps, pe = part[0][0], part[-1][1]
    out = []
    if company:
        cls, end, rule, ps = _company_part(text, part, heads, ps, pe, out)
    else:
        got = _head_name(text, part, parts, n_parts, heads, ps, pe, out)
        if got is None:
            return out
        cls, end, rule, ps = got
    if cls == "GovernmentBody" and rule == "name:agency" and any(
            w[2] == "News" for w in part):
        cls = "MediaOutlet"           # "Xinhua News Agency"
    ps = _name_start(text, part, cls, end, ps, heads)
    return out + _named(text, part, cls, rule, ps, end, pe, heads)


def _company_part(text, part, heads, ps, pe, out) -> tuple:
    """A company's name ending the part, and the document or project about it the part opens
    with (added to ``out``): (class, end, rule, start)."""
    cls, end = "Company", pe
    rule = "org:co-ltd"
    doc = document_on(part, heads)
    if doc is not None:
        # "Penalty Decision on X Co., Ltd.": a document about X (named from after "on")
        ts, _ = _trim(text, ps, pe)
        if doc[0] == "Project":     # "Work on the X Project of Y": from "X"
            low = [j for j in range(doc[1]) if part[j][2][:1].islower()
                   and part[j][2] not in ("and", "&", "of", "for")]
            ts = max(ts, part[low[-1] + 1][0]) if low else ts
        out += [] if doc[0] in EVENT_CLASSES else [Candidate(   # (X's press conference)
            ts, pe, " ".join(text[ts:pe].split()), doc[0], "name:project-of-company"
            if doc[0] == "Project" else "name:document-on-company", 0.5)]
        ps = part[doc[1] + 2][0]
        if doc[0] in DOCUMENT_CLASSES and part[doc[1] + 1][2] == "of":
            # ("Report on the Corporate Bonds of X Co., Ltd.": X stands beside the
            # report's name, often the one place the text names it in full)
            rule = "name:inner-org"
    second = after_prefixed(part) if doc is None else None
    if second is not None:
        ps = max(ps, part[second][0])       # "PT X and Y Co., Ltd.": Y Co., Ltd. (PT X: bracketed)
    return cls, end, rule, ps


def _head_name(text, part, parts, n_parts, heads, ps, pe, out) -> tuple | None:
    """The head word that ends (or, before "of", opens) the part's name: (class, end, rule,
    start), or None; a park's name before "of" its county is added to ``out``, the rest of two
    laws or a body's document to ``parts``."""
    features = _features()
    cls, end, rule = None, None, None
    for i, (a, b, w) in enumerate(part):
        key = w.rstrip(",").lower()
        if key not in heads and key.rstrip(".") in heads:
            key = key.rstrip(".")
        if key not in heads and key[-2:] in ("'s", "\u2019s") and key[:-2] in heads \
                and (heads[key[:-2]][1] == "end" or i > 0):
            key, b = key[:-2], b - 2    # "X Holding Group's unit", "Fudian Bank's
            # branch": the name ends there
        if (native := native_opening(text, part, i, key, pe, heads, _ABBREV)) is not None:
            cls, end, rule, ps = native     # ("Empresa Metalúrgica Vinto": head_words)
            break
        if key not in heads or i == 0 and heads[key][1] == "end" and not opens_with_of(key, part, i):
            continue
        c, pos = (heads[key][0], "head") if opens_with_of(key, part, i) else heads[key]   # ("Division of X")
        if key in features and not w.endswith(".") and _CAP_NEXT.match(text, b):
            continue    # "Salt Lake Lithium Industry": a word of a longer name (not
            # "... to the Duizhen River. Tests showed": a sentence ends there)
        if pos == "end" and COUNT.fullmatch(part[i - 1][2]):
            continue    # "Prices Rise Three Times": a count, no name's end
        if not_a_head(key, part, i) or role_line(text, part, i):
            continue    # "X  Announcement No.", "Section 3", "Three Industry Standards"
        if _CRUMB.match(text, b) and "\n" in text[part[0][0]:a]:
            continue    # "X\nHome > News": a breadcrumb's first step, no name's end
        if key in _MISSIONS and i + 2 < len(part) and part[i + 1][2] == "in" \
                and part[i + 2][2][:1].isupper():
            # "the Chinese Embassy in Jakarta": a mission is named by its city
            cls, end, rule = c, part[i + 2][1], f"name:{key}-in"
            break
        # ("Directorate General of Mines": "General" goes with the head)
        g = i + 1 + (i + 2 < len(part) and part[i + 1][2] == "General")
        # (a body's in capitals too: "X ADMINISTRATION FOR MARKET REGULATION")
        joint = "" if g >= len(part) else part[g][2].lower() if c in _ORG_CLASSES \
            else part[g][2]
        if pos == "head" and joint in ("of", "for", "on") \
                and not (c == "Award" and joint == "on"):     # (conferred on X)
            cls, end, rule = site_at_end(part, heads) or c, pe, f"name:{key}-of"   # (or its building)
            end = place_cut(part, g + 2, end) if c == "Site" else end   # ("... of X in Y")
            if issuer_tail(part, i, heads) or joint == "on" and document_issuer(part, i, c):
                end = b     # "X Clauses of the Company", "Reply of the X Bureau on Y": the issuer
            # "X Law of the People's Republic of China and of the Y Law": two laws
            cut = next((j for j in range(i + 2, len(part)) if part[j][2] == "and"
                        and c == "Policy" and law_after(part, j, heads)), None)
            if cut is not None and len(parts) < n_parts + _MAX_LAWS:
                end = part[cut - 1][1]
                parts.append(part[cut + 1:])   # (a copy of the rest: a few at most)
            # "Ministry of X's Technical Guidelines for Y": the body, then its document
            own = next((j for j in range(i + 2, len(part) - 1)
                        if re.search(r"[a-z]['\u2019]s$|[a-z]s['\u2019]$", part[j][2])
                        and re.sub(r"['\u2019]s?$", "", part[j][2]).lower() not in _COLLECTIVE),
                       None)
            if own is not None and (cut is None or own < cut) \
                    and len(parts) < n_parts + _MAX_LAWS and any(
                        w[2].rstrip(".,").lower() in heads for w in part[own + 1:]):
                end = part[own][1] - (1 if part[own][2][-1] in "'\u2019" else 2)
                parts.append(part[own + 1:])
            break
        if cls is not None and cls not in _PLACE_CLASSES and c in _PLACE_CLASSES \
                and text[end:a].split()[:1] == ["of"]:
            # "the Debao Industrial Park of Debao County": the park, then its county
            out.extend(_ended(text, part[0][0], end, cls, rule))
        cls, end, rule = c, b, f"name:{key}"
    if cls is None:
        return None
    return cls, end, rule, ps


def _ends_org(head) -> bool:
    """A head word's entry that ends an organisation's name ("FC"), not a place's ("River")."""
    return head is not None and head[1] == "end" and \
        (head[0] in _ORG_END_CLASSES or head[0] == "Organization")


def _name_start(text, part, cls, end, ps, heads) -> int:
    """Where the name starts: a place by the few words before its rank word, after a list's
    number, after the last "of"/"for"/"to" with no head word before it."""
    if cls == "Place":
        ps = town_start(part, end, ps)      # "the X Indaba in Cape Town": Cape Town
    if cls in _PLACE_CLASSES:        # "Hami City": the few words just before
        before = [w for w in part if w[1] <= end]
        keep = []
        for w in reversed(before):
            if len(keep) >= 3 or (keep and not w[2][:1].isupper()):
                break
            if keep and "\n" in text[w[1]:keep[0][0]] and \
                    _ends_org(heads.get(w[2].rstrip(".,").lower())):
                break       # ("... Silver Lake FC" / "Tin City United": a club's name's end)
            if keep and re.search(r"['\u2019]s$", w[2]):
                break       # "Hunan's Yiyang City": Yiyang City, in Hunan
            keep.insert(0, w)
        while len(keep) > 1 and keep[0][2].lower() in _RANKS:
            keep.pop(0)     # "Deputy County Magistrate Bai": a post's rank, no place's word
        ps = listed_start(before, keep[0][0])      # ("Ho Chi Minh City")
    while part and re.fullmatch(r"\d{1,2}\.?", (text[ps:ps + 40].split(None, 1) or [""])[0]):
        nxt = re.search(r"\s+", text[ps:end])
        if not nxt:
            break
        ps += nxt.end()
    # "Professor Han of X Institute", "Demand for X Ltd", "Exports to X Ltd": the name starts
    inside = [w for w in part if ps <= w[0] and w[1] <= end]   # after a word with none before
    return start_after_of(inside, heads, ps) if cls not in _PLACE_CLASSES else ps


def _named(text, part, cls, rule, ps, end, pe, heads) -> list[Candidate]:
    """The candidate from ``ps`` to ``end``, trimmed (no possessive, no sentence's stop, no
    year before an organisation), with its class set by its label, and the bodies inside it."""
    ts, te = _trim(text, ps, country_tail(text, cls, end, pe))     # ("... of Kenya")
    year = _YEAR_FIRST.match(text, ts, te) if cls in _ORG_END_CLASSES else None
    if year is not None:
        ts = year.end()     # "the 2026 Jinchuan Group Cup": an event's year, not the group's
    if te <= ts:
        return []
    raw = text[ts:te].rstrip(",")
    poss = re.search(r"(?<=[a-z])(?:['\u2019]s|(?<=s)['\u2019])$", raw)
    if poss is not None:
        raw = raw[:poss.start()]        # "X Department of Forestry's data": the name
    if raw.endswith(".") and not raw.upper().endswith(("CO.", "LTD.", "CORP.", "INC.")) \
            and not _DOTTED_END.search(raw) and not ends_in_dotted_form(raw):
        raw = raw[:-1]
    te = ts + len(raw)
    label = " ".join(raw.split())
    if len(label.split()) < 2 or all(w.rstrip(".,").lower() in _SUFFIX_ONLY
                                     for w in label.split()):
        return []            # "Co., Ltd." alone is no name
    if label.split()[0].lower() in ("million", "billion", "trillion"):
        return []            # "4.3 Billion Dollar Nickel Project": a headline's figure
    cls = _label_class(label, cls)
    te, label, cls, rule = year_title(text, ts, te, label, cls, rule)     # "Site of the Year"
    aliases = set()
    if cls == "Award" and re.match(r"(?:19|20)\d\d[ \t]+[A-Z]", label):
        # a recurring award is named without the year of this round ("2024 X Award" is
        # the X Award; the year's form stays an alias)
        label, aliases = label.split(None, 1)[1], {label}
    own = re.search(r"['\u2019]s ([A-Z].*)$", label)      # "X's Global Application Center"
    if own and len(own.group(1).split()) >= 2 and cls not in _NOT_IN_HEADLINE:
        aliases.add(own.group(1))         # its own name after the owner's possessive
    out = [Candidate(ts, te, label, cls, rule, 0.6, aliases)]
    if cls in _CONTAINERS:
        out.extend(Candidate(*row) for row in inner_org(text, ts, te, heads))
    return out


def _label_class(label: str, cls: str) -> str:
    """The class a name's words correct (a venue, a Party body, a management committee)."""
    if cls == "ResearchInstitute" and _VENUE.search(label):
        cls = "Site"            # "X International Convention and Exhibition Center"
    cls = body_class(label, cls)
    if cls == "PartyOrganization" and not re.search(
            r"\b(?:Party|CPC|Communist|Central|Municipal|Provincial|Discipline)\b", label):
        cls = "Organization"    # "... Standardization Technical Committee": not a Party body
        if re.match(r"(?:Management|Administrative)[ \t]+Committee[ \t]+of\b", label):
            cls = "GovernmentBody"      # "Management Committee of X High-Tech Zone"
    return cls


_CAP_NEXT = re.compile(r"[ \t]+[A-Z]")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s+(?=[A-Z])")
_VENUE = re.compile(r"\b(?:Exhibition|Convention|Conference|Expo|Sports|Shopping)[ \t]+Cent(?:er|re)$")


def _ended(text: str, start: int, end: int, cls: str, rule: str) -> list[Candidate]:
    """The name from ``start`` to the head word that ends at ``end`` (before "of" a place)."""
    ts, te = _trim(text, start, end)
    label = " ".join(text[ts:te].split())
    if te <= ts or len(label.split()) < 2 or " of " in f" {label} ":
        return []
    return [Candidate(ts, te, label, cls, rule, 0.6)]
