"""Short forms a text defines for a name: 'the "Implementation Plan for X" (hereinafter referred to
as the "Implementation Plan")'. The short form is an alias of the named entity, and each later
occurrence of it is a mention of that entity: a new entity the draft proposed for the short form
alone is merged into it (its mentions, aliases and statements move over), so that the relation
rules read every sentence about the plan ("the Implementation Plan requires ...") as about the
one plan.

One pass over the definitions (a handful per article; at most ``MAX_DEFINITIONS``, each short
form once) and one regular-expression scan per short form; no work per mention."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name

_DEFINED = re.compile(r"[\"”’》]?[ \t]*[(（][ \t]*(?:hereinafter|hereafter|below)[ \t]*,?[ \t]*"
                      r"(?:(?:referred[ \t]+to|known)[ \t]+as|called|abbreviated[ \t]+as)?[ \t]*"
                      r"(?:the[ \t]+)?[\"“'‘]([^\"”'’()（）\n]{2,80})[\"”'’][ \t]*[)）]", re.I)
MAX_MENTIONS = 500          # occurrences of one short form taken as mentions
MAX_DEFINITIONS = 50        # short forms defined per article (each is one scan of the text)


def merge_short_forms(draft, spans_of: list) -> None:
    """``spans_of``: the pipeline's (start, end, entity) list, updated in place."""
    text = draft.text
    firsts = {}
    for s, e, ent in spans_of:
        if not ent.known and not ent.role:
            firsts.setdefault((e, id(ent)), (s, e, ent))
    defined = []
    shorts = set()
    for (e, _), (s, _, ent) in sorted(firsts.items(), key=lambda x: x[0][0]):
        m = _DEFINED.match(text, e)
        if m is not None and len(defined) < MAX_DEFINITIONS:
            short = m.group(1).strip()
            if normalise_name(short) in shorts:
                continue        # one short form, one entity: the first definition holds
            shorts.add(normalise_name(short))
            defined.append((ent, short, m.end()))
    if not defined:
        return
    covered = None
    for ent, short, after in defined:
        key = normalise_name(short)
        if not key or key == normalise_name(ent.label):
            continue
        others = [o for o in draft.entities.values()
                  if o is not ent and not o.known and not o.role
                  and normalise_name(o.label) == key]
        for other in others:
            _merge(draft, spans_of, other, ent)
        ent.aliases.add(short)
        if covered is None:
            covered = bytearray(len(text) + 1)
            for s, e, _ in spans_of:
                covered[s:e] = b"\x01" * (e - s)
        rx = re.compile(rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z0-9])")
        for n, m in enumerate(rx.finditer(text, after)):
            if n >= MAX_MENTIONS:
                break
            if any(covered[m.start():m.end()]):
                continue
            covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            ent.mentions.append(Span(m.start(), m.end()))
            spans_of.append((m.start(), m.end(), ent))


def _merge(draft, spans_of, other, into) -> None:
    for m in other.mentions:
        into.mentions.append(m)
    into.aliases |= other.aliases
    for p, o, span, rule in other.statements:
        if o != into.iri:
            into.add(p, o, span, rule)
    for i, (s, e, ent) in enumerate(spans_of):
        if ent is other:
            spans_of[i] = (s, e, into)
    draft.entities.pop(other.iri, None)
    for ent in draft.entities.values():
        if any(o == other.iri for _, o, _, _ in ent.statements):
            ent.statements[:] = [(p, into.iri if o == other.iri else o, sp, r)
                                 for p, o, sp, r in ent.statements]
