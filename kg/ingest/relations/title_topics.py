"""What the text's own document is about: the things its title names.

A notice, ruling, announcement or report titled "Preliminary Ruling of the Anti-dumping
Investigation into Imports of X", "Results of the Follow-up Audit of Y", "Announcement on the
2027 Tariff Adjustment Plan" reports on the investigation, the audit, the plan its title names.
The own document (the first new document named in the text's title lines, as
:mod:`defined_documents` finds it) is about each new event, document, project, agreement,
product or bond whose label, another of its names, or its mention inside the title (two words
or more, ``_MIN_CHARS`` characters or more, "the" before it dropped) is printed in the title as
the object of "of", "on", "for", "into", "to", "about", "regarding" or "concerning" (an article
between): the body names the investigation "Anti-dumping investigation into imports of copper
alloy strip" and the title holds it after "of the". Run after the events told by verbs are
read, and after :mod:`title_works` (which leaves a document that is about something alone).

Rule ``topic:title-names@0.6``. Refused: a thing the title names otherwise ("Fifty Years by the
River: Old Hands Recall X", the title's own head "Investigation Report" re-read); a thing named
by the whole title (the document again); one whose name lies inside another thing's name in
the title ("Proposal No. 7 of the Fifth Session of ...": the proposal, not the session); a
pair linked already, either way; organisations, places, people, metals and fields (the title
block's "of X" reader: :mod:`kg.ingest.names.title_blocks`). Each entity's names are matched
once against the title: linear in the draft."""
from __future__ import annotations

import re

from kg.ingest.events.signed_document import title_document
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "topic:title-names@0.6"
_KINDS = frozenset(("event", "agreement", "project", "policy", "product", "bond"))
# the thing is what the title's words are about: the object of "of", "on", "for", "into",
# "to", "about", "regarding", "concerning" (a year or "the" between)
_OBJECT = (r"\b(?:of|on|for|into|to|about|regarding|concerning)\s+(?:(?:the|a|an|its)\s+)?"
           r"(?P<n>)")
_MIN_CHARS = 12
_LEAD = re.compile(r"^(?:the|a|an|this|its)\s+", re.I)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("\u2019", "'").split())


def title_topics(draft, spans_of, kind_of) -> int:
    text = draft.text
    own = title_document(text, spans_of, kind_of)
    if own is None:
        return 0
    ts, te, doc = own
    title = max(_norm(text[ts:te]), _norm(doc.label), key=len)     # (a label made whole)
    whole = {_norm(n) for n in (doc.label, *doc.aliases)}
    linked = {st[1] for st in doc.statements}
    found = []                      # (start, end in the title, thing)
    seen = set()
    for s, e, x in spans_of:
        if x is doc or x.known or x.iri in seen or kind_of(x.cls) not in _KINDS:
            continue
        names = {_norm(_LEAD.sub("", n)) for n in (x.label, *x.aliases)}
        if names & whole:
            continue
        if ts <= s and e <= te:
            names.add(_norm(_LEAD.sub("", text[s:e])))
        for name in sorted(names, key=lambda n: (-len(n), n)):     # (the longest first)
            if len(name) < _MIN_CHARS or " " not in name:
                continue
            m = re.search(_OBJECT + re.escape(name) + r"(?![\w-])", title)
            if m is not None:
                seen.add(x.iri)
                found.append((m.start("n"), m.end(), x))
                break
    n = 0
    for a, b, x in found:
        if any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in found):
            continue        # ("Proposal No. 7 of the Fifth Session of ...": the proposal's)
        if x.iri in linked or any(st[1] == doc.iri for st in x.statements):
            continue        # (linked already, either way)
        doc.add(NFO.about, x.iri, Span(ts, te), RULE)
        n += 1
    return n
