"""The name index: labels and aliases of every entity, and resolving user text to entities.

Matching is case- and punctuation-insensitive, in tiers: (1) an entity's canonical label equals
the text; (2) one of its aliases does; (3) a name starts with the text as whole words; (4) a
name contains it as whole words; (5) a name contains it at all. ``resolve`` returns the best
tier's matches, all of them when several are equally good. An exact match wins, except that an
alias which is only the first words of its entity's own label (``Fugu`` for Fugu County) is a
short form: then every entity whose name starts with those words is equally good ("Fugu" ->
Fugu County, Fugu County People's Government, ...). ``resolve_one`` (for the two ends of a path)
takes the exact match. No match raises :class:`NameNotFound` with the nearest names.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model.errors import KGError
from kg.model.namespaces import NFO

_DROP = re.compile(r"['\u2019\u2018.`]")
_NONWORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower-case, apostrophes and dots dropped, other punctuation as spaces."""
    return " ".join(_NONWORD.sub(" ", _DROP.sub("", text.casefold())).split())


@dataclass(frozen=True)
class Match:
    iri: URIRef
    label: str
    name: str          # the label or alias that matched
    tier: int          # 1 best .. 5 weakest
    score: float = 1.0


class NameNotFound(KGError):
    def __init__(self, text: str, suggestions: list[str]):
        self.text = text
        self.suggestions = suggestions
        hint = ("; nearest names: " + ", ".join(suggestions)) if suggestions else ""
        super().__init__(f"no entity is named {text!r}{hint}")


class NameIndex:
    """All names of all entities; built once per loaded graph."""

    def __init__(self, kg):
        self.kg = kg
        self.names: dict[str, set[tuple[URIRef, str, bool]]] = {}
        ontology_ns = str(NFO)
        # Source documents are named only by an exact title or id, never by a word in it.
        self.exact_only = set(kg.union.subjects(RDF.type, NFO.SourceDocument))
        for pred, is_label in ((RDFS.label, True), (SKOS.altLabel, False)):
            for s, o in kg.union.subject_objects(pred):
                if not isinstance(s, URIRef) or str(s).startswith(ontology_ns):
                    continue
                if not isinstance(o, Literal):
                    continue
                canonical = is_label and o.language in (None, "en")
                key = normalise(str(o))
                if key:
                    self.names.setdefault(key, set()).add((s, str(o), canonical))

    @cached_property
    def _keys(self) -> list[str]:
        return sorted(self.names)

    def _match(self, key_pred, tier) -> dict[URIRef, Match]:
        out: dict[URIRef, Match] = {}
        for key in self._keys:
            if key_pred(key):
                for iri, name, _ in self.names[key]:
                    if iri in self.exact_only:
                        continue
                    out.setdefault(iri, Match(iri, self.kg.label(iri), name, tier))
        return out

    def candidates(self, text: str) -> list[Match]:
        """All entities matching ``text``, best tier first (every tier, for ranking)."""
        q = normalise(text)
        if not q:
            return []
        found: dict[URIRef, Match] = {}
        for iri, name, canonical in self.names.get(q, ()):
            tier = 1 if canonical else 2
            if iri not in found or found[iri].tier > tier:
                found[iri] = Match(iri, self.kg.label(iri), name, tier)
        words = re.compile(r"(?:^| )" + re.escape(q) + r"(?: |$)")
        tiers = ((3, lambda k: k.startswith(q + " ")),
                 (4, lambda k: bool(words.search(k))),
                 (5, lambda k: q in k))
        for tier, pred in tiers:
            for iri, m in self._match(pred, tier).items():
                found.setdefault(iri, m)
        return sorted(found.values(), key=lambda m: (m.tier, len(m.name), m.label))

    def resolve(self, text: str, cls: URIRef | None = None) -> list[Match]:
        """The entities ``text`` names: the best tier's matches (several if equally good)."""
        matches = self.candidates(text)
        if cls is not None:
            matches = [m for m in matches if self.kg.is_a(m.iri, cls)]
        if not matches:
            raise NameNotFound(text, self.suggest(text))
        best = matches[0].tier
        q = normalise(text)
        if best == 2 and any(normalise(m.label).startswith(q + " ") for m in matches if m.tier == 2):
            best = 3   # a short form: names that start with it are equally good
        return [m for m in matches if m.tier <= best]

    def resolve_one(self, text: str) -> URIRef:
        """Exactly one entity, or KGError naming the candidates (for A/B of ``path``)."""
        if text.startswith(("http://", "https://")):
            iri = URIRef(text)
            if (iri, None, None) in self.kg.union:
                return iri
            raise NameNotFound(text, [])
        matches = self.candidates(text)
        if not matches:
            raise NameNotFound(text, self.suggest(text))
        matches = [m for m in matches if m.tier == matches[0].tier]
        if len(matches) > 1:
            names = "; ".join(f"{m.label} ({self.kg.compact(m.iri)})" for m in matches[:8])
            raise KGError(f"{text!r} names {len(matches)} entities: {names}; be more specific")
        return matches[0].iri

    def suggest(self, text: str, n: int = 5) -> list[str]:
        q = normalise(text)
        keys = difflib.get_close_matches(q, self._keys, n=n, cutoff=0.5)
        out = []
        for k in keys:
            for _, name, _ in sorted(self.names[k], key=lambda t: t[1]):
                if name not in out:
                    out.append(name)
        return out[:n]

    def search(self, text: str, cls: URIRef | None = None, limit: int = 20) -> list[Match]:
        """Ranked matches: every tier, then fuzzy neighbours, scored 0..1."""
        q = normalise(text)
        ranked = {}
        for m in self.candidates(text):
            score = round((6 - m.tier) / 5 * 0.7 + 0.3 * difflib.SequenceMatcher(
                None, q, normalise(m.name)).ratio(), 3)
            ranked[m.iri] = Match(m.iri, m.label, m.name, m.tier, score)
        for key in difflib.get_close_matches(q, self._keys, n=limit, cutoff=0.6):
            ratio = difflib.SequenceMatcher(None, q, key).ratio()
            for iri, name, _ in self.names[key]:
                if iri not in ranked:
                    ranked[iri] = Match(iri, self.kg.label(iri), name, 6, round(0.3 * ratio, 3))
        out = [m for m in ranked.values() if cls is None or self.kg.is_a(m.iri, cls)]
        out.sort(key=lambda m: (-m.score, m.label))
        return out[:limit]
