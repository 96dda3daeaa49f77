"""The contract or policy the text itself is, titled by a heading in capitals ("SPONGE TITANIUM
PURCHASE CONTRACT (2027 ANNUAL)", "MARINE CARGO TRANSPORTATION INSURANCE POLICY": read by
:mod:`kg.ingest.names.heading_documents` as an ``nfo:Agreement``), takes from its header what an
agreement has rather than what a notice has:

* its parties (``nfo:party``, rule ``agreement:heading-party``): the organisations its header
  fields name by their part ("Buyer (Party A):  X Co., Ltd.", "Seller (Party B):  Y Co., Ltd.",
  "INSURED   Z Group Co., Ltd.": labels of ``data/agreement-party-labels.txt``, each for a
  contract, a policy or any), and for a policy the letterhead the heading reader gave as its
  issuer (the insurer's masthead); a contract's letterhead is no party;
* its day of signing (``nfo:dateSigned``, rule ``date:signing-field``): the date of a "Date of
  signing:" / "Signing date:" / "PLACE AND DATE OF ISSUE:" field (a policy is made when
  issued), else the day the heading reader gave as its issue.

The header's fields are read once (relations/labelled_parties.py); one search for the signing
field: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.labelled_parties import labelled_parties
from kg.ingest.terms import NFO

PARTY_RULE, DATE_RULE = "agreement:heading-party@0.5", "date:signing-field"
_SIGNED = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:date[ \t]+of[ \t]+signing|signing[ \t]+date|date[ \t]+signed|"
                     r"signed[ \t]+on|(?:place[ \t]+and[ \t]+)?date[ \t]+of[ \t]+issue)[ \t]*[:|]?[ \t]*"
                     r"(?P<rest>[^\n]{0,60})", re.I | re.M)


@lru_cache(maxsize=1)
def _labels() -> dict:
    """{label: the kind of document it names a party of}."""
    return dict(re.split(r"\s{2,}", ln.strip()) for ln in lines("agreement-party-labels"))


def _kind(label: str) -> str:
    """"policy" for an insurance policy (its heading's last word), else "contract"."""
    return "policy" if label.split()[-1].lower() == "policy" else "contract"


def party_fields(parties: dict) -> list:
    """The header's party fields (``parties``: labelled_parties' reading) whose label is one of
    data/agreement-party-labels.txt, in the text's order: [(start, end, org, label)]."""
    return sorted(((s, e, org, label) for label, (s, e, org) in parties.items()
                   if label in _labels()), key=lambda f: f[:2])


def give_parties(doc, fields: list, rule: str) -> int:
    """Give the agreement ``doc`` the organisations of ``fields`` (party_fields) whose label
    names a party of its kind of document (a contract's, a policy's, any); returns how many."""
    have = {st[1] for st in doc.statements if st[0] == NFO.party}
    what = _kind(doc.label)
    added = 0
    for s, e, org, label in fields:
        if _labels()[label] in ("any", what) and org.iri not in have and org is not doc:
            doc.add(NFO.party, org.iri, Span(s, e), rule)
            have.add(org.iri)
            added += 1
    return added


def heading_agreement(rows, printed: str, span: Span, title_case):
    """The agreement another rule read inside (or across) a heading in capitals that titles the
    text ("TECHNICAL SERVICE AGREEMENT ON IN-SERVICE INSPECTION OF ...", read as "Technical
    Service Agreement" by its head word), or None; labelled by the whole heading in title case
    (``title_case``) when that says more, the printed capitals an alias."""
    doc = next((x[2] for x in rows if x[2].cls == NFO.Agreement and not x[2].known), None)
    if doc is not None and len(" ".join(doc.label.split())) < len(printed) and \
            doc.label.upper() in printed.upper():
        doc.aliases.add(printed)
        doc.label = " ".join(title_case(printed).replace('"', "").replace("\u201c", "")
                             .replace("\u201d", "").split())
        doc.aliases.discard(doc.label)
        doc.mentions.append(span)
    return doc


def read_agreement_header(text: str, spans_of, doc) -> None:
    """Give the agreement ``doc`` (a heading's) its parties and its day of signing."""
    if doc.cls != NFO.Agreement or doc.known:
        return
    have = {st[1] for st in doc.statements if st[0] == NFO.party}
    issuers = [st for st in doc.statements if st[0] == NFO.issuedBy]
    what = _kind(doc.label)
    for st in issuers:          # (the letterhead over a policy: the insurer, one party)
        if st[1] not in have and what == "policy":
            doc.add(NFO.party, st[1], st[2], PARTY_RULE)
            have.add(st[1])
    give_parties(doc, party_fields(labelled_parties(text, spans_of, kind)), PARTY_RULE)
    doc.statements[:] = [st for st in doc.statements if st[0] != NFO.issuedBy]
    m = _SIGNED.search(text)
    day = None
    if m is not None:
        got = [d for d in find_dates(m.group("rest")) if d.kind == "date"]
        if got:
            d = got[0]
            day = (date_literal(d.value), Span(m.start("rest") + d.start, m.start("rest") + d.end))
    issued = [st for st in doc.statements if st[0] == NFO.dateIssued]
    if day is None and issued:
        day = (issued[0][1], issued[0][2])
    doc.statements[:] = [st for st in doc.statements
                         if st[0] not in (NFO.dateIssued, NFO.dateSigned)]
    if day is not None:
        doc.add(NFO.dateSigned, day[0], day[1], DATE_RULE)
