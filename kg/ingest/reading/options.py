"""What the user gives beside the text, checked before anything is read or written: the
document id (it becomes a file name and an IRI), the title and publisher (one line of plain
text: a line break or tab becomes a space; other control characters and the bidirectional
overrides that reorder what a terminal or a page shows are refused) and the URL (an absolute
``http``/``https`` address without spaces, quotes or angle brackets: it is written as a
literal, and a page that shows it as a link must not run it)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from kg.model.errors import KGError

ID = re.compile(r"[a-z0-9][a-z0-9\-]*")
_SPACE = re.compile(r"\s+")
_BAD_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BAD_URL = re.compile("[\\s\x00-\x1f\x7f-\x9f\"<>\\\\^`{|}\u200e\u200f\u202a-\u202e\u2066-\u2069]")


MAX_ID = 120        # file names (``inferred.ID.ttl``) stay well under the 255 bytes a name may have


def check_id(doc_id: str) -> str:
    if not ID.fullmatch(doc_id):
        raise KGError(f"--id {doc_id!r}: use lower-case letters, digits and '-' "
                      "(e.g. 005-fugu-signing-2025)")
    if len(doc_id) > MAX_ID:
        raise KGError(f"--id {doc_id[:20]}...: {len(doc_id)} characters; at most {MAX_ID}")
    return doc_id


def one_line(option: str, value: str | None) -> str | None:
    """``value`` on one line (white-space runs made one space); None when blank."""
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    bad = _BAD_TEXT.search(value)
    if bad:
        raise KGError(f"{option} {value!r}: holds the control character U+{ord(bad.group()):04X}; "
                      "give plain text")
    return value or None


def check_url(url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    bad = _BAD_URL.search(url)
    if bad:
        raise KGError(f"--url {url!r}: holds {bad.group()!r}, which a URL cannot hold "
                      "(percent-encode it, e.g. a space as %20)")
    try:
        parts = urlsplit(url)
        parts.port      # noqa: B018  (raises on a bad port)
    except ValueError:
        raise KGError(f"--url {url!r}: not a valid address") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise KGError(f"--url {url!r}: expected an http:// or https:// address")
    return url


def check_options(doc_id: str, title=None, publisher=None, url=None):
    """(title, publisher, url) as the draft should hold them, or a :class:`KGError`."""
    check_id(doc_id)
    return one_line("--title", title), one_line("--publisher", publisher), check_url(url)
