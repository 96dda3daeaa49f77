"""Whether a document the text names is a standing body of rules cited for a clause of it: a
law, regulations, measures, provisions, a technical specification, a code, a convention or
guidelines ("the Forest Law of the People's Republic of China", "the Measures of X Province for
the Examination and Approval of Forest Land Use", "the Technical Specification for Ecological
Restoration of Tailings Ponds", "the Evaluation Rules for Model Units"). Such a document governs
a whole domain; a sentence cites it as the ground of what it tells ("under the Forest Law, the
bureau checked the site in Y Village"), so the places of that sentence are not where it applies
and the event the sentence tells is not about it.

The guesses that read a document and the places or events of its sentence together
(``cooccur:same-sentence`` in :mod:`same_sentence`, ``context:document-country`` in
:mod:`clauses`) leave such a document alone. Measured on the development sets 100-148 (round
59): of the guessed ``appliesTo`` pairs of such documents none of 43 was in the gold readings,
of the guessed ``about`` pairs of an event and such a document none of 16.

A word of ``data/cited-rule-words.txt`` in the head of the document's label (its words before
the first "on", "for", "of" or "concerning"): "Notice on Revising the Listing Rules" is a
notice, "Implementation Plan for Integrated Care in X" a plan. The word is printed with a
capital, as a title prints it: "16 specific measures for smart customs" names a policy in
words of its own, not a body of rules by its title. A title the text prints in quotation marks
(rule ``quoted-title``, or a mention right after an opening quotation mark: '"Several Measures
to Support the Lithium Industry" were issued', 'the "Implementing Rules of X City for
Subsidies"') is what the text presents, not a ground it cites: on the development sets 1-99 two
such guesses were right. A few words of the label read, one character before each mention:
linear in the mentions."""
from __future__ import annotations

from kg.ingest.lexicon import words

QUOTED = "quoted-title"     # names/titles.py: a title the text prints in quotation marks
_OPENING_QUOTES = frozenset(('"', "\u201c", "\u300a", "'", "\u2018"))
_HEAD_ENDS = frozenset(("on", "for", "of", "concerning"))
_MOST = 12          # words of a label read at most: a head is short


def cited_rule(ent, text: str) -> bool:
    """``ent`` (a draft entity of the draft whose text is ``text``) is a document whose name's
    head names a standing body of rules, printed nowhere in quotation marks."""
    if ent.kind != "policy" or ent.rule == QUOTED or any(
            text[max(0, m.start - 1):m.start] in _OPENING_QUOTES for m in ent.mentions):
        return False
    return head_holds(ent.label, words("cited-rule-words"), capital=True, most=_MOST)


def head_holds(label: str | None, rule_words, *, capital: bool = False,
               most: int | None = None) -> bool:
    """Whether the head of a document's name ``label`` (its words before the first "on", "for",
    "of" or "concerning", at most ``most`` of them) holds a word of ``rule_words``, printed with
    a capital when ``capital``. Shared with ``document_metals`` (data/standing-rule-words.txt)."""
    for w in (label or "").split()[:most]:
        w = w.strip("(),.:;\"'\u201c\u201d")
        if w.lower() in _HEAD_ENDS:
            return False
        if (not capital or w[:1].isupper()) and w.lower() in rule_words:
            return True
    return False
