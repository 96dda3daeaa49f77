"""What a meeting, hearing, vote or document deals with: the agreement, plan, document, project,
product, technology or other event its sentence says it approved, discussed or is on
(``nfo:about``). Verbs in ``data/deliberation-verbs.txt``.

* passive: "The agreement was approved at the 12th meeting of the board", "the draft plan
  will be put to the vote at the creditors' meeting", "the measures were adopted by the
  standing committee meeting" (rule ``topic:deliberated-at``);
* active, the meeting the subject of its clause: "The executive meeting reviewed and adopted
  the draft rules", "At its meeting on May 3, the board approved the lease contract" (rule
  ``topic:meeting-deliberated``);
* a preposition: "a public hearing on the draft standard", "a meeting to review the
  relocation plan", "the notice on the closure of the smelter" (rule ``topic:meeting-on``);
* a title: "Decision on X Co., Ltd." is about the company its last words name (rule
  ``topic:title-names``); "Announcement on Signing a Technology Licence Agreement" is about the article's
  only agreement, "Announcement on the Planned Shutdown of the Zinc Smelting System" about
  its only works (the head word of the title's topic names its kind; rule
  ``topic:title-head@0.6``).

"the agreement", "the plan", "the deal": the thing of that kind named last before (its
words are then no name of its own). Runs once the verb events are named (pipeline.py): one
pass over the sentences that hold an event or document, linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.word_phrases import find, phrase_index
from kg.ingest.relations.works_milestones import _is_works
from kg.ingest.terms import NFO

_TOPIC_KINDS = {"agreement", "policy", "project", "technology", "product", "event"}
_DET = r"(?:(?:the|a|an|its|their|this|that|these|his|her)\s+)?"
# "the agreement", "the draft plan": the kind its head word names
_HEADS = {"agreement": "agreement", "agreements": "agreement", "deal": "agreement",
          "contract": "agreement", "memorandum": "agreement", "transaction": "agreement",
          "accord": "agreement", "plan": "policy", "programme": "policy", "program": "policy",
          "scheme": "policy", "measures": "policy", "rules": "policy", "regulations": "policy",
          "guidelines": "policy", "standard": "policy", "standards": "policy",
          "policy": "policy", "notice": "policy", "proposal": "policy", "draft": "policy",
          "project": "project",
          "projects": "project", "technology": "technology", "technologies": "technology",
          "process": "technology", "patent": "technology", "patents": "technology",
          "product": "product", "products": "product"}
_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch)\s+(?:[a-z][\w-]*\s+){0,2}("
                      + "|".join(_HEADS) + r")\b")
_STOP = re.compile(r"\b(?:sidelines?|margins?|behalf|eve|occasion|basis|way|day|morning|"
                   r"afternoon|evening|site|premises|grounds|invitation|request|orders?)\b", re.I)
# the last word of a title's topic that names a works: "... of the Copper Smelting System"
_WORKS_HEADS = {"smelter", "smelters", "refinery", "plant", "plants", "mine", "mines", "line",
                "lines", "system", "facility", "facilities", "furnace", "furnaces", "potline",
                "potlines", "works", "concentrator", "mill", "kiln", "kilns", "site", "base"}
_TITLE = re.compile(r"\b(?:announcement|notice|circular|decision|reply|resolution|report|"
                    r"opinions?)\s+(?:on|of|regarding|concerning|about)\s+", re.I)
_RX: dict = {}
_GAP = 160          # characters: the most a cue may span between the meeting and its topic


def _patterns():
    if not _RX:
        _RX["verbs"] = phrase_index("deliberation-verbs")
        # before the verb: "was", "will be", "has been formally"; after it: "at the", "by a"
        _RX["aux"] = re.compile(
            r"\s*(?:,[^,.;]{1,60},\s*)?(?:(?:has|have|had|was|were|is|are|will|would|shall|"
            r"must|to|may|can|be|been|being)\s+)*(?:\w+ly\s+)?", re.I)
        _RX["at"] = re.compile(r"\s+(?:at|by|during|in|to|before|through|with)\s+" + _DET +
                               r"(?:[\w'’.-]+\s+){0,2}", re.I)
        _RX["object"] = re.compile(r"\s+" + _DET + r"(?:[\w'’-]+\s+){0,4}", re.I)
        _RX["and"] = re.compile(r"\s+and\s+", re.I)
        # "..., and was discussed at": the verb's subject is the sentence's
        _RX["coord"] = re.compile(r",\s+and\s+(?:(?:has|have|had|was|were|is|are|will|would|"
                                  r"shall|be|been)\s+)+(?:\w+ly\s+)?$", re.I)
        # "will be submitted to the X Government for approval at an executive meeting"
        _RX["submit"] = re.compile(
            r"\b(?:submitted|sent|referred|presented|put\s+forward)\s+(?:to\s+[^,.;:]{1,80}?\s+)?"
            r"for\s+(?:(?:its|their|final|formal)\s+)?(?:approval|review|deliberation|"
            r"consideration|discussion|adoption)\s+(?:at|by|to)\s+" + _DET +
            r"(?:[\w'’.-]+\s+){0,2}$", re.I)
        _RX["on"] = re.compile(
            r"\s*(?:(?:held|convened|called|scheduled|organi[sz]ed|opened|issued|published)\s+)?"
            r"(?:on|regarding|concerning|about|into|over|in(?=\s+(?:its|the|their)\s)|"
            r"for\s+the\s+(?:review|approval|discussion|signing|launch|study)\s+of|"
            r"to\s+(?:review|approve|discuss|consider|sign|launch|examine|study|hear)|"
            r"that\s+(?:approved|adopted|reviewed|discussed|considered|passed))\s+" + _DET +
            r"(?:[a-z][\w'’-]*\s+){0,4}")
        # the event opens its clause: "The meeting ...", "At the meeting, ...", "On May 3 the
        # board meeting ..."
        _RX["opens"] = re.compile(r"(?:[^\w]*|.*[;:]\s*)(?:(?:on|in)\s+[^,]{1,30},?\s+)?"
                                  r"(?:(?:at|during|in|through)\s+)?" + _DET + r"$", re.I)
    return _RX


def _verbs(text, a, b, rx):
    """(start, end) of the deliberation verbs between ``a`` and ``b``, "reviewed and adopted"
    as one."""
    found = find(text, a, b, rx["verbs"])
    out = []
    for i, (s, e) in enumerate(found):
        if out and out[-1][1] < s and rx["and"].fullmatch(text, out[-1][1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _things(draft):
    """(start, end, entity, kind) of every mention of a thing a meeting can deal with, in text
    order."""
    out = []
    kinds: dict = {}            # (a class's kind, asked once per class)
    for e in draft.entities.values():
        k = kinds.get(id(e.cls))
        if k is None:
            k = kinds[id(e.cls)] = e.kind
        if k in _TOPIC_KINDS or k == "place" and _is_works(e):
            out.extend((m.start, m.end, e, k) for m in e.mentions
                       if k != "event" or m.end - m.start <= 80)    # (not a clause event)
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def _anaphors(text, ss, se, things, starts, by_kind):
    """"the agreement", "the draft plan" in ``text[ss:se]``: (start, end, the last thing of
    that kind named before), unless the words are a name of their own."""
    out = []
    for m in _ANAPHOR.finditer(text, ss, se):
        i = bisect.bisect_left(starts, m.start())
        if i < len(things) and things[i][0] < m.end() or i and things[i - 1][1] > m.start():
            continue
        head = m.group(1).lower()
        ks = by_kind.get(_HEADS[head])
        j = bisect.bisect_left(ks[0], m.start()) if ks else 0
        if j:
            out.append((m.start(), m.end(), _named_for(ks[1], j, head)))
    return out


def _named_for(mentions, j, head):
    """The thing of ``mentions[:j]`` named last whose name holds the anaphor's head ("the plan":
    the last plan, not a price index named after it), looking back at most ``_LOOK`` mentions;
    else the one named last."""
    stem = head.rstrip("s")
    for i in range(j - 1, max(-1, j - 1 - _LOOK), -1):
        if stem in mentions[i][2].label.lower():
            return mentions[i][2]
    return mentions[j - 1][2]


_LOOK = 40


def deliberations(draft) -> None:
    text = draft.text
    deciders = [e for e in draft.entities.values() if not e.known and e.mentions and
                e.kind in ("event", "policy")]
    if not deciders:
        return
    rx = _patterns()
    things = _things(draft)
    starts = [x[0] for x in things]
    by_kind: dict = {}          # kind -> (starts, mentions) of that kind, in text order
    for x in things:
        ks = by_kind.setdefault(x[3], ([], []))
        ks[0].append(x[0])
        ks[1].append(x)
    sents = Sentences(text)
    cache: dict = {}
    in_sentence: dict = {}      # sentence start -> its things, "the agreement" included
    for ev in deciders:
        for m in ev.mentions:
            ss, se = sents.bounds(m.start)
            got = in_sentence.get(ss)
            if got is None:
                lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
                got = sorted([x[:3] for x in things[lo:hi] if x[1] <= se] +
                             _anaphors(text, ss, se, things, starts, by_kind),
                             key=lambda x: (x[0], x[1]))
                in_sentence[ss] = got
            cands = [x for x in got if x[2] is not ev]
            if not cands:
                continue
            hit = _read(text, ev, m, cands, ss, rx)
            if hit is not None:
                target, span, rule = hit
                if target.kind == "event" and any(
                        st[0] == NFO.about and st[1] == ev.iri for st in target.statements):
                    continue        # (the other way round already)
                _add(ev, target, span, rule)
        _title(draft, text, ev, things, cache)


def _add(ev, target, span, rule) -> None:
    """A cue's statement takes the place of a guess of the same pair ("cooccur:", "...@0.5")
    and of the general reading of the words after a name (head_objects.py)."""
    for i, st in enumerate(ev.statements):
        if st[0] == NFO.about and st[1] == target.iri:
            if "@" in st[3] or st[3].startswith(("cooccur:", "topic:head-object")):
                ev.statements[i] = (NFO.about, target.iri, span, rule)
            return
    ev.add(NFO.about, target.iri, span, rule)


def _read(text, ev, m, cands, ss, rx):
    before = [x for x in cands if x[1] <= m.start]
    after = [x for x in cands if x[0] >= m.end]
    if before:                      # "The agreement was approved at the meeting"
        s, e, t = before[-1]
        if m.start - e <= _GAP and any(
                rx["aux"].fullmatch(text, e, vs) and rx["at"].fullmatch(text, ve, m.start)
                for vs, ve in _verbs(text, e, m.start, rx)):
            return t, Span(s, m.end), "topic:deliberated-at"
        if m.start - e <= _GAP and rx["submit"].search(text, max(e, m.start - 160), m.start):
            return t, Span(s, m.end), "topic:submitted-for"
    got = _subject_verb(text, cands, ss, m, rx) if before else None
    if got is not None:
        return got
    if after:
        s, e, t = after[0]
        if s - m.end > _GAP:
            return None
        g = rx["on"].fullmatch(text, m.end, s)
        if g is not None and not _STOP.search(g.group(0)):
            return t, Span(m.start, e), "topic:meeting-on"
        if ev.kind == "event" and m.start - ss <= _GAP and \
                rx["opens"].fullmatch(text, ss, m.start) and any(
                    text[vs - 1] in " \t\n," and rx["object"].fullmatch(text, ve, s)
                    for vs, ve in _verbs(text, m.end, s, rx)):
            return t, Span(m.start, e), "topic:meeting-deliberated"
    return None


def _subject_verb(text, cands, ss, m, rx):
    """"The draft was prepared by A with B and C, and was discussed at an expert meeting": the
    thing that opens the sentence (or "The draft" referring back) when the verb before the
    meeting is joined to its clause by ", and" (rule ``topic:subject-deliberated-at``)."""
    s, e, t = cands[0]
    if s >= m.start or m.start - ss > 2 * _GAP + 200 or \
            not _OPENS.fullmatch(text, ss, s):
        return None
    for vs, ve in _verbs(text, e, m.start, rx):
        if rx["coord"].search(text, max(e, vs - 40), vs) and rx["at"].fullmatch(text, ve, m.start):
            return t, Span(s, m.end), "topic:subject-deliberated-at"
    return None


_OPENS = re.compile(r"[\W]*(?:the\s+)?", re.I)


def _title(draft, text, ev, things, cache):
    """"Announcement on Signing a Technology Licence Agreement": the article's only thing of
    the kind its last word names (a thing named inside the title is read by "on" above)."""
    if ev.kind != "policy" or any(st[0] == NFO.about for st in ev.statements):
        return
    m = ev.mentions[0]
    g = _TITLE.search(text, m.start, m.end)
    if g is None:
        return
    phrase = text[g.end():m.end]
    # "Decision on X Co., Ltd.", "... of the Restructuring Investor of X Co., Ltd.": the
    # company, works, deal or product the title's last words name
    if "names" not in cache:
        cache["names"] = _names(draft, text)
    names = cache["names"]
    for cut in [0] + [x.end() for x in _OF_TAIL.finditer(phrase)]:
        hit = names.get(_norm(phrase[cut:]))
        if hit is not None and hit is not ev:
            _add(ev, hit, Span(m.start, m.end), "topic:title-names")
            return
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    want = _HEADS.get(words[-1]) if words else None
    if words and (words[-1] in _WORKS_HEADS or want == "project"):
        want = "works"          # "... Shutdown of the Copper Smelting System"
    if want is None:
        return
    found = cache.get(want)     # (the things of each kind, gathered once for all titles)
    if found is None:
        found = cache[want] = {id(x[2]): x[2] for x in things if not x[2].known and (
            x[2].kind == want or want == "works" and _is_works(x[2]))}
    if len(found) - (id(ev) in found) == 1:
        target = next(x for x in found.values() if x is not ev)
        _add(ev, target, Span(m.start, m.end), "topic:title-head@0.6")


_OF_TAIL = re.compile(r"\s(?:of|for|by|against|with)\s+(?:the\s+)?", re.I)
_NAME_KINDS = {"org", "project", "agreement", "product", "technology"}


def _norm(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", name.strip().rstrip(".,;:").lower()).split())


def _names(draft, text) -> dict:
    """Normalised names (labels, other names, mentions) of the organisations, works, deals,
    products and technologies of the draft -> the entity."""
    out = {}
    for e in draft.entities.values():
        if e.kind not in _NAME_KINDS and not _is_works(e):
            continue
        for n in [e.label, *e.aliases, *(text[m.start:m.end] for m in e.mentions)]:
            out.setdefault(_norm(n), e)
    return out
