"""The compact link index (the fast path of ``kg linked``): the same answer as the loaded graph
for every entity, never used when stale, edited or not the user's own, never for another store,
and no rdflib import on the way."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import cli
from kg.ask import lookup
from kg.ask.names import index as name_index
from kg.model import cache, iris, linkindex
from kg.model.errors import KGError
from kg.model.graph import load
from kg.model.linkindex import LinkIndex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
KG_BIN = Path(sys.executable).parent / "kg"


def _env(folder: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("KG_STORE", "KG_DATA", "KG_CACHE", lookup.INDEX_ENV)}
    return {**env, "KG_CACHE_DIR": str(folder), **extra}


def _kg(folder: Path, *args, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG_BIN), *map(str, args)], capture_output=True, text=True,
                          env=_env(folder, **extra), timeout=120)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A cache folder holding the parse cache and the link index of the shipped graph, both
    written by a real run of the command."""
    f = tmp_path_factory.mktemp("index-cache") / "cache"
    p = _kg(f, "linked", "Fugu", "--format", "json")
    assert p.returncode == 0, p.stderr
    assert len(list(f.glob("links-*.json"))) == 1
    return f


@pytest.fixture(scope="module")
def both(folder):
    """(the loaded KG, the index as the command reads it from disk)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(folder))
        kg = load(DATA)
        idx = linkindex.read(linkindex.input_files(DATA))
    assert isinstance(idx, LinkIndex)
    return kg, idx


def _answer(k, name, hops=1, type_=None, fmt="json", sources=False) -> str:
    """What ``kg linked`` prints (or its one-line error) over ``k``."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            cli._linked_answer(k, name, hops, type_, cli.Fmt(fmt), sources)
        except KGError as exc:
            print(f"error: {exc}")
    return buf.getvalue()


def _entity_names(kg) -> list[str]:
    """The canonical label of every named entity of the graph."""
    return sorted({n for entries in name_index(kg).names.values() for _, n, canonical in entries
                   if canonical})


def test_every_entity_gives_the_same_answer_at_one_hop(both):
    """JSON for every entity (it carries everything a table row is made of: labels, relation,
    via, parties, sources, reasons, matches), the table itself for every sixth."""
    kg, idx = both
    names = _entity_names(kg)
    assert len(names) > 500
    differ, inferred = [], 0
    for i, n in enumerate(names):
        fast = _answer(idx, n)
        if fast != _answer(kg, n):
            differ.append((n, "json"))
        if i % 6 == 0 and _answer(idx, n, fmt="table") != _answer(kg, n, fmt="table"):
            differ.append((n, "table"))
        for link in json.loads(fast).get("links", []) if fast.startswith("{") else ():
            if "inferred" in link["sources"]:     # an inference shows as such, with its reason
                assert link.get("inferred"), (n, link)
                inferred += 1
    assert differ == []
    assert inferred > 0
    payload = json.loads(_answer(idx, "Fugu"))
    assert payload["links"] and all(l["sources"] for l in payload["links"])


def test_a_sample_at_more_hops_with_a_type_and_sources_is_the_same(both):
    kg, idx = both
    names = _entity_names(kg)[::90]
    for n in names:
        assert _answer(kg, n, hops=2) == _answer(idx, n, hops=2), n
    for n in names[:3]:
        assert _answer(kg, n, hops=3, fmt="table") == _answer(idx, n, hops=3, fmt="table"), n
    for cls in ("Person", "Organization", "Event", "Policy", "nfo:Place", "Metal"):
        for n, hops in (("Fugu", 2), ("Magnesium", 1), ("Baowu Magnesium", 1)):
            assert _answer(kg, n, hops, cls) == _answer(idx, n, hops, cls), (n, cls)
    assert _answer(kg, "CNIA", sources=True, fmt="table") == \
        _answer(idx, "CNIA", sources=True, fmt="table")
    # user errors read the same: unknown class, unknown name, ambiguous short names
    for n, cls in (("Fugu", "Spaceship"), ("Xyzzy Metals Corp", None), ("", None),
                   ("magnesium", None), ("陕西", None), ("baotai", None)):
        assert _answer(kg, n, 1, cls) == _answer(idx, n, 1, cls), (n, cls)


def test_the_command_takes_the_fast_path_without_rdflib(folder):
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg", "linked", "Fugu",
                        "--format", "json"], capture_output=True, text=True, env=_env(folder),
                       timeout=120)
    assert p.returncode == 0, p.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in p.stderr.splitlines()
                if line.startswith("import time:")]
    assert "kg.model.linkindex" in imported
    assert not [m for m in imported if m.split(".")[0] in ("rdflib", "pyoxigraph", "networkx")]
    slow = _kg(folder, "linked", "Fugu", "--format", "json", **{lookup.INDEX_ENV: "0"})
    assert slow.returncode == 0 and p.stdout == slow.stdout


@pytest.mark.parametrize("args", [("linked", "Fugu"), ("linked", "CNIA", "--hops", "2", "--type", "Organization"),
                                  ("linked", "Baowu Magnesium", "--sources", "--format", "csv")])
def test_the_command_prints_the_same_either_way(folder, args):
    fast = _kg(folder, *args)
    slow = _kg(folder, *args, **{lookup.INDEX_ENV: "0"})
    assert fast.returncode == slow.returncode == 0, fast.stderr + slow.stderr
    assert fast.stdout == slow.stdout and fast.stdout


def _tamper(entry: Path) -> None:
    """Rename Fugu County in the index, with its digest made right again."""
    head, _, body = entry.read_bytes().partition(b"\n")
    body = body.replace(b'"Fugu County"', b'"TAMPERED County"')
    entry.write_bytes(cache._digest(body) + b"\n" + body)


@pytest.fixture
def copy(folder, tmp_path) -> Path:
    dest = tmp_path / "cache"
    shutil.copytree(folder, dest)
    dest.chmod(0o700)
    return dest


def _fugu(f: Path, **extra) -> str:
    p = _kg(f, "linked", "Fugu County", "--format", "json", **extra)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_an_edited_or_broken_index_is_not_read_and_is_written_again(copy):
    [entry] = copy.glob("links-*.json")
    _tamper(entry)
    assert "TAMPERED" in _fugu(copy)              # the control: a consistent index is read
    for damage in (lambda b: b.replace(b"TAMPERED", b"TAMPERES"),      # digest no longer fits
                   lambda b: b[:5000],                                   # cut short
                   lambda b: cache._digest(b"[1, 2]") + b"\n[1, 2]"):   # sound JSON, not ours
        _tamper(entry)
        entry.write_bytes(damage(entry.read_bytes()))
        out = _fugu(copy)
        assert "TAMPERE" not in out and '"Fugu County"' in out
        # written again: a sound index that the next run reads
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("KG_CACHE_DIR", str(copy))
            assert isinstance(linkindex.read(linkindex.input_files(DATA)), LinkIndex)


def _read(folder: Path):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(folder))
        return linkindex.read(linkindex.input_files(DATA))


def test_an_index_others_can_write_or_own_is_not_read(copy):
    [entry] = copy.glob("links-*.json")
    _tamper(entry)
    assert "TAMPERED" in _read(copy).label("https://w3id.org/nfkg/id/fugu-county")   # control
    entry.chmod(0o666)
    assert _read(copy) is None
    assert "TAMPERED" not in _fugu(copy)
    assert entry.stat().st_mode & 0o777 == 0o600       # replaced by a fresh one of ours
    _tamper(entry)
    copy.chmod(0o777)                                  # a folder others can write: no cache
    assert _read(copy) is None
    copy.chmod(0o700)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # only root can give a file away
        os.chown(entry, 12345, -1)
        assert _read(copy) is None
        os.chown(entry, 0, -1)
    assert _read(copy) is not None
    elsewhere = copy / "elsewhere.json"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)                        # a link is not followed
    assert _read(copy) is None


def test_an_edited_data_file_means_a_new_index(copy, data_copy):
    first = _kg(copy, "linked", "Fugu Testshire", "--data", data_copy)
    assert first.returncode == 1 and "Fugu Testshire" in first.stderr
    before = set(copy.glob("links-*.json"))
    assert before
    ref = data_copy / "triples" / "reference.ttl"
    ref.write_text(ref.read_text(encoding="utf-8")
                   + '\nnf:fugu-county skos:altLabel "Fugu Testshire" .\n', encoding="utf-8")
    second = _kg(copy, "linked", "Fugu Testshire", "--format", "json", "--data", data_copy)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["matches"][0]["label"] == "Fugu County"
    assert len(set(copy.glob("links-*.json")) - before) == 1


def test_another_store_or_no_cache_never_uses_the_index(copy):
    [entry] = copy.glob("links-*.json")
    _tamper(entry)
    assert "TAMPERED" not in _fugu(copy, **{lookup.INDEX_ENV: "0"})
    p = _kg(copy, "linked", "Fugu", "--store", "sparql:http://127.0.0.1:9/sparql")
    assert p.returncode == 1 and "TAMPERED" not in p.stdout
    assert p.stderr.startswith("error:") and len(p.stderr.strip().splitlines()) == 1
    entry.unlink()
    assert "TAMPERED" not in _fugu(copy, KG_CACHE="0")     # no cache: nothing read or written
    assert not list(copy.glob("links-*.json"))


def test_other_commands_still_work_beside_the_index(folder):
    for args in (("show", "CNIA"), ("path", "Baowu Magnesium", "Fugu County")):
        p = _kg(folder, *args)
        assert p.returncode == 0 and p.stdout.strip(), (args, p.stderr)


def test_the_plain_constants_and_file_list_agree_with_the_loader(data_copy):
    from rdflib import URIRef

    from kg.ask import links
    from kg.model import layout, namespaces

    assert iris.NFO == str(namespaces.NFO) and iris.NF == str(namespaces.NF)
    assert iris.DOC == str(namespaces.DOC) and iris.ORG == str(namespaces.ORG)
    assert iris.INFERRED == layout.INFERRED
    assert links.RELATION_CLASSES == tuple(URIRef(c) for c in iris.RELATION_CLASSES)
    assert all(isinstance(k, URIRef) for k in links._ROLE_NODES)
    onto = layout.ontology_files(layout.default_ontology_dir())
    assert linkindex.input_files(None) == onto + layout.data_files(layout.default_data_dir())
    assert linkindex.input_files(data_copy) == onto + layout.data_files(data_copy)
    assert linkindex.input_files(data_copy / "nowhere") is None


def test_class_names_resolve_alike(both):
    kg, idx = both
    for name in ("Person", "person", "nfo:Event", iris.NFO + "Policy", "Spaceship", "org:Post"):
        try:
            want = str(kg.resolve_class(name))
        except KGError as exc:
            want = f"error: {exc}"
        try:
            got = idx.resolve_class(name)
        except KGError as exc:
            got = f"error: {exc}"
        assert got == want, name
