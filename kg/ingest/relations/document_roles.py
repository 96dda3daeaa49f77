"""Who made a document or a standard, and what it is about: the drafting units, proposers,
technical committees, approving and issuing bodies of policies, standards, notices and
penalty decisions, and the subject a document names ("measures on the traceability of X").

Called by propose.py after the cue rules of events (event_roles.py) and before the guesses of
co-occurrence, with the same arguments as the other rule families."""
from __future__ import annotations


def document_roles(draft, spans_of, sents, kind) -> None:
    """Add the draft statements this family reads (none yet: filled in by its rules)."""
    return None
