"""Literals shown the same whatever store they come from: a decimal in its canonical form
(``7`` for a ``7.0`` written in Turtle, as Oxigraph and SPARQL endpoints return it)."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD


def lexical(o: Literal) -> str:
    """The text of ``o``; a decimal without trailing zeros or exponent."""
    if o.datatype == XSD.decimal and isinstance(o.value, Decimal):
        text = format(o.value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    return str(o)
