"""Marks of plain-text formats in an article, read as what they show, one character for one so
that the offsets stay those of the stored text (reading/folded builds the rules' copy with it):

- A terminal's control sequences, pasted with a log or a console's output ("Kestrel
  \\x1b[31mZinc\\x1b[0m Ltd": a colour set and reset): ESC, "[", its parameters and its final
  letter show nothing (only the ESC is a control character; "[31m" was read as a word).
- Markdown's strong emphasis, a pair of "**" around words on one line ("**Issued by:** X",
  "**Kestrel Zinc Ltd** signed"): the marks show nothing. A pair only: the opening mark after
  a line's start, a space or a bracket and before a word, the closing one after a word's end
  and before a space or the line's end. Text as printed: a run of three marks or more ("***
  END ***"), masked digits ("13****27"), a lone "**" (a footnote's mark); a pair glued to the
  punctuation after it ("**Guo Ruiping**, deputy director": the rules read that as printed, the
  name's end and its comma); and a run-in heading, a pair whose words end with a full stop
  ("- **Lithium.** X said ...": read with the paragraph's first sentence, as before; its topic,
  a metal, is that sentence's too); and a pair around a whole line ("**Gold Medal**" alone on
  its line), a heading that the heading readers (award lists, titles) know by its marks.

A mark and the white space around it are one run: what the run shows (its line breaks, else one
space if it holds one, else nothing) is put at its end, and before it soft hyphens when the run
lies inside a word or between two words of a name (a capitalised word before it and a capital
or a digit after it: "Kestrel \\x1b[31mZinc" is read "Kestrel", soft hyphens, " Zinc"), spaces
elsewhere; a run that shows nothing between two characters is soft hyphens ("Kes\\x1b[1mtrel"
reads "Kes", soft hyphens, "trel"). Only a text holding ESC or "**" is searched, once."""
from __future__ import annotations

import re

_SHY = "\u00ad"
# a control sequence: CSI (ESC "[" parameters, intermediates, a final character), OSC (ESC "]"
# ... up to BEL or ESC "\\"), or ESC and one character
_TERMINAL = r"\x1b(?:\[[0-?]{0,40}[ -/]{0,4}[@-~]|\][^\x07\x1b\n]{0,300}(?:\x07|\x1b\\)|[@-Z\\-_])"
# a pair of Markdown's strong-emphasis marks on one line
_STRONG = re.compile(r"(?<![^\s(\[])\*\*(?=[^\s*])[^\n]{1,300}?(?<=[^\s*.!?])\*\*(?=\s|$)")
_RUN = re.compile(rf"[ \t\n]*(?:{_TERMINAL}[ \t\n]*)+")
_JOINT = re.compile(r"[ \t]+")


def plain_marks(text: str) -> str:
    """``text`` with its terminal control sequences and Markdown strong-emphasis pairs read as
    what they show (the same length)."""
    marks = []
    if "\x1b" in text:
        marks = [m.span() for m in re.finditer(_TERMINAL, text)]
    if "**" in text:
        for m in _STRONG.finditer(text):
            if _whole_line(text, m.start(), m.end()):
                continue        # (a bold line is a heading: its readers read the marks)
            marks.append((m.start(), m.start() + 2))
            marks.append((m.end() - 2, m.end()))
    if not marks:
        return text
    marks.sort()
    out: list[str] = []
    prev = 0
    n = len(text)
    i = 0
    while i < len(marks):
        a, b = marks[i]
        i += 1
        # the marks that follow past white space only are of the same run
        while True:
            c = b
            while c < n and text[c] in " \t\n":
                c += 1
            if i < len(marks) and marks[i][0] == c:
                b = marks[i][1]
                i += 1
            else:
                break
        while a > prev and text[a - 1] in " \t\n":
            a -= 1
        while b < n and text[b] in " \t\n":
            b += 1
        a = max(a, prev)
        out.append(text[prev:a])
        out.append(_shown(text, a, b))
        prev = b
    out.append(text[prev:])
    return "".join(out)


def _shown(text: str, a: int, b: int) -> str:
    """What the run ``text[a:b]`` shows, filled to its length."""
    run = text[a:b]
    breaks = run.count("\n")
    shown = "\n" * breaks if breaks else (" " if " " in run or "\t" in run else "")
    fill = (b - a) - len(shown)
    inside = 0 < a and b < len(text) and (
        not shown
        or shown == " " and text[a - 1].isalnum() and (text[b].isupper() or text[b].isdigit())
        and _capitalised_before(text, a))
    return (_SHY if inside else " ") * fill + shown


def _whole_line(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is the whole of its line, past white space."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return not text[start:a].strip() and not text[b:end if end >= 0 else len(text)].strip()


_LAST_WORD = re.compile(r"[^\W_]+$")
_MARK = re.compile(rf"{_TERMINAL}|\*\*")


def _capitalised_before(text: str, a: int) -> bool:
    """Whether the word before ``a``, past the marks inside it, is capitalised."""
    word = _LAST_WORD.search(_MARK.sub("", text[max(0, a - 60):a]))
    return word is not None and word.group(0)[0].isupper()
