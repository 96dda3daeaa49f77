"""A stock code printed in brackets right after a company's name: "X Co., Ltd. (600362.SH)",
"Zijin Mining (601899.SH; 2899.HK)", "X (SHA: 600362)", "Y (NYSE: RIO)", "Z (BHP.AX)".

Why a module of its own: several rules read past such an aside (a buyer's verb comes after it:
"A (600362.SH) acquired B") or read it as a sign that the name before it is a listed company.
Told by its shape, not by a list of exchanges: digits (a code of three to six, with an
exchange suffix or not), an upper-case prefix and a colon, or upper-case letters with an
exchange suffix; one or more, separated by ";", "," or "/" (brackets and separators in
full width too: "A（600362.SH）acquired B")."""
from __future__ import annotations

import re

_CODE = (r"(?:[A-Z]{2,8}[ \t]*:[ \t]*[0-9A-Z]{1,6}(?:\.[A-Z]{1,2})?|\d{3,6}(?:\.[A-Z]{1,2})?|"
         r"[A-Z]{1,5}\.[A-Z]{1,2})")
TICKER_ASIDE = re.compile(r"[ \t]*[(\uff08][ \t]*" + _CODE + r"(?:[ \t]*[;,/\uff1b\uff0c][ \t]*"
                          + _CODE + r"){0,3}[ \t]*[)\uff09]")


def after_ticker(text: str, end: int) -> int:
    """Where the text goes on after a name ending at ``end``: past a stock code in brackets
    printed right after it, else ``end``."""
    m = TICKER_ASIDE.match(text, end)
    return m.end() if m else end
