"""What a draft is made of: entities (known or new) with their mentions, and the statements
proposed about them, each with the rule that proposed it, a confidence and a span."""
from __future__ import annotations

from kg.ingest.records import NEW, Record
from kg.ingest.relations.kinds import kind_of
from kg.ingest.terms import Literal, URIRef


class Span(Record):
    _fields = __match_args__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start = start
        self.end = end


class Statements(list):
    """An entity's statements: a list that, once long, keeps the set of its (predicate, object)
    pairs, so that :meth:`Entity.add` stays O(1) on an entity of a thousand statements (an event
    of a thousand parties); any change but ``append`` forgets the set (rules edit the list)."""
    __slots__ = ("keys",)

    def __init__(self, *args):
        super().__init__(*args)
        self.keys = None

    def append(self, st) -> None:
        super().append(st)
        if self.keys is not None:
            self.keys.add((st[0], st[1]))

    def has(self, pred, obj) -> bool:
        if len(self) < 32:
            return any((p, o) == (pred, obj) for p, o, _, _ in self)
        if self.keys is None:
            self.keys = {(p, o) for p, o, _, _ in self}
        return (pred, obj) in self.keys


def _forgets(name):
    def method(self, *args, **kwargs):
        self.keys = None
        return getattr(list, name)(self, *args, **kwargs)
    method.__name__ = name
    return method


for _name in ("__setitem__", "__delitem__", "__iadd__", "__imul__", "extend", "insert",
              "remove", "pop", "clear", "sort", "reverse"):
    setattr(Statements, _name, _forgets(_name))


class Entity(Record):
    """iri, cls, label, known, rule, confidence; aliases (a set), mentions (Spans), statements
    ((predicate, object: Entity IRI or Literal, span stating it, rule)), role (a relation node:
    post, event, agreement... rather than a name).

    ``kind``: the kind of ``cls`` for the relation rules (relations/kinds.py), set with it
    whenever ``cls`` is set: the rules ask an entity's kind some 100,000 times per article, and
    reading an attribute costs a third of a call that works it out each time."""
    _fields = __match_args__ = ("iri", "cls", "label", "known", "rule", "confidence", "aliases",
                                "mentions", "statements", "role")

    def __init__(self, iri: URIRef, cls: URIRef, label: str, known: bool, rule: str,
                 confidence: float, aliases: set[str] = NEW, mentions: list[Span] = NEW,
                 statements: list[tuple[URIRef, URIRef | Literal, Span, str]] = NEW,
                 role: bool = False):
        self.iri = iri
        self.cls = cls          # (and ``kind``: __setattr__)
        self.label = label
        self.known = known
        self.rule = rule
        self.confidence = confidence
        self.aliases = set() if aliases is NEW else aliases
        self.mentions = [] if mentions is NEW else mentions
        self.statements = Statements() if statements is NEW else statements
        self.role = role

    def __setattr__(self, name, value) -> None:
        object.__setattr__(self, name, value)
        if name == "cls":
            object.__setattr__(self, "kind", kind_of(value))

    def __lt__(self, other: "Entity") -> bool:
        # spans are sorted as (start, end, entity) tuples: two entities named by one span
        # compare by IRI, so the order is stable and sorting never raises
        return str(self.iri) < str(other.iri)

    def add(self, pred, obj, span: Span, rule: str) -> None:
        st = self.statements
        if type(st) is not Statements:         # a rule set a list of its own
            st = self.statements = Statements(st)
        if not st.has(pred, obj):
            st.append((pred, obj, span, rule))

    def first(self, pred) -> str | None:
        """The first value proposed for ``pred``, as text ("2026-06-03"), or None."""
        return next((str(o) for p, o, _, _ in self.statements if p == pred), None)


class Draft(Record):
    """doc_id, text, sha256, file_name, title, date, publisher, url; entities (IRI -> Entity),
    removed (the files --into --replace removed), date_note (how a date the text does not print
    whole was read), stored_text (the article as stored when ``text``, the copy the rules read,
    differs from it: reading/folded; ``stored`` gives the one to store and show)."""
    _fields = __match_args__ = ("doc_id", "text", "sha256", "file_name", "title", "date",
                                "publisher", "url", "entities", "removed", "date_note",
                                "stored_text")

    def __init__(self, doc_id: str, text: str, sha256: str, file_name: str, title: str,
                 date: Literal | None, publisher: str | None, url: str | None,
                 entities: dict[URIRef, Entity] = NEW, removed: list[str] = NEW,
                 date_note: str | None = None, stored_text: str | None = None):
        self.doc_id = doc_id
        self.text = text
        self.sha256 = sha256
        self.file_name = file_name
        self.title = title
        self.date = date
        self.publisher = publisher
        self.url = url
        self.entities = {} if entities is NEW else entities
        self.removed = [] if removed is NEW else removed
        self.date_note = date_note
        self.stored_text = stored_text

    @property
    def stored(self) -> str:
        """The article's text as stored (what --into writes and the review page shows); the
        offsets of ``text`` are offsets into it."""
        return self.text if self.stored_text is None else self.stored_text

    def known(self):
        return [e for e in self.entities.values() if e.known]

    def new(self):
        return [e for e in self.entities.values() if not e.known]

    def cover(self, chosen) -> bytearray:
        """One byte per character of the text (and one past its end): 1 under a mention of a
        new entity for which ``chosen(entity)`` is true, 0 elsewhere."""
        held = bytearray(len(self.text) + 1)
        for e in self.entities.values():
            if not e.known and chosen(e):
                for m in e.mentions:
                    held[m.start:m.end] = b"\x01" * (m.end - m.start)
        return held

    def drop_mentions(self, bad, *lists: list) -> None:
        """The mentions ``bad`` ((start, end, entity) rows) are misreadings: they leave each of
        ``lists`` (``spans_of`` and the like) and their entities, and an entity with no mention
        left leaves the draft."""
        gone = {(s, e, id(x)) for s, e, x in bad}
        for rows in lists:
            rows[:] = [x for x in rows if (x[0], x[1], id(x[2])) not in gone]
        for s, e, x in bad:
            x.mentions[:] = [m for m in x.mentions if not (m.start == s and m.end == e)]
            if not x.mentions:
                self.entities.pop(x.iri, None)
