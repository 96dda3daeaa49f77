"""``--into DATA_DIR``: the draft becomes ``triples/ID.ttl``, its catalogue entry is added to
``triples/sources.ttl`` and the text is copied to the source-text folder (where evidence checks
and ``kg show --quote`` read it). Everything is checked and prepared first, then the files
are written as one change (all or none, :func:`kg.model.atomic.replace_files`). An id already in
the folder is refused unless ``replace``, which replaces the whole document: its other files
(``ID.partN.ttl``, ``ID.figures.ttl``, ``inferred.ID.ttl``) are removed, since they describe
the old text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.output.draft import catalogue_entry, to_turtle
from kg.model.atomic import replace_files
from kg.model.errors import KGError
from kg.model.evidence import find_sources_dir
from kg.model.layout import document_id
from kg.model.namespaces import NFO, PREFIXES

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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


def _text_owner(sources_ttl: Path, file_name: str) -> str | None:
    """The document the catalogue gives the text ``file_name`` to (None when no document)."""
    from rdflib import Graph, Literal
    g = Graph().parse(sources_ttl, format="turtle")
    for doc in g.subjects(NFO.fileName, Literal(file_name)):
        return str(doc).rsplit("/", 1)[-1]
    return None


def document_files(triples: Path, doc_id: str) -> list[Path]:
    """Every file of a document in ``triples/``: ``ID.ttl``, ``ID.partN.ttl``, ``ID.figures.ttl``
    and ``inferred.ID.ttl``."""
    own = [f for f in sorted(triples.glob("*.ttl")) if document_id(f) == doc_id]
    inferred = triples / f"inferred.{doc_id}.ttl"
    return own + ([inferred] if inferred.exists() else [])


@dataclass
class IntoPlan:
    """What ``--into`` will change, checked and prepared before anything is written."""
    target: Path
    contents: dict          # path -> bytes
    remove: list            # other files of a replaced document

    def commit(self) -> Path:
        replace_files(self.contents, self.remove)
        return self.target


def prepare_into(draft, data_dir: Path, replace: bool = False,
                 texts: Path | None = None) -> IntoPlan:
    triples = data_dir / "triples"
    sources_ttl = triples / "sources.ttl"
    if not triples.is_dir() or not sources_ttl.is_file():
        raise KGError(f"{data_dir}: not a data folder (expected triples/sources.ttl)")
    target = triples / f"{draft.doc_id}.ttl"
    catalogue = sources_ttl.read_text(encoding="utf-8")
    listed = re.search(rf"^doc:{re.escape(draft.doc_id)}\s", catalogue, re.M) is not None
    existing = document_files(triples, draft.doc_id)
    if (existing or listed) and not replace:
        raise KGError(f"{data_dir}: document {draft.doc_id!r} is already there "
                      "(pass --replace to replace it)")
    if texts and not Path(texts).is_dir():
        raise KGError(f"{texts}: not a folder (--texts names the folder of source texts)")
    texts = Path(texts) if texts else find_sources_dir()
    if texts is None or not Path(texts).is_dir():
        raise KGError("--into needs the folder of source texts: pass --texts DIR or set KG_SOURCES")
    if _CONTROL.search(draft.file_name):
        raise KGError(f"{draft.file_name!r}: the article's file name holds a control character; "
                      f"rename it (e.g. to {draft.doc_id}.txt)")
    text_path = Path(texts) / draft.file_name
    if Path(texts).resolve() == triples.resolve():
        raise KGError(f"{texts}: is the data folder's triples folder; --texts names the folder "
                      "of source texts")
    owner = _text_owner(sources_ttl, draft.file_name)
    if owner is not None and owner != draft.doc_id:
        raise KGError(f"{text_path}: that file name belongs to document {owner!r}; "
                      "rename the article (e.g. to its id) and ingest it again")
    if text_path.exists() and not text_path.is_file():
        raise KGError(f"{text_path}: exists and is not a regular file")
    if text_path.exists() and text_path.read_text(encoding="utf-8", errors="replace") != draft.text \
            and not replace:
        raise KGError(f"{text_path}: a different text with that name exists (pass --replace)")
    doc_ttl = to_turtle(draft, with_catalogue=False)
    if listed:
        catalogue = _without_entry(catalogue, draft.doc_id)
    new_catalogue = catalogue.rstrip("\n") + "\n\n" + _entry_turtle(draft)
    contents = {text_path: draft.text.encode("utf-8"), target: doc_ttl.encode("utf-8"),
                sources_ttl: new_catalogue.encode("utf-8")}
    remove = [f for f in existing if f != target]      # a replaced document's other files
    return IntoPlan(target, contents, remove)


def put_into(draft, data_dir: Path, replace: bool = False, texts: Path | None = None) -> Path:
    """Check, prepare and write in one step (all files or none)."""
    return prepare_into(draft, data_dir, replace=replace, texts=texts).commit()
