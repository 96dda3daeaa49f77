"""A news outlet's name that is a numbered section's heading of the text ("II. Enterprise News",
"3. Industry News", "(1) Policy News"): a weekly's or a digest's part, not a newspaper. A
heading of ordinary words before "News" ("MEMBER NEWS", "PART TWO COMPANY NEWS", a site's
"Branch News") is one wherever it stands; else the name fills its line after the section's number (Roman or Arabic numerals, a letter, in
brackets or with a stop), and the words before its head are ordinary words
(``data/section-news-words.txt``), not a name ("II. Xinhua News" is still one). Read only for
the candidates of class MediaOutlet: one look at the line of each."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

_NUMBER = re.compile(r"[ \t]*(?:[IVXivx]{1,5}|\d{1,2}|[A-Za-z])[.)\uff0e][ \t]*|"
                     r"[ \t]*[(\uff08](?:[IVXivx]{1,5}|\d{1,2}|[A-Za-z])[)\uff09][ \t]*|"
                     r"[ \t]*[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]+"
                     r"[\u3001.][ \t]*")


# what opens a section's heading before its words ("PART TWO COMPANY NEWS", "Page A3  Local
# News", "CONTENTS  Association News")
_OPENER = re.compile(r"(?i:(?:part|section|chapter|page)[ \t]+[\w.]{1,6}[ \t]+|contents[ \t]+)")


def section_outlet(text: str, start: int, end: int, label: str) -> bool:
    """Is the outlet named at ``start:end`` a section's heading of ``text``: numbered, or of
    ordinary words alone ("MEMBER NEWS", "Home > News Center > Branch News")?"""
    toks = _OPENER.sub("", label).split()
    if len(toks) > 1 and toks[-1].lower() == "news" and all(
            w.lower() in words("section-news-words") for w in toks[:-1]):
        return True
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if text[end:le].strip(" \t\r:：") or not _NUMBER.fullmatch(text, ls, start):
        return False
    toks = label.split()
    return len(toks) > 1 and all(w.lower() in words("section-news-words") for w in toks[:-1])
