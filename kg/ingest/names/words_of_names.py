"""A known name printed only as a word of a new organisation's name is not a mention.

"Guangzhou Futures Exchange", "Shaanxi Daily", "China Mining Weekly", "Henan Provincial SASAC":
the place opens the proper name of something else; "China Automotive Battery Innovation
Alliance", "Qianwan Automotive Research Institute", "X New Materials Industrial Park": the field
in capitals is a word of the name. When every mention of a known place or field in the article
is such a word, the article does not speak of that place or field, and linking it only costs the
reviewer a deletion: the entity is taken out of the draft (with any statement about it). A place
or field the article also names on its own keeps all its mentions.

Left as they are, because the curated files read them so: the place opening a company's name
(its seat: "Weifang Wanfeng Magnesium Technology Co., Ltd." is in Weifang) or a name found only
as a known name run on ("Wuhu Xinzeqing"), the field of a company's name (its business: "X
Medical Devices Co., Ltd." concerns the medical field), a metal in any name, and anything inside
an event's, a document's or a product's title ("2026 China (Ningbo) Forum ...").
"""
from __future__ import annotations

from kg.ingest.terms import NFO

# new names whose words are their own, a field in capitals there being one of them (a
# company's field is its business: left)
_OWN_NAMES = {NFO.Organization, NFO.GovernmentBody, NFO.IndustryAssociation,
              NFO.AssociationBranch, NFO.ResearchInstitute, NFO.University, NFO.Alliance,
              NFO.MediaOutlet, NFO.Fund, NFO.AdvisoryBody, NFO.ResearchTeam, NFO.Site}
_PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
# names a place opens without being where the thing is: a newspaper, an exchange, an alliance
# or a body named after its city or province (not a company's seat, not a park's place)
_PLACE_HOLDERS = {NFO.Organization, NFO.GovernmentBody, NFO.MediaOutlet, NFO.Fund, NFO.Alliance}


def drop_words_of_names(draft, spans_of: list) -> None:
    """Take out the known places and fields named only inside new organisations' names
    (``spans_of`` updated in place)."""
    text = draft.text
    holders = [(s, e) for s, e, ent in spans_of
               if not ent.known and not ent.role and ent.cls in _OWN_NAMES]
    if not holders:
        return
    place_holders = [(s, e) for s, e, ent in spans_of
                     if not ent.known and not ent.role and ent.cls in _PLACE_HOLDERS
                     and not (ent.rule == "name:known-prefix" and ent.cls == NFO.Organization)]
    gone = []
    for ent in list(draft.entities.values()):
        if not ent.known or not ent.mentions:
            continue
        if ent.cls in _PLACES:
            inside = place_holders
        elif ent.cls == NFO.Field:
            inside = holders
        else:
            continue
        if all(_word_of(text, sp, inside, ent.cls == NFO.Field) for sp in ent.mentions):
            gone.append(ent)
    if not gone:
        return
    iris = {ent.iri for ent in gone}
    for ent in gone:
        del draft.entities[ent.iri]
    spans_of[:] = [x for x in spans_of if x[2].iri not in iris]
    for ent in draft.entities.values():
        if any(o in iris for _, o, _, _ in ent.statements):
            ent.statements[:] = [st for st in ent.statements if st[1] not in iris]


def _word_of(text: str, sp, holders, capitals: bool) -> bool:
    """Whether the mention ``sp`` lies strictly inside one of the ``holders`` spans (and, with
    ``capitals``, is printed in capitals as a word of a proper name)."""
    if capitals and not text[sp.start:sp.end][:1].isupper():
        return False        # "a copper foil and new materials maker": the field itself
    return any(s <= sp.start and sp.end <= e and (s, e) != (sp.start, sp.end)
               for s, e in holders)
