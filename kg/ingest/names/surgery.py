"""Small edits to a draft's entities after the name stage, shared by the rules that repair names
(:mod:`kg.ingest.names.name_repair`, :mod:`kg.ingest.names.places`, :mod:`kg.ingest.events.anaphora`): add a mention
(to the entity and to ``spans_of``), move a mention, fold one entity into another (its mentions,
aliases and statements, and every statement that points at it), cut a prefix off a new name, and
find a draft entity by name.

``spans_of`` is the pipeline's list of ``(start, end, entity)``; it is edited in place."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def bare_label(label: str) -> str:
    """A label without its leading article ("the Licensor" -> "Licensor"), as the twin rules
    compare and count names."""
    return _ARTICLE.sub("", label)


def add_mention(ent: Entity, spans_of: list, start: int, end: int,
                evidence: bool = True) -> bool:
    """``ent`` is named by text[start:end] too (once). Without ``evidence`` the span only
    reaches the rules that read sentences (``spans_of``), not the draft's evidence: a phrase
    that refers back to it ("the forum") rather than naming it. (The spans already added are
    remembered per entity, so adding is constant time.)"""
    d = ent.__dict__
    if evidence:
        if d.get("_spans") is None or d.get("_n") != len(ent.mentions):
            d["_spans"] = {(sp.start, sp.end) for sp in ent.mentions}   # (re)synchronised
            d["_n"] = len(ent.mentions)     # (also when the span is found there: no re-sync)
        seen = d["_spans"]
    else:
        seen = d.setdefault("_refs", set())
    if (start, end) in seen:
        return False
    seen.add((start, end))
    if evidence:
        ent.mentions.append(Span(start, end))
        d["_n"] = len(ent.mentions)
    spans_of.append((start, end, ent))
    return True


def move_spans(ent: Entity, spans_of: list, moves: dict, to: Entity | None = None) -> None:
    """The mentions of ``ent`` at the keys of ``moves`` ((start, end) -> (start, end)) become
    the values (mentions of ``to``, default ``ent``): one pass over ``spans_of``."""
    if not moves:
        return
    to = to or ent
    ent.mentions[:] = [sp for sp in ent.mentions if (sp.start, sp.end) not in moves]
    ent.__dict__.pop("_spans", None)
    spans_of[:] = [x for x in spans_of if not (x[2] is ent and (x[0], x[1]) in moves)]
    for new in moves.values():
        add_mention(to, spans_of, *new)


def move_span(ent: Entity, spans_of: list, old: tuple[int, int], new: tuple[int, int],
              to: Entity | None = None) -> None:
    """The mention ``old`` of ``ent`` becomes ``new`` (of ``to``, default ``ent``)."""
    move_spans(ent, spans_of, {old: new}, to)


def fold_twin(draft, spans_of: list, gone: Entity, into: Entity) -> bool:
    """``gone`` and ``into`` are one thing drafted twice: a statement of one about the other is
    dropped first (it would become one about itself: "the Training Centre" a unit of "X
    Training Centre", as a rule read the two), then ``gone`` folds into ``into``. Nothing when
    either has already left the draft (folded into a third); whether it folded."""
    if gone.iri not in draft.entities or into.iri not in draft.entities:
        return False
    _unpair(gone, into)
    fold(draft, spans_of, gone, into)
    return True


def _unpair(gone: Entity, into: Entity) -> None:
    """Drop the statements of either twin about the other (each would be about itself)."""
    gone.statements[:] = [st for st in gone.statements if st[1] != into.iri]
    into.statements[:] = [st for st in into.statements if st[1] != gone.iri]


def fold(draft, spans_of: list, gone: Entity, into: Entity) -> None:
    """``gone`` is ``into``: its mentions, aliases and statements move over, statements that
    pointed at it point at ``into``, and it leaves the draft."""
    if gone is into:
        return
    _move_over(gone, into)
    spans_of[:] = [(a, b, into if e is gone else e) for a, b, e in spans_of]
    redirect(draft, gone.iri, [into.iri])
    draft.entities.pop(gone.iri, None)


def _move_over(gone: Entity, into: Entity) -> None:
    """``gone``'s mentions, aliases and statements are ``into``'s too."""
    have = {(s.start, s.end) for s in into.mentions}
    for sp in gone.mentions:
        if (sp.start, sp.end) not in have:
            have.add((sp.start, sp.end))
            into.mentions.append(sp)
    into.__dict__.pop("_spans", None)
    if not into.known:
        into.aliases |= {a for a in gone.aliases | {gone.label} if a != into.label}
    for pred, obj, sp, rule in gone.statements:
        into.add(pred, obj, sp, rule)


def fold_twins(draft, spans_of: list, pairs: list) -> int:
    """:func:`fold_twin` of each (gone, into) of ``pairs``, none of whose ``into`` is another
    pair's ``gone``, with one pass over the mentions and one over the draft's statements for
    them all (a fold's own passes, once a pair, made a text of a thousand twins quadratic: a
    1 MB run-on list of deals spent nine tenths of its time there); how many folded."""
    gone_to: dict = {}
    for gone, into in pairs:
        if gone is into or gone.iri not in draft.entities or into.iri not in draft.entities:
            continue
        _unpair(gone, into)
        _move_over(gone, into)
        draft.entities.pop(gone.iri, None)
        gone_to[id(gone)] = (gone, into)
    if gone_to:
        spans_of[:] = [(a, b, gone_to[id(e)][1] if id(e) in gone_to else e)
                       for a, b, e in spans_of]
        redirect_many(draft, {g.iri: [i.iri] for g, i in gone_to.values()})
    return len(gone_to)


def redirect(draft, old, new: list) -> None:
    """Statements whose object is ``old`` are made about each IRI of ``new`` instead."""
    for ent in draft.entities.values():
        if not any(o == old for _, o, _, _ in ent.statements):
            continue
        stmts = ent.statements
        ent.statements = []
        for pred, obj, sp, rule in stmts:
            for o in (new if obj == old else [obj]):
                if o != ent.iri:
                    ent.add(pred, o, sp, rule)


def redirect_many(draft, gone: dict) -> None:
    """:func:`redirect` of each IRI of ``gone`` to its list of IRIs, in one pass over the draft
    (an IRI of a list that is in ``gone`` too stands for its own list)."""
    def flat(iri, seen):
        return [x for h in gone[iri] for x in (
            flat(h, seen | {iri}) if h in gone and h not in seen else [h])]
    new = {iri: flat(iri, frozenset()) for iri in gone}
    for ent in draft.entities.values():
        if not any(o in new for _, o, _, _ in ent.statements):
            continue
        stmts = ent.statements
        ent.statements = []
        for pred, obj, sp, rule in stmts:
            for o in new.get(obj, [obj]):
                if o != ent.iri:
                    ent.add(pred, o, sp, rule)


def by_name(draft) -> dict[str, Entity]:
    """normalised label or alias -> the draft entity it names (first one wins)."""
    out: dict[str, Entity] = {}
    for ent in draft.entities.values():
        if ent.role:
            continue
        for name in (ent.label, *sorted(ent.aliases)):
            out.setdefault(normalise_name(name), ent)
    return out


def coverage(text: str, spans_of: list) -> tuple[bytearray, dict[int, list]]:
    """Which characters some entity's mention covers, and the entities by mention start."""
    covered = bytearray(len(text) + 1)
    starts: dict[int, list] = {}
    ones = memoryview(b"\x01" * (max((b - a for a, b, _ in spans_of), default=0) + 1))
    for a, b, ent in spans_of:
        covered[a:b] = ones[:b - a]
        starts.setdefault(a, []).append((b, ent))
    return covered, starts


def rename(draft, ent: Entity, label: str, minter) -> None:
    """A new entity's name is ``label``: a fresh IRI minted from it (statements that pointed at
    the old one follow)."""
    old = ent.iri
    ent.label = label
    ent.aliases.discard(label)
    ent.iri = minter.mint(label)
    draft.entities.pop(old, None)
    draft.entities[ent.iri] = ent
    redirect(draft, old, [ent.iri])


def cut_prefix(draft, spans_of: list, ent: Entity, cut: int, minter, whole: bool = True,
               names: dict | None = None) -> None:
    """The new entity ``ent`` loses the first ``cut`` characters of its name ("on Friday for
    the X Conference", "Lanzhou-based X Co., Ltd."). Its mentions move past the prefix: those
    printed exactly as its name (``whole``), or else those printed starting with the prefix.
    With ``names`` (:func:`by_name`), an entity already named by the shortened name absorbs it;
    otherwise it is renamed (a fresh IRI)."""
    head, label, text = ent.label[:cut], ent.label[cut:], draft.text
    # the prefix as printed: its words, whatever the spaces or line breaks between them
    head_rx = re.compile(r"\s+".join(map(re.escape, head.split())) + r"\s*")
    moves = {}
    for sp in ent.mentions:
        if whole and " ".join(text[sp.start:sp.end].split()) != ent.label:
            continue
        m = head_rx.match(text, sp.start, sp.end)
        if m is not None and m.end() < sp.end:
            moves[(sp.start, sp.end)] = (m.end(), sp.end)
    move_spans(ent, spans_of, moves)
    same = names.get(normalise_name(label)) if names is not None else None
    if same is not None and same is not ent:
        ent.label = label
        fold(draft, spans_of, ent, same)
    else:
        rename(draft, ent, label, minter)
