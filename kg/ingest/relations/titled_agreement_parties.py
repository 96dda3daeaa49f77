"""The parties of the agreement a text is, read from the fields of its header when another rule
than the heading reader drafted the agreement: a contract titled on its first lines
("FRAMEWORK SUPPLY AGREEMENT", "TECHNICAL COOPERATION AGREEMENT on ...", "Contract No.:
X-2027-01") and then "Buyer:  A Co., Ltd." / "Party B:  B Co., Ltd." takes A and B as its
parties (``nfo:party``, rule ``agreement:titled-party@0.5``). Contracts, leases, licences and
policies of any trade print their parties so, one a line under the title, before the clauses.

:mod:`kg.ingest.names.heading_agreements` reads these fields only for the agreement the heading
reader minted (a title in capitals under a letterhead); here the agreement is the one whose
first mention comes first among the agreements printed on the text's first ``_HEAD_LINES``
lines that are not blank, above the first party field. The labels are those of
``data/agreement-party-labels.txt`` (each for a contract, a policy or any), read by
:func:`kg.ingest.relations.labelled_parties.labelled_parties` (a label two lines give to two
organisations stands for neither). Only the first agreement: a contract's number drafted
beside its title, a policy's cited contract or letter of credit are other documents.

Measured on the development sets (round 47): 12 pairs right, 1 wrong (a hydropower contract
whose curated agreement is the one its number names). One pass over the header's fields and
the mentions: linear in the text."""
from __future__ import annotations

from kg.ingest.names.heading_agreements import give_parties, party_fields
from kg.ingest.reading.title_lines import head_end
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.labelled_parties import labelled_parties

RULE = "agreement:titled-party@0.5"
_HEAD_LINES = 8      # the title, its subtitle, a number, a date: no clause yet


def titled_agreement_parties(draft, spans_of) -> int:
    text = draft.text
    if not any(x.kind == "agreement" for _, _, x in spans_of):
        return 0
    parties = labelled_parties(text, spans_of, kind)
    if not parties:
        return 0
    fields = party_fields(parties)
    if not fields:
        return 0
    head = min(head_end(text, _HEAD_LINES), text.rfind("\n", 0, fields[0][0]) + 1)
    own = None
    for s, _, x in spans_of:       # (spans_of holds every mention: the first one counts)
        if s < head and x.kind == "agreement" and not x.known and \
                (own is None or s < own[0]):
            own = (s, x)
    if own is None:
        return 0
    return give_parties(own[1], fields, RULE)
