"""A phrase read piece by piece where bylines and dates cut it (used by
:mod:`kg.ingest.names.candidates`): a loop over the pieces, each byline found once. (A call per
piece of "... on Monday ... on Monday ..." recursed: 1,500 cuts raised RecursionError, and each
call read the rest of the phrase again.)"""
from __future__ import annotations

from kg.ingest.reading.headlines import byline_break


def pieces(text: str, ws: list, piece, heads, company_tail: bool) -> list:
    """The names ``piece(text, words, heads, company_tail, cut)`` reads in each piece of the
    words ``ws``; it returns them and how many words it read (``cut``: where the first byline
    opens in ``words``, 0 for none)."""
    cuts = [0]
    while c := byline_break(text, ws[cuts[-1]:]):
        cuts.append(cuts[-1] + c)
    out, k = [], 0
    while k < len(ws):
        got, took = piece(text, ws[k:], heads, company_tail, next((c - k for c in cuts if c > k), 0))
        out.extend(got)
        k += took
    return out
