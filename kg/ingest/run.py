"""``kg ingest`` as a library call: read, draft, write the outputs (atomically, refusing to
replace an existing file unless ``force``), optionally the review page and ``--into``. ``kg``
is a graph or the ingest snapshot (:mod:`kg.ingest.knowledge.snapshot`); the review page and
``--publisher`` use the graph itself."""
from __future__ import annotations

from pathlib import Path

from kg.ingest.stages import skipped
from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.events.years import missing_year_note
from kg.ingest.reading.unreal_days import unreal_days_note
from kg.ingest.knowledge.snapshot import graph_of
from kg.ingest.output.interrupts import held
from kg.ingest.reading.options import check_options
from kg.ingest.reading.text import read_article
from kg.model.atomic import atomic_write_text, folder_lock, replace_files, write_target
from kg.model.errors import KGError


def _check_output(path: Path, force: bool) -> None:
    try:
        _check_output_path(path, force)
    except (OSError, RuntimeError) as exc:      # a name too long, a loop of links
        raise KGError(f"{path}: cannot be written ({getattr(exc, 'strerror', None) or exc})")


def _check_output_path(path: Path, force: bool) -> None:
    if path.is_symlink() and not path.exists():
        raise KGError(f"{path}: is a link to nothing (or a loop of links); name another file")
    if path.is_dir():
        raise KGError(f"{path}: is a folder; name the file to write")
    if path.exists() and not force:
        raise KGError(f"{path}: already exists (pass --force to replace it)")
    if not path.parent.is_dir():
        raise KGError(f"{path.parent}: is a file, not a folder" if path.parent.exists()
                      else f"{path.parent}: folder not found")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
    except OSError:
        return False
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):             # a loop of links names no file
        return False


def run(kg, path: Path, doc_id: str, output: Path, review: Path | None = None,
        title=None, date=None, publisher=None, url=None, force=False,
        into: Path | None = None, replace: bool = False, texts: Path | None = None):
    title, publisher, url = check_options(doc_id, title, publisher, url)
    output = Path(output)
    _check_output(output, force)
    if review is not None:
        _check_output(Path(review), force)
        if _same_file(output, Path(review)):
            raise KGError(f"{review}: --review and --output name the same file")
    for out in (output, review):
        if out is not None and _same_file(Path(path), Path(out)):
            raise KGError(f"{out}: is the article being read; write the draft elsewhere")
    article = read_article(path)
    if publisher:
        try:
            from kg.ask import names
            matches = names.resolve(graph_of(kg), publisher)
            if len(matches) == 1:
                publisher = matches[0].iri
        except KGError:
            pass
    draft = ingest(kg, article, doc_id, title=title, date=date, publisher=publisher, url=url)
    turtle = to_turtle(draft)
    page = None
    if review is not None:
        from kg.ingest.output.review import render_review
        page = render_review(graph_of(kg), draft)
    if into is None:
        with held():
            _write(output, turtle, review, page)
        return draft
    from kg.ingest.output.into import prepare_into
    plan = prepare_into(draft, Path(into), replace=replace, texts=texts)   # a refusal touches nothing
    _not_into_files(plan, output, review)
    # one writer at a time: from reading the catalogue to swapping the new one in
    with folder_lock(Path(into)):
        plan = prepare_into(draft, Path(into), replace=replace, texts=texts)   # all checks first
        _not_into_files(plan, output, review)
        with held():        # Ctrl-C or SIGTERM waits until every file is in place
            _write(output, turtle, review, page, plan)
    draft.removed = [str(p) for p in plan.remove]
    return draft


def _not_into_files(plan, output: Path, review: Path | None) -> None:
    """-o and --review name files --into does not also write (or remove): one would silently
    overwrite the other."""
    for opt, out in (("--output", output), ("--review", review)):
        if out is None:
            continue
        for f in list(plan.contents) + list(plan.remove):
            if _same_file(Path(out), Path(f)):
                raise KGError(f"{out}: {opt} names a file --into also "
                              f"{'writes' if f in plan.contents else 'removes'}; "
                              "write it elsewhere")


def _write(output, turtle, review, page, plan=None) -> None:
    """-o, --review and --into's files as one change: all of them or none (a --review or an
    --into file that cannot be written leaves no draft behind, nor an old one replaced). A
    device or a FIFO (-o /dev/stdout) cannot be taken back: it is written last, once the
    files are in place."""
    files = [(Path(output), turtle)] + ([(Path(review), page)] if review is not None else [])
    contents = dict(plan.contents) if plan is not None else {}
    direct = []
    for path, text in files:
        regular = write_target(path)
        if regular is None:
            direct.append((path, text))
        else:
            contents[regular] = text.encode("utf-8")
    replace_files(contents, plan.remove if plan is not None else ())
    for path, text in direct:
        atomic_write_text(path, text)


def summary(draft) -> dict:
    known = draft.known()
    new = draft.new()
    rel = sum(len(e.statements) for e in draft.entities.values())
    return {
        "id": draft.doc_id, "title": draft.title,
        "date": str(draft.date) if draft.date is not None else None,
        "known_entities": len(known),
        "known_mentions": sum(len(e.mentions) for e in known),
        "new_entities": len([e for e in new if not e.role]),
        "relation_nodes": len([e for e in new if e.role]),
        "statements": rel,
        "replaced_files": draft.removed,
        # (a draft with a date of its own, given or read, has a year for its days)
        "warnings": [n for n in [missing_year_note(
            draft.text, str(draft.date) if draft.date is not None else None),
            draft.date_note, getattr(draft, "id_note", None), unreal_days_note(draft.text)]
                     if n] + skipped(draft),
        "entities": [{"iri": str(e.iri), "label": e.label, "class": str(e.cls).rsplit("#", 1)[-1],
                      "known": e.known, "mentions": len(e.mentions), "rule": e.rule,
                      "confidence": round(e.confidence, 2)}
                     for e in sorted(draft.entities.values(), key=lambda e: (not e.known, e.label))],
    }
