"""``--into DATA_DIR``: the draft becomes ``triples/ID.ttl``, its catalogue entry is added to
``triples/sources.ttl`` and the text is copied to the source-text folder (where evidence checks
and ``kg show --quote`` read it). Everything is prepared first and each file is written
atomically; an id already in the folder is refused unless ``replace``."""
from __future__ import annotations

import re
from pathlib import Path

from kg.ingest.draft import HEADER, MAX_SPANS, catalogue_entry, to_graph
from kg.model.atomic import atomic_write, atomic_write_text
from kg.model.errors import KGError
from kg.model.evidence import find_sources_dir
from kg.model.namespaces import PREFIXES


def _entry_turtle(draft) -> str:
    g = catalogue_entry(draft)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    body = g.serialize(format="turtle")
    return "\n".join(ln for ln in body.splitlines() if not ln.startswith("@prefix")).strip() + "\n"


def _without_entry(sources_ttl: str, doc_id: str) -> str:
    """sources.ttl with the block of ``doc:<doc_id>`` taken out (it ends at a blank line)."""
    rx = re.compile(rf"^doc:{re.escape(doc_id)}\s+a\s+nfo:SourceDocument\b.*?(?:\n\s*\n|\Z)",
                    re.S | re.M)
    return rx.sub("", sources_ttl)


def put_into(draft, data_dir: Path, replace: bool = False, texts: Path | None = None) -> Path:
    triples = data_dir / "triples"
    sources_ttl = triples / "sources.ttl"
    if not triples.is_dir() or not sources_ttl.is_file():
        raise KGError(f"{data_dir}: not a data folder (expected triples/sources.ttl)")
    target = triples / f"{draft.doc_id}.ttl"
    catalogue = sources_ttl.read_text(encoding="utf-8")
    listed = re.search(rf"^doc:{re.escape(draft.doc_id)}\s", catalogue, re.M) is not None
    if (target.exists() or listed) and not replace:
        raise KGError(f"{data_dir}: document {draft.doc_id!r} is already there "
                      "(pass --replace to replace it)")
    texts = Path(texts) if texts else find_sources_dir()
    if texts is None or not Path(texts).is_dir():
        raise KGError("--into needs the folder of source texts: pass --texts DIR or set KG_SOURCES")
    text_path = Path(texts) / draft.file_name
    if text_path.exists() and text_path.read_text(encoding="utf-8", errors="replace") != draft.text \
            and not replace:
        raise KGError(f"{text_path}: a different text with that name exists (pass --replace)")
    body = to_graph(draft, with_catalogue=False).serialize(format="turtle")
    doc_ttl = HEADER.format(doc=draft.doc_id, file=draft.file_name, cap=MAX_SPANS) + body
    if listed:
        catalogue = _without_entry(catalogue, draft.doc_id)
    new_catalogue = catalogue.rstrip("\n") + "\n\n" + _entry_turtle(draft)
    data = draft.text.encode("utf-8")
    atomic_write(text_path, lambda tmp: tmp.write_bytes(data))
    atomic_write_text(target, doc_ttl)
    atomic_write_text(sources_ttl, new_catalogue)
    return target
