"""Events and their dates: dated clauses (``dated``), lower-case events and agreements
(``happenings``), "agreements with B and C" as one per counterpart (``plural_agreements``),
milestones without a leading date (``milestones``), ceremonies and signings named only by their
noun ("a ceremony was held", "witnessed the signing", "three projects were signed at the summit":
``ceremonies``), curator-style labels (``event_labels``), "the
meeting" referring back (``anaphora``), the dates put on what was proposed (``date_attach``), how
long an event lasted ("the two-day meeting": ``durations``) and agreements signed at an event
(``signing``)."""
