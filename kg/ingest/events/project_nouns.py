"""Projects running text names by their noun, in lower case, with no capitalised name and no
capacity (those are :mod:`kg.ingest.names.capacities` and the name rules):

* a noun phrase headed by a project noun (``data/project-noun-heads.txt``) that says where it is
  or that it is being built: "the tailings reprocessing line at X, commissioned in ...", "a
  bauxite exploration programme in A and B", "a high-end foil project for new energy vehicles,
  to be built by Y", "a pilot line to be built in X's Y District" (rule ``project:noun-phrase``).
  It needs a content word before the head, or a two-word head ("pilot line") and a building cue
  with a place (or, round 30, "a" / "an" right after a verb of building or planning: "will
  build a production line for copper alloy strip", "plans to add a battery foil line"; and only
  so for the heads of ``data/project-built-heads.txt``: "will build a die-casting base");
  :func:`kg.ingest.names.placed_sites.building_before`); the place after "in"/"at"/"on" is where it is (``nfo:locatedIn``). A plant,
  smelter, refinery, mill or facility placed so with no word of its building after it nor a
  verb of building right before it ("its precursor plant in Gwangyang"; not "plans to build a
  cathode plant in X": :func:`kg.ingest.names.placed_sites.building_before`) is a site at
  work (``nfo:Site``), not a project. An owner after it stands for the place or the cue: "a
  silver paste project (for photovoltaics) of X Co., Ltd. in Y County" is X's
  (``nfo:ownedBy``, rule ``project:noun-phrase-owner``; the phrase ends before "of"), in Y; and
  so does a relative clause after "a <content> project / programme / pilot / scheme" ("a price
  insurance pilot that protects ..."): a scheme the article introduces;
* a later phase of a project or site: "the second phase of the X Refinery", "X's second-phase
  expansion" (not a first phase: most often the project already named, at work), "the mine's
  second-phase expansion" (the last name whose head is "mine"), "A second phase, which would
  add ..." (the project named last before, in the paragraph or 1500 characters back; else the
  only project the text named before); "a second (production) line" of a plant or works, not
  of a research project (rule ``project:phase``): "Second phase of X", the bare phrase an
  alias; part of X (``nfo:partOfProject``), located at a site, or owned by an organisation.
  A numbered phase likewise (round 39): "Phase II will follow by 2030", "(b) phase I, with 24
  cells, is ...", "phase 3 of the X project", where a clause starts or after "the / its" and
  before a verb, "of" or a stop (not "the phase II workshops"); "Phase I" only in a text that
  names a later phase. The project named last before is the one that holds a site named inside
  it ("a copper foil base in the X Park ... Phase II": the base's phase, not the park's).

Each is a new ``nfo:Project`` or ``nfo:Site`` (confidence 0.5); who owns it is read later by
:mod:`kg.ingest.relations.projects` like any project's. A phrase a name already covers, or one
that crosses a name, is left to that name. One pass of two regular expressions: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.mood import denied, dropped_after
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.names.placed_sites import building_before
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.span_order import spans_by_start

RULE, PHASE_RULE, CONFIDENCE = "project:noun-phrase", "project:phase", 0.5
OWNER_RULE = "project:noun-phrase-owner"
_FUNCTION = (r"a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
             r"which|who|is|are|was|were|be|been|has|have|had|will|would|also|such|as|new|"
             r"existing|whole|entire|same|said|other|first|second|third|main|key|major|"
             r"planned|proposed|current|latest")
# a modifier: a lower-case word, a hyphenated one ("high-end") or an acronym ("HPAL")
_MOD = rf"(?!(?:{_FUNCTION})\s)(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{{2,6}})"
# it is being built, or was put to work: after the head or its tail
_CUE = re.compile(r"\s*,?\s+(?:(?:which|that)\s+(?:is|was|will\s+be|has\s+been)\s+|to\s+be\s+|"
                  r"being\s+|now\s+)?(?:jointly\s+)?(?:built|constructed|developed|commissioned|"
                  r"put\s+into\s+(?:production|operation)|under\s+construction)\b"
                  r"(?:\s+(?P<prep>in|at|by)\s+(?:the\s+)?)?")
# its building is named before it: "Construction of a copper mine at X (and of its smelter)
# began", "work on the new refinery", "the groundbreaking of a nickel plant"
_BUILT_BEFORE = re.compile(r"\b(?:[Cc]onstruction|[Bb]uilding|[Gg]round-?breaking|[Ww]ork|"
                           r"[Ee]rection)\s+(?:of|on)\s+(?:[^.;]{0,260}?,?\s+and\s+(?:of|on)\s+)?$")
_PLACE_TAIL = re.compile(r"\s+(?P<prep>in|at|on)\s+(?:the\s+)?")
_FOR_TAIL = re.compile(r"\s+for\s+(?P<np>(?:[a-z][a-z\-]*\s+){0,5}[a-z][a-z\-]*)(?=\s*[,.;]|\s+to\s+be\b)")
# "... project for photovoltaics of X": the "for" phrase before the owner
_FOR_OWNER = re.compile(r"\s+for\s+(?P<np>(?:[a-z][a-z\-]*\s+){0,4}[a-z][a-z\-]*)(?=\s+(?:of|by)\s)")
_OWNER_TAIL = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?")
# "a price insurance pilot that protects ...": a scheme the article introduces
_PLAN_HEADS = {"project", "programme", "program", "pilot", "scheme"}
_RELATIVE = re.compile(r"\s*,?\s+(?:that|which)\s+[a-z]")
_CAPS = re.compile(r"[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of)){0,4}(?<!\band)(?<!\bof)(?![\w\-])")
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# (a first phase is most often the project already named, working: only later ones are new)
_ORDINALS = r"second|third|fourth|fifth|sixth"
_PHASE = re.compile(rf"(?:\b(?P<det>[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+|(?<=['\u2019]s)\s+)"
                    rf"(?P<np>(?P<ord>{_ORDINALS})[- ](?:phase(?:\s+(?:expansion|extension|"
                    r"project))?|(?:production\s+)?line))"
                    r"(?![\w\-])(?P<of>\s+of\s+(?:the\s+)?)?")
# "Phase II", "phase 3" (a numbered phase: "Phase I" only where the text names a later one):
# after a determiner or where a clause starts, and before a verb,
# "of" or a stop, not a modifier of a noun ("the phase II smelting project", "Phase II plant")
_NUMBERED = re.compile(r"(?:\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+|(?:^|(?<=[.;:,(]\s)|"
                       r"(?<=\)\s)|(?<=\band\s)|(?<=\n)))(?P<np>[Pp]hase[ \t]+(?P<num>I{1,3}|IV|"
                       r"[1-4]))(?![\w\-])(?=(?P<next>\s*[,.;:(]|\s+(?:is|was|will|would|shall|"
                       r"should|has|had|are|were|went|goes|started|starts|began|begins|covers|"
                       r"covered|includes|included|involves|adds|added|consists|comprises|"
                       r"costs?|took|takes|which|to|due|also|now|alone|itself|of|with|"
                       r"could|can|may|must|needs?)\b)?)"
                       r"(?P<of>\s+of\s+(?:the\s+)?(?!\d))?", re.M)
_LATER = re.compile(r"\b(?:[Pp]hase[ \t]+(?:II|III|IV|[2-4])|(?:second|third|fourth)[- ]phase)"
                    r"(?![\w\-])")
_SITE_HEADS = {"plant", "plants", "smelter", "refinery", "mill", "facility", "mine"}
_WORKS = _SITE_HEADS | {"project", "base", "mine", "works", "park"}
_BACK = 1500        # how far back "a second phase" may find the project it is a phase of
# a verb of building still to come before a head of data/project-built-heads.txt ("will build",
# "plans to set up", "is to construct"): a base, a park, a centre or a laboratory to be built
_PLANNED_VERB = re.compile(r"\b(?:will|shall|would|should|must|to|plans?|planned|intends?|aims?)[ \t\n]+"
                           r"(?:[\w-]+[ \t\n]+){0,3}$", re.I)
# (the cue a verb of building before the phrase gives: no words after it, no "in" to read)
_VERB_CUE = re.compile("").match("")


@lru_cache(maxsize=None)
def _noun_rx() -> tuple[re.Pattern, re.Pattern]:
    heads = sorted(set(lines("project-noun-heads")) | set(lines("project-built-heads")),
                   key=lambda h: (-len(h), h))
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    return (re.compile(rf"(?:{alt})(?![\w\-])"),
            re.compile(rf"\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
                       rf"[Ss]everal)\s+(?:(?P<new>new)\s+)?(?P<mods>(?:{_MOD}\s+"
                       rf"(?:and\s+(?={_MOD}\s))?){{0,6}}?)(?P<head>{alt})(?![\w\-])"))


_DET = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s")


@lru_cache(maxsize=None)
def _compound_rx() -> re.Pattern:
    """A head's noun phrase going on to another head ("mine data platform", "line project"):
    one or two lower-case words (no word that ends a phrase or starts a clause), then a head."""
    heads = sorted(set(lines("project-noun-heads")) | set(lines("project-built-heads")),
                   key=lambda h: (-len(h), h))
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    gap = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"       # (a phrase may wrap onto the next line)
    return re.compile(rf"{gap}(?:(?!(?:{_FUNCTION})\s)[a-z][a-z\-]*{gap}){{0,2}}(?:{alt})(?![\w\-])")


@lru_cache(maxsize=None)
def _built_heads() -> frozenset:
    return frozenset(lines("project-built-heads"))


def _noun_phrases(text: str):
    """The phrases that end at a head, found from the head (the words before it read in a
    window of 160 characters: a scan for every "the" costs more)."""
    heads, phrase = _noun_rx()
    last = pos = 0
    while (h := heads.search(text, pos)) is not None:
        pos = h.end()
        if h.start() and (text[h.start() - 1].isalnum() or text[h.start() - 1] in "-_"):
            pos = h.start() + 1     # ("reprocessing line": "line" is the head) (checked here,
            continue                # not by a look-behind: the engine skips to first letters)
        if _compound_rx().match(text, h.end()):
            continue        # ("a single mine data platform": "mine" is a word of the phrase
                            # that ends at the next head, read from there)
        # (the leftmost determiner whose phrase ends at this head: a phrase ending at a word
        # before it, "a single mine" in "a single mine data platform", does not hide it)
        m = next((m for d in _DET.finditer(text, max(last, h.start() - 160), h.start())
                  if (m := phrase.fullmatch(text, d.start(), h.end())) is not None), None)
        if m is not None:
            last = m.end()
            yield m


def _has_phase(text: str) -> bool:
    """An ordinal before "phase" or "line" anywhere (substring checks: cheaper than the scan)."""
    return any(f"{o}{sep}{h}" in text for o in _ORDINALS.split("|") for sep in " -"
               for h in ("phase", "line", "production"))


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the projects named by their noun to the draft and to ``spans_of``; returns them."""
    text = draft.text
    if not re.search(r"project|programme|program|line|plant|smelter|refinery|mine|expansion|"
                     r"extension|facility|phase|base|park|cent(?:re|er)|laboratory|database|"
                     r"registry", text):
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)

    def kind(ent) -> str:
        return kind_of(ent.cls)


    def at(p: int, kinds: tuple):
        """The name of one of ``kinds`` that starts at ``p`` (after "X's": the one named next)."""
        first = max((x for x in within(p, p + 1) if x[0] == p), key=lambda x: x[1],
                    default=None)
        pos = _POSSESSIVE.match(text, first[1]) if first else None
        nxt = next((x for x in within(pos.end(), pos.end() + 1) if x[0] == pos.end()
                    and kind(x[2]) in kinds), None) if pos else None
        return nxt or (first if first and kind(first[2]) in kinds else None)

    def places_from(p: int) -> list:
        """The places (or sites) listed from ``p`` on: "Debao County and Jingxi City"."""
        out = []
        hit = at(p, ("place", "site"))
        while hit is not None and len(out) < 4:
            out.append(hit)
            m = _AND.match(text, hit[1])
            hit = at(m.end(), ("place", "site")) if m else None
        return out

    def free(a: int, b: int) -> bool:
        """No name crosses ``a:b``, and none inside it is an event, policy, agreement or
        project of its own (a metal or a place inside it stays a mention)."""
        return not any(s < a or e > b or kind(ent) in ("event", "policy", "agreement", "project")
                       for s, e, ent in within(a, b))

    def _named_before(p: int) -> bool:
        """A site or project's name ends right before the comma that opens the phrase at
        ``p`` (an apposition: "X Hydropower Station, a small hydro plant in Y Township")."""
        comma = _APPOSED.search(text, max(0, p - 4), p)
        if comma is None:
            return False
        return any(e == comma.start() and (ent.cls == NFO.Site or kind(ent) == "project")
                   for s, e, ent in within(max(0, comma.start() - 1), comma.start()))

    made: list[tuple[int, int, Entity]] = []
    by_label: dict[str, Entity] = {}

    def add(a, b, label, rule, alias=None, cls=NFO.Project) -> Entity:
        label = " ".join(label.split())
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), cls, label, False, rule, CONFIDENCE)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        if alias and normalise_name(alias) != key:
            ent.aliases.add(" ".join(alias.split()))
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        return ent

    sents = Sentences(text)
    for m in _noun_phrases(text):
        a = m.start("mods") if m.group("mods") else m.start("head")
        if m.group("new") and m.group("det").lower() not in ("a", "an"):
            continue        # ("the new salt plants in X": works at work, named as they are)
        if m.group("new") and m.group("mods"):
            a = m.start("new")      # ("will start a new melting line": a new one, as named)
        b = m.end("head")
        if not free(a, b):
            continue
        mods = m.group("mods").split()
        content = [w for w in mods if w != "and"]
        two_word = " " in m.group("head").strip() or "\n" in m.group("head")
        end, located, label = b, [], None
        tail = _PLACE_TAIL.match(text, b)
        if tail is not None:
            located = places_from(tail.end())
            if located:
                end = located[-1][1]
        ft = _FOR_TAIL.match(text, b) if not located and content else None
        if ft is not None:
            end = ft.end("np")
        owner = None
        if not located and content:
            # "a silver paste project (for photovoltaics) of X Co., Ltd. in Y County": X's,
            # in Y (the phrase itself ends before "of")
            ft2 = ft or _FOR_OWNER.match(text, b)
            own = _OWNER_TAIL.match(text, ft2.end("np") if ft2 else b)
            owner = at(own.end(), ("org",)) if own else None
            if owner is not None:
                end = ft2.end("np") if ft2 else b
                after = _PLACE_TAIL.match(text, owner[1])
                located = places_from(after.end()) if after else []
        cue = _CUE.match(text, end)
        built = cue is None and _BUILT_BEFORE.search(text, max(0, m.start() - 300), m.start())
        if cue is None and built and content:
            cue = built         # (its building named before it: no place to read after)
        verb = content and m.group("det").lower() in ("a", "an") and \
            building_before(text, m.start())
        if m.group("head").lower() in _built_heads() and not (
                verb and _PLANNED_VERB.search(text, max(0, m.start() - 48), m.start())):
            continue        # ("a logistics base in X": works at work; "have set up a copper
                            # recycling laboratory": an institute; "will build a base": a project)
        if cue is None and not built and verb and not located and owner is None:
            # "will build a production line for copper alloy strip", "plans to add a battery
            # foil line of 30,000 tonnes": a verb of building right before names a new one
            if any(s <= a and b <= e for s, e, _ in within(a, b)):
                continue    # (a name another rule read there covers it)
            cue = built = _VERB_CUE
        if cue is not None and cue is not built and cue.group("prep") in ("in", "at") and not located:
            located = places_from(cue.end())
            if located:     # "a pilot line to be built in X": the place names which line
                label = f"{text[a:b]} in {' and '.join(x[2].label for x in located)}"
        if not located and ft is None and tail is not None and content:
            # "the tailings reprocessing line at Shangfang, commissioned in ...": a name no
            # rule read, after "at"/"in", then the cue
            caps = _CAPS.match(text, tail.end())
            later = _CUE.match(text, caps.end()) if caps is not None else None
            if later is not None:
                end, cue = caps.end(), later
        plan = m.group("head").lower() in _PLAN_HEADS and m.group("det").lower() in ("a", "an") \
            and _RELATIVE.match(text, end) is not None
        if not (content and (located or cue is not None or owner is not None or plan)
                or two_word and cue is not None and located):
            continue
        if not free(a, end):
            continue
        if denied(text, sents, a, end) or dropped_after(text, end, sents.bounds(a)[1]):
            continue        # "A will not build a zinc smelter in X", "... but dropped the plan"
        if m.group("det").lower() in ("a", "an") and _named_before(m.start()):
            continue        # "X Hydropower Station, a small hydro plant in Y": X, described
        # a plant named by where it is, with no word of its building, is a site at work
        cls = NFO.Site if cue is None and m.group("head").split()[-1].lower() in _SITE_HEADS \
            and not building_before(text, m.start()) else NFO.Project
        ent = add(a, end, label or text[a:end], RULE, text[a:b], cls)
        span = Span(a, max(end, located[-1][1] if located else end,
                           owner[1] if owner is not None else end))
        for _, _, place in located:
            ent.add(NFO.locatedIn, place.iri, span, RULE)
        if owner is not None:
            ent.add(NFO.ownedBy, owner[2].iri, span, OWNER_RULE)

    for m in _phases(text):
        a, b = m.start("np"), m.end("np")
        if not free(a, b):
            continue
        ref, rule_end = None, b
        if m.group("of"):
            ref = at(m.end("of"), ("project", "place", "site", "org"))
            if ref is not None:
                rule_end = ref[1]
        # (a numbered phase with no determiner opens its clause: "Phase II will follow")
        det = m.group("det") is not None or m.re != _PHASE
        if ref is None and not det:
            # "X's second-phase expansion"; "the mine's ...": the last name with that head
            before = text[max(0, a - 60):a]
            ends = [x for x in within(max(0, a - 200), a) if _POSSESSIVE.fullmatch(text, x[1], a)
                    or _POSSESSIVE.fullmatch(text, x[1], a - 1)]
            if ends:
                ref = ends[-1]
            else:
                noun = re.search(r"\b[Tt]he\s+([a-z]+)['\u2019]s\s*$", before)
                if noun is not None:
                    ref = _last_with_head(spans, starts, a, noun.group(1), kind)
        if ref is None and det:
            # "A second phase, which would add ...": the project named last before
            par = text.rfind("\n\n", 0, a)
            lo = max(par, a - _BACK, 0)
            def works(x) -> bool:
                return kind(x[2]) == "project" or x[2].cls == NFO.Site

            def outer(rows) -> list:
                # (a site inside a project's phrase, "a copper foil base in the X Park": the
                # project's phase, not the park's)
                return [x for x in rows if not any(
                    y[0] <= x[0] and x[1] <= y[1] and y[2] is not x[2]
                    and kind(y[2]) == "project" for y in rows)]

            prior = [x for x in spans if lo <= x[0] and x[1] <= a and works(x)]
            prior += [x for x in made if lo <= x[0] and x[1] <= a and x[2].rule == RULE]
            if not prior:
                # an earlier paragraph's project, when the text names only one before (a
                # numbered phase: one project; "X Project" and "X Project of Y Co., Ltd.",
                # one name inside the other, are one project named twice)
                prior = outer([x for x in spans if x[1] <= a and works(x)] +
                              [x for x in made if x[1] <= a and x[2].rule == RULE])
                if m.re == _NUMBERED:
                    prior = [x for x in prior if kind(x[2]) == "project"]
                prior = prior if len(_named_once(prior)) == 1 else []
            prior = outer(prior)
            if m.re == _NUMBERED:
                # (a numbered phase with no "of" is a project's: "Phase II" after a park or a
                # zone named last is a phase of a works in it, which is not said)
                prior = [x for x in prior if kind(x[2]) == "project"]
            ref = max(prior, key=lambda x: x[0]) if prior else None
        if ref is None or m.group("np").endswith("line") and not (
                ref[2].cls == NFO.Site or ref[2].label.split()[-1].lower() in _WORKS):
            continue    # (a second line of a plant or works, not of a research project)
        phrase = " ".join(text[a:b].split())
        label = f"{phrase} of {ref[2].label}"
        ent = add(a, rule_end, label, PHASE_RULE, phrase)
        span = Span(min(a, ref[0]), max(b, ref[1]))
        k = kind(ref[2])
        pred = {"project": NFO.partOfProject, "org": NFO.ownedBy}.get(k, NFO.locatedIn)
        if ref[2] is not ent:
            ent.add(pred, ref[2].iri, span, PHASE_RULE)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _phases(text: str) -> list:
    """The phases of a project the text names: "the second phase", "a second line" (always);
    "Phase II", "phase 3" where the phrase is no modifier of a noun; "Phase I" only in a text
    that names a later phase too (else the first is most often the project itself, at work;
    "the first phase of X" is, even then)."""
    out = list(_PHASE.finditer(text)) if _has_phase(text) else []
    if "hase" not in text:
        return out
    later = _LATER.search(text) is not None
    for m in _NUMBERED.finditer(text):
        if m.group("next") is None and m.group("of") is None:
            continue        # ("the phase II smelting project": a modifier of a noun)
        if m.group("num") in ("I", "1") and not later:
            continue
        out.append(m)
    return sorted(out, key=lambda m: m.start("np"))


def _named_once(rows) -> set:
    """The labels of ``rows``' entities, a label inside another's left out ("X Project" in "X
    Project of Y Co., Ltd.": one project, named short and in full)."""
    labels = {normalise_name(x[2].label) for x in rows}
    return {n for n in labels if not any(n != o and f" {n} " in f" {o} " for o in labels)}


# the comma of an apposition, right before its "a" / "an"
_APPOSED = re.compile(r",[ \t\n]*$")


def _last_with_head(spans, starts, a: int, noun: str, kind):
    """The last name before ``a`` (3000 characters back at most) whose last word is ``noun``
    ("the mine's": the Kalumbwe Copper-Cobalt Mine)."""
    i = bisect.bisect_left(starts, a) - 1
    while i >= 0 and spans[i][0] >= a - 3000:
        ent = spans[i][2]
        if ent.label.split()[-1].lower() == noun.lower() and kind(ent) != "person":
            return spans[i]
        i -= 1
    return None
