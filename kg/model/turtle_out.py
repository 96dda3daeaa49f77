"""Turtle terms written straight from strings, without building an rdflib graph.

`kg ingest` writes drafts of thousands of triples; putting them in an rdflib ``Graph`` and
asking the namespace manager for each term's prefixed name took most of its writing time.
A :class:`Writer` turns IRIs and literals into Turtle text (an IRI under one of the given
prefixes as ``prefix:local`` when the local part is a plain name, else ``<...>``; each distinct
IRI worked out once), remembers which prefixes it used (:meth:`Writer.prefix_lines` declares
only those) and lays out one subject's block (:meth:`Writer.block`): ``a`` first, then the
predicates and their objects in sorted order, objects on continuation lines.

Escaping: a string is always written on one line between double quotes, with ``\\``, ``"`` and
every control character escaped (``\\n``, ``\\t``, ``\\u001b``...), so a label can neither break
the file's layout nor drive a terminal showing it. Integers, decimals and booleans are written
bare, as rdflib does; other typed literals as ``"lexical"^^datatype``. Tests check that what
the draft writer produces parses back to the graph it describes."""
from __future__ import annotations

import re

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE = {XSD + "integer", XSD + "boolean", XSD + "decimal"}
# a local part written after "prefix:" as is (Turtle PN_LOCAL, ASCII subset; no trailing '.')
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")
# escaped in strings: the two Turtle needs (\ and "), and every control character (C0, DEL,
# C1, line/paragraph separators, bidi overrides and isolates)
_STRING_ESC = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
_SHORT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
          "\f": "\\f"}
# not allowed raw in an IRIREF: written as \u escapes
_IRI_ESC = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')


def _esc_char(m: re.Match) -> str:
    c = m.group()
    return _SHORT.get(c) or f"\\u{ord(c):04X}"


def string(value: str) -> str:
    """A Turtle string literal (one line, escaped)."""
    return '"' + _STRING_ESC.sub(_esc_char, value) + '"'


class Writer:
    """Turtle text for terms, remembering the prefixes used."""

    def __init__(self, prefixes: dict):
        # longest namespace first, so that a namespace inside another one wins
        self._ns = sorted(((str(ns), p) for p, ns in prefixes.items()),
                          key=lambda x: -len(x[0]))
        self._iris: dict[str, str] = {}
        self.used: dict[str, str] = {}

    def iri(self, iri) -> str:
        iri = str(iri)
        text = self._iris.get(iri)
        if text is None:
            text = self._iris[iri] = self._work_out(iri)
        if ":" in text and not text.startswith("<"):
            p = text.split(":", 1)[0]
            if p not in self.used:
                self.used[p] = next(ns for ns, q in self._ns if q == p)
        return text

    def _work_out(self, iri: str) -> str:
        for ns, p in self._ns:
            if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
                return f"{p}:{iri[len(ns):]}"
        return "<" + _IRI_ESC.sub(lambda m: f"\\u{ord(m.group()):04X}", iri) + ">"

    def predicate(self, iri) -> str:
        return "a" if str(iri) == RDF_TYPE else self.iri(iri)

    def literal(self, lexical: str, datatype=None, language: str | None = None) -> str:
        lexical = str(lexical)
        if language:
            return string(lexical) + "@" + language
        if datatype is None:
            return string(lexical)
        dt = str(datatype)
        if dt in _BARE:
            if dt == XSD + "boolean" and lexical in ("true", "false"):
                return lexical
            if dt == XSD + "integer" and _INTEGER.match(lexical):
                return lexical
            if dt == XSD + "decimal" and _DECIMAL.match(lexical):
                return lexical
        return string(lexical) + "^^" + self.iri(dt)

    def term(self, t) -> str:
        """An rdflib URIRef or Literal (blank nodes are laid out by the caller)."""
        if hasattr(t, "datatype"):
            return self.literal(str(t), t.datatype, t.language)
        return self.iri(t)

    def prefix_lines(self) -> str:
        return "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(self.used.items()))

    @staticmethod
    def block(subject: str, pairs: list[tuple[str, list[str]]], indent: int = 4) -> str:
        """``subject`` and its (predicate text, object texts) as one statement; ``pairs`` in
        the order to write them."""
        pad = " " * indent
        parts = [f"{p} " + (",\n" + pad + "    ").join(objs) for p, objs in pairs]
        return f"{subject} " + (" ;\n" + pad).join(parts) + " ."

    @staticmethod
    def predicate_order(text: str) -> tuple:
        """Sort key of a predicate's text: ``a`` first, then by the text."""
        return (text != "a", text)
