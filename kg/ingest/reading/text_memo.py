"""Answers kept for the last text a function was asked of: several rules ask the same question
of one article (the roll of a date, the mood of a sentence, the document's year), and the
answer depends only on the text and the question. One :class:`TextMemo` per function; it keeps
one text's answers (the text held by identity, so a new article starts afresh) and
:func:`forget_all` drops every memo's answers (a test drafting an article again from nothing)."""
from __future__ import annotations

_ALL: list["TextMemo"] = []


class TextMemo:
    """The answers for the last text asked of, by question."""
    __slots__ = ("text", "answers")

    def __init__(self):
        self.text = None
        self.answers: dict = {}
        _ALL.append(self)

    def of(self, text: str) -> dict:
        """The answers kept for ``text`` (empty when another text was asked of last)."""
        if self.text is not text:
            self.text, self.answers = text, {}
        return self.answers


def forget_all() -> None:
    """Drop the answers every memo keeps."""
    for memo in _ALL:
        memo.text, memo.answers = None, {}
