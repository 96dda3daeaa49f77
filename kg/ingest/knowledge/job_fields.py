"""A metal word that is a word of a job's title or of its holder's name, on a byline's or a
form's line: "Senior Lead Researcher: Mark Tin", "Principal Lead Engineer, Kestrel Zinc Ltd"
(the job: a title-case run whose next word is a role noun of ``data/link-metal-not-heads.txt``,
the run closed by a colon, a comma or the line's end) and "Mark Tin" after such a key (the
holder: a two-word value whose key ends in a person's noun, ``data/holder-key-nouns.txt``).
Read by :func:`kg.ingest.knowledge.word_senses.kept_senses` for the ambiguous metal words it
keeps as words of a proper name ("Lead", "Silver"), and (the holder) by the gazetteer for every metal
("Tin", "Nickel"); one look at the mention's line."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

# the title-case word after the mention, and what closes the run after it
_NEXT = re.compile(r"[ \t]+([A-Z][a-z]+)(?=[ \t]*(?:[:,\n]|$))")
# a key line's value of two capitalised words, the mention the last: "Researcher: Mark Tin"
_KEYED_HOLDER = re.compile(r"[ \t]*[A-Z][\w .'\u2019-]{0,60}?[ \t]*:[ \t]*[A-Z][a-z]+[ \t]+\Z")
_VALUE_END = re.compile(r"[ \t]*(?:\n|\Z|,)")


def job_or_holder(text: str, m) -> bool:
    """The capitalised metal word at ``m`` is a word of a job's title before a role noun that
    ends its run ("Senior Lead Researcher:"), or the surname of a key's two-word value whose
    key ends in a person's noun ("Researcher: Mark Tin")."""
    if not m.surface[:1].isupper() or not m.surface[1:].islower():
        return False
    nxt = _NEXT.match(text, m.end, m.end + 40)
    return nxt is not None and nxt.group(1).lower() in words("link-metal-not-heads") \
        or keyed_holder(text, m)


def keyed_holder(text: str, m) -> bool:
    """The capitalised word at ``m`` closes a key's two-word value whose key ends in a person's
    noun ("Researcher: Mark Tin", "Lead Analyst: Sarah Nickel"): a person's surname."""
    if not m.surface[:1].isupper() or not _VALUE_END.match(text, m.end):
        return False
    ls = text.rfind("\n", 0, m.start) + 1
    held = _KEYED_HOLDER.fullmatch(text, ls, m.start)
    if held is None:
        return False
    key = text[ls:text.find(":", ls, m.start)].split()
    return bool(key) and key[-1].lower() in words("holder-key-nouns")
