"""The spans of a draft's entities (``spans_of``: ``(start, end, entity)`` triples) in the three
orders the rules read them in, each sorted once while the list is unchanged.

Why: some 170 rules sort ``spans_of`` again with a key function (by start; by start, longest
first; by start and end), each time the same some 700 spans on the largest source text: about
150 sorts a run, some 3% of the command's instructions. :class:`Spans` is the pipeline's list
(a ``list``, read and changed as one): it keeps each order it was asked for until it is next
changed (any of the list's ways of changing it forgets them). :func:`spans_by_start`,
:func:`spans_by_start_longest` and :func:`spans_by_bounds` give a new list in that order, the
list ``sorted(spans, key=...)`` gives (Python's sort is stable: spans with the same key keep
their order in the list), from the kept order for a :class:`Spans`, from a sort for any other
iterable. A rule that keeps some of the spans in order reads them from the ordered list
(``[x for x in spans_by_start(spans_of) if ...]``): the same spans in the same order as sorting
the ones it keeps, as long as its test of a span has no side effect."""
from __future__ import annotations


def _start(x):
    return x[0]


def _start_longest(x):
    return x[0], -x[1]


def _bounds(x):
    return x[0], x[1]


class Spans(list):
    """A list of spans that keeps its sorted orders until it is changed."""
    __slots__ = ("_orders",)

    def __init__(self, *args):
        super().__init__(*args)
        self._orders = {}

    def _ordered(self, key) -> list:
        got = self._orders.get(key)
        if got is None:
            got = self._orders[key] = sorted(self, key=key)
        return got

    def kept(self, key, make):
        """``make(self)``, worked out once while the list is unchanged (kept with the orders
        under ``key``, a function of the reader's own: forgotten with them)."""
        got = self._orders.get(key)
        if got is None:
            got = self._orders[key] = make(self)
        return got

    def append(self, item):
        self._orders.clear()
        super().append(item)

    def extend(self, items):
        n = len(self)
        super().extend(items)
        if len(self) != n:         # (the rules often extend it by nothing)
            self._orders.clear()

    def insert(self, i, item):
        self._orders.clear()
        super().insert(i, item)

    def pop(self, *args):
        self._orders.clear()
        return super().pop(*args)

    def remove(self, item):
        self._orders.clear()
        super().remove(item)

    def clear(self):
        self._orders.clear()
        super().clear()

    def sort(self, *args, **kwargs):
        self._orders.clear()
        super().sort(*args, **kwargs)

    def reverse(self):
        self._orders.clear()
        super().reverse()

    def __setitem__(self, i, item):
        self._orders.clear()
        super().__setitem__(i, item)

    def __delitem__(self, i):
        self._orders.clear()
        super().__delitem__(i)

    def __iadd__(self, items):
        n = len(self)
        super().__iadd__(items)
        if len(self) != n:
            self._orders.clear()
        return self

    def __imul__(self, n):
        self._orders.clear()
        return super().__imul__(n)


def spans_by_start(spans) -> list:
    """``sorted(spans, key=lambda x: x[0])``."""
    if type(spans) is Spans:
        return spans._ordered(_start)[:]
    return sorted(spans, key=_start)


def spans_by_start_longest(spans) -> list:
    """``sorted(spans, key=lambda x: (x[0], -x[1]))``."""
    if type(spans) is Spans:
        return spans._ordered(_start_longest)[:]
    return sorted(spans, key=_start_longest)


def spans_by_bounds(spans) -> list:
    """``sorted(spans, key=lambda x: (x[0], x[1]))`` (the same as ``key=lambda x: x[:2]``)."""
    if type(spans) is Spans:
        return spans._ordered(_bounds)[:]
    return sorted(spans, key=_bounds)


def first_at_start(spans, kind: str) -> dict:
    """{start: (start, end, entity)} of the first span of each start, in ``spans``' order, whose
    entity's kind is ``kind`` ("org"): the organisation named at a position, as the post rules
    look it up (in an order longest first, the longest name there)."""
    out: dict = {}
    for x in spans:
        if x[2].kind == kind:
            out.setdefault(x[0], x)
    return out
