"""The names printed inside another name among a draft's plain names (the spans whose entity is
no node marked ``role``): ``containers`` (names/nesting.py) of those spans, which some fifteen
relation rules ask of the pipeline's one list of spans, one rule after another. Worked out once
while the list is unchanged (span_order.Spans.kept forgets it with the list's orders); the dict
is shared, so its readers only look names up in it."""
from __future__ import annotations

from kg.ingest.names.nesting import containers
from kg.ingest.span_order import Spans


def _plain(spans_of) -> dict:
    return containers([x for x in spans_of if not x[2].role])


def plain_containers(spans_of) -> dict:
    """``containers([x for x in spans_of if not x[2].role])``: (start, end, id(entity)) of each
    plain name printed inside another's name -> that other."""
    if type(spans_of) is Spans:
        return spans_of.kept(_plain, _plain)
    return _plain(spans_of)
