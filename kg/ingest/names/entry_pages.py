"""The text as an entry of a reference work copied from its page: a short first line naming what
the entry is about ("Shuangjing Town"), a line under it that names the work ("From the
Encyclopedia of China's Mining Towns (online edition)"), and a footer that dates the page ("This
page was last edited on 7 January 2027, at 09:14.").

* A footer that dates the page, or a word of a work of reference in the work's name
  (``data/reference-works.txt``: "Encyclopedia", "Gazetteer" ...), is needed ("From Our
  Correspondent" is no work).
* The entry is a new report (rule ``document:entry-page``), labelled by the first line and the
  work, about what the first line names (the entity the draft reads on the whole line,
  ``nfo:about``), issued by the work (``nfo:issuedBy``: the organisation or outlet the draft
  reads on the "From" line, else a new outlet of that name, rule ``name:source-work``), and
  issued on the footer's day (rule ``date:page-edited``); "This page" in the footer is a
  mention of it.

Only the first lines and one scan for the footer are read: linear."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE = "document:entry-page"
CONFIDENCE = 0.5
_FROM = re.compile(r"[ \t]*From[ \t]+(?:the[ \t]+)?(?P<w>[A-Z][^\n()]{3,80}?)"
                   r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$", re.M)
_FOOTER = re.compile(r"\b(?P<p>This[ \t]+page)[ \t]+was[ \t]+last[ \t]+(?:edited|modified|"
                     r"updated)[ \t]+on[ \t]+(?P<d>[^,\n]{6,30})")


def propose(draft, spans_of, minter, kind_of):
    text = draft.text
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    if first_end < 0:
        return None
    first = text[lead:first_end].strip()
    if not (1 <= len(first.split()) <= 6) or not first[:1].isupper() or first.endswith("."):
        return None
    m = _FROM.match(text, first_end + 1)
    if m is None:
        return None
    ws, we = m.start("w"), m.end("w")
    work = m.group("w").strip()
    foot = _FOOTER.search(text)
    if foot is None and not any(w.lower().strip(".,'") in words("reference-works")
                                for w in work.split()):
        return None     # ("From Our Correspondent in Lima": no work of reference)
    label = f"{first} ({work} entry)"
    doc = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
    if foot is not None:
        doc.mentions.append(Span(foot.start("p"), foot.end("p")))
        doc.aliases.add(foot.group("p"))
    else:
        doc.mentions.append(Span(ws, we))
    draft.entities[doc.iri] = doc
    spans_of.append((doc.mentions[0].start, doc.mentions[0].end, doc))
    src = next((x for x in spans_of if ws <= x[0] and x[1] <= we
                and kind_of(x[2].cls) == "org" and not x[2].role), None)
    if src is None:
        ent = Entity(minter.mint(work), NFO.MediaOutlet, work, False, "name:source-work",
                     CONFIDENCE)
        ent.mentions.append(Span(ws, ws + len(work)))
        draft.entities[ent.iri] = ent
        src = (ws, ws + len(work), ent)
        spans_of.append(src)
    doc.add(NFO.issuedBy, src[2].iri, Span(src[0], src[1]), RULE)
    a = lead + len(text[lead:first_end]) - len(text[lead:first_end].lstrip())
    topic = next((x for x in spans_of if x[0] == a and x[1] == a + len(first)
                  and x[2] is not doc and kind_of(x[2].cls) != "policy"), None)
    if topic is not None:
        doc.add(NFO.about, topic[2].iri, Span(topic[0], topic[1]), RULE)
    if foot is not None:
        got = find_dates(foot.group("d"))
        if len(got) == 1 and got[0].kind == "date":
            s = foot.start("d") + got[0].start
            doc.add(NFO.dateIssued, date_literal(got[0].value),
                    Span(foot.start("p"), s + got[0].end - got[0].start), "date:page-edited")
    return doc
