"""Round 39, speed: the pipeline's ``spans_of`` keeps its sorted orders until it is changed
(kg/ingest/span_order.py), so that the rules that read it in order (by start; by start, longest
first; by start and end) no longer sort the same spans again and again. Each order must be the
one ``sorted`` gives (ties in the list's order), and any change to the list must forget it."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401 (a fixture)

from kg.ingest.span_order import (Spans, spans_by_bounds, spans_by_start,
                                  spans_by_start_longest)

_KEYS = ((spans_by_start, lambda x: x[0]), (spans_by_start_longest, lambda x: (x[0], -x[1])),
         (spans_by_bounds, lambda x: x[:2]))


def _spans():
    # ties on purpose: two names of one span, two starts with different ends
    return Spans([(30, 41, "c"), (5, 9, "a"), (30, 35, "d"), (5, 9, "b"), (12, 20, "e"),
                  (30, 41, "f")])


def test_each_order_is_sorted_with_ties_in_list_order():
    spans = _spans()
    for order, key in _KEYS:
        assert order(spans) == sorted(spans, key=key)
        assert order(list(spans)) == sorted(spans, key=key)     # (a plain list: sorted)
        got = order(spans)
        got.append((0, 1, "mine"))       # (each asker gets its own list)
        assert order(spans) == sorted(spans, key=key)


@pytest.mark.parametrize("change", [
    lambda s: s.append((1, 2, "new")),
    lambda s: s.extend([(1, 2, "new")]),
    lambda s: s.__iadd__([(1, 2, "new")]),
    lambda s: s.insert(0, (50, 60, "new")),
    lambda s: s.pop(),
    lambda s: s.remove(s[0]),
    lambda s: s.__setitem__(slice(None), [x for x in s if x[2] != "a"]),
    lambda s: s.__setitem__(0, (2, 3, "new")),
    lambda s: s.__delitem__(1),
    lambda s: s.sort(key=lambda x: -x[0]),
    lambda s: s.reverse(),
    lambda s: s.clear(),
    lambda s: s.__imul__(2),
])
def test_a_change_forgets_the_orders(change):
    spans = _spans()
    for order, _ in _KEYS:
        order(spans)             # (kept)
    change(spans)
    for order, key in _KEYS:
        assert order(spans) == sorted(list(spans), key=key)


def test_extending_by_nothing_keeps_the_orders():
    spans = _spans()
    kept = spans._ordered(lambda x: x[0])
    spans.extend([])
    spans += []
    assert spans._ordered(lambda x: x[0]) is not None and spans_by_start(spans) == kept


ARTICLE = """Varnholt Alloys names new plant head
Brisk Harbour, 3 March 2031 -- Varnholt Alloys Co., Ltd. said on Monday that Ilse Marrow will
run its Quellin magnesium plant from April. Marrow, deputy director of the Brisk Harbour
Institute of Light Metals, replaces Odo Fenwright. The Quellin plant, owned by Varnholt Alloys
Co., Ltd., will add a second casting line with Tessaly Metals Co., Ltd. in 2032.
"""


def test_the_draft_is_the_same_with_the_orders_kept(snapshot_kg, monkeypatch):
    """The pipeline's list kept as a plain list (every rule sorts for itself): the same draft,
    byte for byte."""
    from kg.ingest import pipeline
    from kg.ingest.output.draft import to_turtle
    from kg.ingest.relations import propose

    kept = draft_of(snapshot_kg, ARTICLE, "round39-spans")
    monkeypatch.setattr(pipeline, "Spans", list)
    monkeypatch.setattr(propose, "Spans", list)
    plain = draft_of(snapshot_kg, ARTICLE, "round39-spans")
    assert "Varnholt Alloys Co., Ltd." in new_labels(kept)
    assert to_turtle(kept) == to_turtle(plain)
