"""``--into DATA_DIR``: the draft becomes ``triples/ID.ttl``, its catalogue entry is added to
``triples/sources.ttl`` and the text is copied to the source-text folder (where evidence checks
and ``kg show --quote`` read it). Everything is checked and prepared first, then the files
are written as one change (all or none, :func:`kg.model.atomic.replace_files`). An id already in
the folder is refused unless ``replace``, which replaces the whole document: its other files
(``ID.partN.ttl``, ``ID.figures.ttl``, ``inferred.ID.ttl``) are removed, since they describe
the old text, and so is the old text when the new one comes under another file name."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.output.draft import catalogue_entry, to_turtle
from kg.model.atomic import replace_files
from kg.model.errors import KGError
from kg.model.evidence import find_sources_dir
from kg.model.layout import document_id
from kg.model.namespaces import DOC, NFO, PREFIXES

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


_PREFIX_LINE = re.compile(r"^[ \t]*(?:@prefix|PREFIX)[ \t]+([A-Za-z][\w.-]*)?:[ \t]*<([^>]*)>",
                          re.M | re.I)


def _declared(catalogue: str) -> dict[str, str]:
    """The prefixes the catalogue declares (the last declaration of each: the one the end of the
    file, where an entry is added, reads)."""
    return {m.group(1) or "": m.group(2) for m in _PREFIX_LINE.finditer(catalogue)}


def _entry_turtle(draft, declared: dict[str, str] | None = None) -> str:
    """The draft's catalogue entry as Turtle to add at the end of ``sources.ttl``, with an
    ``@prefix`` line for each prefix it uses that the catalogue does not declare as we do."""
    g = catalogue_entry(draft)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    body = g.serialize(format="turtle")
    declared = declared or {}
    lines = [ln for ln in body.splitlines()
             if not ln.startswith("@prefix") or _missing(ln, declared)]
    return "\n".join(lines).strip() + "\n"


def _missing(prefix_line: str, declared: dict[str, str]) -> bool:
    m = _PREFIX_LINE.match(prefix_line)
    return m is None or declared.get(m.group(1) or "") != m.group(2)


def _without_entry(sources_ttl: str, doc_id: str) -> str:
    """sources.ttl with the statement of ``doc:<doc_id>`` taken out: from its subject to the
    first line that ends with the statement's full stop (and the blank lines after it), whether
    or not a blank line follows. The result is checked by parsing (:func:`_checked`)."""
    # (a full stop or a "#" inside a string or an IRI -- a title "Output up 5%. #1 smelter
    # expands" -- is no end of the statement nor a comment: strings and IRIs are read whole)
    rx = re.compile(rf"^doc:{re.escape(doc_id)}\s+a\s+nfo:SourceDocument\b"
                    r"(?:\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|\"(?:[^\"\\\n]|\\.)*\""
                    r"|'(?:[^'\\\n]|\\.)*'|<[^>\n]*>|[^\"'<.]|\.(?=[^\s#]))*?\.[ \t]*"
                    r"(?:#[^\n]*)?(?:\n[ \t]*)*(?:\n|\Z)", re.M)
    return rx.sub("", sources_ttl, count=1)


def _parse(text: str, where: Path):
    from rdflib import Graph
    try:
        return Graph().parse(data=text, format="turtle")
    except Exception as exc:        # rdflib raises many kinds for bad Turtle
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise KGError(f"{where}: not valid Turtle ({first}); fix it before --into") from None


def _checked(old_graph, new_catalogue: str, draft, sources_ttl: Path) -> None:
    """The new catalogue holds exactly the old one's statements less the old entry of the
    document, plus the new entry: nothing of another document taken out or changed."""
    doc = DOC[draft.doc_id]
    new = set(_parse(new_catalogue, sources_ttl))
    entry = set(catalogue_entry(draft))
    keep = {t for t in old_graph if t[0] != doc}
    if new != keep | entry:
        lost = len(keep - new)
        raise KGError(f"{sources_ttl}: the entry of {draft.doc_id!r} cannot be "
                      f"{'replaced' if (doc, None, None) in old_graph else 'added'} without "
                      f"touching other statements ({lost} would be lost or changed); "
                      "edit the catalogue by hand")


def _text_owner(catalogue_graph, file_name: str) -> str | None:
    """The document the catalogue gives the text ``file_name`` to (None when no document)."""
    from rdflib import Literal
    for doc in catalogue_graph.subjects(NFO.fileName, Literal(file_name)):
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
    """Every check, then the plan (a refusal is a :class:`KGError` naming what and where; a path
    that cannot even be looked at -- a name too long, a loop of links -- is one too)."""
    try:
        return _prepare(draft, Path(data_dir), replace, texts)
    except OSError as exc:
        raise KGError(f"{exc.filename or data_dir}: cannot use it ({exc.strerror or exc})") from None
    except RuntimeError as exc:     # Path.resolve() on a loop of symbolic links
        raise KGError(f"--into/--texts: {exc}") from None


def _prepare(draft, data_dir: Path, replace: bool, texts: Path | None) -> IntoPlan:
    triples = data_dir / "triples"
    sources_ttl = triples / "sources.ttl"
    if not triples.is_dir() or not sources_ttl.is_file():
        raise KGError(f"{data_dir}: not a data folder (expected triples/sources.ttl)")
    target = triples / f"{draft.doc_id}.ttl"
    try:
        catalogue = sources_ttl.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KGError(f"{sources_ttl}: not UTF-8 text (byte offset {exc.start}); fix it before "
                      "--into") from None
    except OSError as exc:
        raise KGError(f"{sources_ttl}: cannot read it ({exc.strerror or exc})") from None
    old_graph = _parse(catalogue, sources_ttl)
    listed = (DOC[draft.doc_id], None, None) in old_graph or re.search(
        rf"^doc:{re.escape(draft.doc_id)}\s", catalogue, re.M) is not None
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
    owner = _text_owner(old_graph, draft.file_name)
    if owner is not None and owner != draft.doc_id:
        raise KGError(f"{text_path}: that file name belongs to document {owner!r}; "
                      "rename the article (e.g. to its id) and ingest it again")
    if text_path.exists() and not text_path.is_file():
        raise KGError(f"{text_path}: exists and is not a regular file")
    if text_path.exists() and text_path.read_text(encoding="utf-8", errors="replace") != draft.stored:
        if owner is None and replace:       # --replace replaces the document's text, no other
            raise KGError(f"{text_path}: a different text with that name exists and no document "
                          f"of the catalogue has it; rename the article (e.g. to "
                          f"{draft.doc_id}.txt)")
        if not replace:
            raise KGError(f"{text_path}: a different text with that name exists (pass --replace)")
    doc_ttl = to_turtle(draft, with_catalogue=False)
    declared = _declared(catalogue)
    if listed:
        catalogue = _without_entry(catalogue, draft.doc_id)
    new_catalogue = catalogue.rstrip("\n") + "\n\n" + _entry_turtle(draft, declared)
    _checked(old_graph, new_catalogue, draft, sources_ttl)     # parses; nothing else changed
    contents = {text_path: draft.stored.encode("utf-8"), target: doc_ttl.encode("utf-8"),
                sources_ttl: new_catalogue.encode("utf-8")}
    remove = [f for f in existing if f != target]      # a replaced document's other files
    old_text = _old_text(old_graph, draft, Path(texts)) if listed else None
    if old_text is not None:
        remove.append(old_text)
    return IntoPlan(target, contents, remove)


def _old_text(catalogue_graph, draft, texts: Path) -> Path | None:
    """The text a replaced document had under another file name (the article ingested again from
    a renamed file): it describes the old document, so it goes with it, unless the catalogue
    gives that name to another document too, or the name is no plain file name of the folder."""
    from rdflib import Literal
    doc = DOC[draft.doc_id]
    for name in catalogue_graph.objects(doc, NFO.fileName):
        name = str(name)
        if name == draft.file_name or not name or name in (".", "..") or "/" in name or \
                "\\" in name or _CONTROL.search(name):
            continue
        if any(d != doc for d in catalogue_graph.subjects(NFO.fileName, Literal(name))):
            continue
        path = texts / name
        if path.is_file() and not path.is_symlink():
            return path
    return None


def put_into(draft, data_dir: Path, replace: bool = False, texts: Path | None = None) -> Path:
    """Check, prepare and write in one step (all files or none)."""
    return prepare_into(draft, data_dir, replace=replace, texts=texts).commit()
