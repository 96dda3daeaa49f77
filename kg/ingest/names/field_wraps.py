"""Organisations (and sites) named in a field's value that wraps onto the next line under itself ::

    Units:      Yulin Energy Research Institute; Fugu Xinghua
                Magnesium Co., Ltd.
    Findings:   Partly true. The conveyor of Fugu Hengyuan
                Magnesium Co., Ltd. had a torn seal ...

The name finders read each line of such a block apart (a wide indentation parts a table's
cells), so the name's two halves came out as two names or none. For each field of a record
(``reading.field_blocks``: a value wrapped to its own column) the organisation finder reads
each two lines of the value joined; a name that starts on the first line and ends on the second
is proposed whole (its rule the finder's), its mention from its first word to its last (the
indentation between is the value's own); the names inside it lose to it as to any longer name.
Names on one line, and names of other kinds (a project's name wrapped in its "Project:" field
is :func:`kg.ingest.names.record_names.record_projects`'), are left to the finders that read them. One pass over the text's field
blocks, each value's lines read once: linear."""
from __future__ import annotations

from kg.ingest.names.candidates import Candidate, organisations
from kg.ingest.reading.field_blocks import field_blocks

_ORGS = {"Company", "University", "ResearchInstitute", "GovernmentBody", "IndustryAssociation",
         "AssociationBranch", "Alliance", "MediaOutlet", "PartyOrganization", "Organization",
         "Fund", "Site"}


def wrapped_field_names(text: str) -> list[Candidate]:
    out = []
    for bl in field_blocks(text):
        for f in bl.fields:
            for (a1, b1), (a2, b2) in zip(f.spans, f.spans[1:]):
                first = text[a1:b1]
                joined = first + " " + text[a2:b2]
                for c in organisations(joined):
                    if not c.start < len(first) < c.end or c.cls not in _ORGS:
                        continue        # on one line: the finders read it there (and a
                        # project's wrapped field is record_names.record_projects')
                    out.append(Candidate(a1 + c.start, a2 + c.end - len(first) - 1, c.label,
                                         c.cls, c.rule, c.confidence, set(c.aliases)))
    return out
