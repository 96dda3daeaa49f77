"""What a text prints in brackets right after a name before its sentence goes on: a stock
code ("A (600362.SH) acquired B": :mod:`kg.ingest.reading.tickers`) or the name's own form in
Chinese characters ("Du Xiaoyan (杜晓燕) was appointed general manager", "X Co., Ltd. (汉中锌业)
acquired Y", "Fan Yu (Chinese: 范宇)").

Why a module of its own: the rules that read the words right after a name (the verb of a
buyer, of a person appointed, the subject of a clause) read past such an aside, as a reader
does; the labels of events leave the Chinese form out (:mod:`kg.ingest.events.event_labels`)."""
from __future__ import annotations

import re

from kg.ingest.reading.tickers import TICKER_ASIDE

# a name's form in Chinese characters in brackets after it ("X Co., Ltd. (\u6ec7\u897f\u9521\u4e1a)")
NATIVE_FORM = re.compile(r"[ \t]*[(\uff08][ \t]*(?:Chinese[ \t]*:[ \t]*)?"
                         r"[\u3400-\u4dbf\u4e00-\u9fff\u00b7\u30fb]"
                         r"[\u3400-\u4dbf\u4e00-\u9fff\u00b7\u30fb \t]*[)\uff09]")


def after_name(text: str, end: int) -> int:
    """Where the text goes on after a name ending at ``end``: past a stock code and the name's
    Chinese form in brackets printed right after it (either, both, in either order), else
    ``end``."""
    for _ in range(2):
        m = TICKER_ASIDE.match(text, end) or NATIVE_FORM.match(text, end)
        if m is None:
            break
        end = m.end()
    return end
