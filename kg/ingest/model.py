"""What a draft is made of: entities (known or new) with their mentions, and the statements
proposed about them, each with the rule that proposed it, a confidence and a span."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.ingest.terms import Literal, URIRef


@dataclass
class Span:
    start: int
    end: int


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


@dataclass
class Entity:
    iri: URIRef
    cls: URIRef
    label: str
    known: bool
    rule: str
    confidence: float
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    # (predicate, object: Entity IRI or Literal, span stating it, rule)
    statements: list[tuple[URIRef, URIRef | Literal, Span, str]] = field(
        default_factory=Statements)
    role: bool = False        # a relation node (post, event, agreement...) rather than a name

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


@dataclass
class Draft:
    doc_id: str
    text: str
    sha256: str
    file_name: str
    title: str
    date: Literal | None
    publisher: str | None
    url: str | None
    entities: dict[URIRef, Entity] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)     # files --into --replace removed
    date_note: str | None = None    # how a date the text does not print whole was read

    def known(self):
        return [e for e in self.entities.values() if e.known]

    def new(self):
        return [e for e in self.entities.values() if not e.known]
