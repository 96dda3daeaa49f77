"""Where a clause opens, read back from a verb to find its subject: a sentence's end (".", ";",
":", "!", "?" before white space), a blank line, a list item's mark at a line's start ("- ",
"* ", "2. ", "(3) "), ", and" / ", but" / ", while" / ", so" / "; and" before a new clause, the
text's start, and a line's start after a line that ends in no word, comma or hyphen (a table's
cell, a heading closed by a colon or a bracket), and a dateline's dash after its day or its
agency ("JAKARTA, 3 May 2029 -- The mine ...", "LONDON (Reuters) - The smelter ..."). A line break inside a hard-wrapped sentence
("... for the county's grant for 2027,\\nwhich closes ...") opens nothing: the subject may run
on from the line before. Shared by :mod:`kg.ingest.events.present_steps` and
:mod:`kg.ingest.events.since_states`."""
from __future__ import annotations

import re

CLAUSE_OPEN = re.compile(r"[.;:!?](?=[ \t\n])|\n[ \t]*\n|[,;][ \t\n]+(?:and|but|while|so)[ \t\n]+|"
                         r"\n[ \t]*(?:[-*\u2022]|\(?\d{1,2}[.)])[ \t]+|\A|(?<=[^\w,\s-])[ \t]*\n|"
                         r"(?<=[\d)])[ \t]+(?:--?|\u2014|\u2013)[ \t]+")
