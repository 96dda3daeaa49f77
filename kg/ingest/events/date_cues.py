"""The words just before a date that say what kind of day it is for a policy or a plan: the day
it takes effect ("implemented", "comes into force on") or a deadline ("by", "no later than"),
not the day it was issued. Read by :mod:`kg.ingest.events.date_attach` and
:mod:`kg.ingest.events.policy_dates`."""
from __future__ import annotations

import re

IN_FORCE = re.compile(r"\b(?:implement(?:ed|ation)|enforced|effective|(?:take|takes|took|taken|"
                       r"taking|come|comes|came|coming|enter|enters|entered|entry)\s+(?:into\s+)?"
                       r"(?:effect|force))\b[^.;\d]{0,25}$", re.I)
# a deadline ("asking provinces to report by June 30", "before July 15") dates nothing's issue
DEADLINE = re.compile(r"\b(?:by|before|until|till|no later than|not later than|deadline(?: of)?|"
                       r"due(?: on| by)?)\s+(?:the\s+end\s+of\s+)?$", re.I)
