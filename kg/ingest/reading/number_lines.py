"""A document's number printed on a line of its own under a title or a signer's name, as Chinese
authorities number their documents: the romanised words of the issuer's code, the year in square
or Chinese brackets, the serial ("Jin Ying Ji Fa [2030] No. 21", "(Yun Zheng Ban Fa \u30142030\u3015
7)", "Decision No. Yun Shi Jian Chu Fa [2029] 17"). Such a line is no line of the title above it
(reading/title_lines) and no words of the name above it (names/name_tokens: a line break does
not carry a name onto it)."""
from __future__ import annotations

# where such a line opens: an optional bracket, one to seven capitalised words (a document word
# and "No." may open them), the bracketed year; bounded (each word at most 12 letters)
NUMBER_LINE_OPEN = (r"[(\uff08]?[ \t]*(?:[A-Z][A-Za-z]{0,11}\.?[ \t]+(?:No\.[ \t]*)?){1,7}"
                    r"[\[\u3014\uff3b](?:19|20)\d\d[\]\u3015\uff3d]")
# the whole line: its opening, then the serial and a closing bracket
NUMBER_LINE = (r"[ \t]*" + NUMBER_LINE_OPEN + r"[ \t]*(?:No\.[ \t]*)?[A-Z]{0,4}\d{1,5}[ \t]*"
               r"[)\uff09]?[ \t]*")
