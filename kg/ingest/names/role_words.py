"""A word for a part in a contract, a tender or a case ("Party B", "the Licensor", "Respondent",
"the Employer") drafted as an organisation of its own, with no field that names who plays the
part (:mod:`kg.ingest.names.role_twins` folds it into the company such a field names): a role
word is no entity. It leaves the draft with its statements and those that point at it (a
reviewer would delete each: "Licensor" a company located in the licensee's town).

The words are those of data/field-party-terms.txt and data/agreement-party-labels.txt (the
field labels that name a party by its part), printed alone as the entity's label, with or
without "the". Runs after role_twins.

Round 49, measured on the development sets: 2 such entities ("Respondent" in an arbitration
award, "Licensor" in a licence), 7 relations proposed for them, none the curators record."""
from __future__ import annotations

from kg.ingest.names.role_twins import role_words
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.names.surgery import bare_label, redirect



def drop_role_words(draft, spans_of: list) -> int:
    """Take the new organisations named by a role word alone out of the draft; how many."""
    words = role_words()
    gone = [e for e in draft.entities.values() if not e.known and not e.role
            and kind(e) == "org" and normalise_name(bare_label(e.label)) in words]
    if not gone:
        return 0
    iris = {e.iri for e in gone}
    for e in gone:
        del draft.entities[e.iri]
    spans_of[:] = [x for x in spans_of if x[2].iri not in iris]
    for iri in iris:
        redirect(draft, iri, [])
    return len(gone)
