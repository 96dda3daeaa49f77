"""A works or project whose own name ends with its owner after "of": "the 50,000-tonne Copper
Foil Project of X Co., Ltd.", "Phase II of the Y Project of Z Group", "the dolomite quarry of X
Co., Ltd.", "the sponge titanium plant of Y Co., Ltd." (a title or a field value prints a
works so, the owner inside the name). A new site or project whose label ends "of (the)
<name>", the name an organisation of the draft (its label or alias, with or without its legal
suffix), with no owner stated by another rule, is ``nfo:ownedBy`` it (rule
``site:owner-in-name@0.5``). The name after the last "of" only ("the Project of Expanding the
X Mine of Y": Y; "the Reclamation Plan of the Z Mine": Z is no organisation, nothing); a
place there ("the Smelter of Gejiu") is no owner. One look at each new site's and project's
label: linear in the draft."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.model import Span
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.org_names import orgs_by_name
from kg.ingest.terms import NFO

RULE = "site:owner-in-name@0.5"
_CLASSES = ("#Site", "#Project")
_OWNERS = (NFO.ownedBy, NFO.unitOf, NFO.subsidiaryOf)
_LAST_OF = r"\s+of\s+(?:the\s+)?(?!.*\sof\s)(?P<name>[A-Z].*)$"


@lru_cache(maxsize=1)
def _last_of() -> re.Pattern:
    return re.compile(_LAST_OF, re.S)


def owner_in_label(draft, spans_of, kind) -> None:
    names = None
    for ent in draft.entities.values():
        if ent.known or not str(ent.cls).endswith(_CLASSES) or " of " not in ent.label \
                or any(p in _OWNERS for p, *_ in ent.statements):
            continue
        m = _last_of().search(ent.label)
        if m is None:
            continue
        if names is None:
            names = orgs_by_name(draft, kind, without_suffix)
        key = normalise_name(m.group("name"))
        owner = names.get(key) or names.get(without_suffix(key))
        if owner is None or owner is ent or owner.kind != "org":
            continue
        if not ent.mentions:
            continue
        span = max(ent.mentions, key=lambda x: x.end - x.start)      # (the name in full)
        ent.add(NFO.ownedBy, owner.iri, Span(span.start, span.end), RULE)
