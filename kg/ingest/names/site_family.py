"""People whose family name also ends a site's name: "Emily Park, a geologist at X", "Oliver
Hall, chief executive of Y". A head word of ``data/name-heads.txt`` of class Site ("Park",
"Hall", "Garden", "Tower") after a word makes a site's name (names/candidates.py: "Olympic
Park"); after a listed given name (``data/given-names.txt``) and before a comma and a role
(:mod:`kg.ingest.names.role_people`, ``person:name-role``) the two words are a person's name:
the role says so. The site read of the same words gives way to the person
(:func:`people_over_sites`); a given name before "Park" with no role after it ("Albert Park
hosted the race") stays a site."""
from __future__ import annotations

from kg.ingest.names.given_name_list import given_names

RULE = "person:name-role"


def site_family(ws: list[str], heads: dict, not_name) -> bool:
    """Whether ``ws`` are a listed given name and a Site head word ("Emily", "Park"), the given
    name no word ``not_name`` refuses."""
    return len(ws) == 2 and ws[0] in given_names() \
        and heads.get(ws[1].lower(), ("",))[0] == "Site" and not not_name(ws[:1])


def people_over_sites(news: list) -> list:
    """``news`` without the Site candidates whose span a role's person of two words, the last a
    Site head word, covers exactly: one pass to collect those spans, one to drop."""
    spans = {(c.start, c.end) for c in news if c.cls == "Person" and c.rule == RULE
             and len(c.label.split()) == 2}
    if not spans:
        return news
    return [c for c in news if not (c.cls == "Site" and (c.start, c.end) in spans)]
