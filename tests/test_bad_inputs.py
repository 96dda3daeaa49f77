"""The bad-input matrix and a seeded fuzz of names through the CLI: no traceback, and every user
error is exactly one line on stderr with a non-zero exit.

In-process runs (Typer's CliRunner) share one loaded graph, so thousands of runs stay quick;
usage errors (bad --format, --hops, unknown commands) go through the real ``kg`` entry point in
a subprocess, since their one-line form is made there.
"""
from __future__ import annotations

import os
import random
import stat
import subprocess
import sys

import pytest

import kg.cli as cli
from kg.cli import app

NAMES = [
    "", "   ", "\t\n", "x" * 10_000, "Fugu\x1b[31mred\x07", "\x00", "\r\n\x7f\x9b",
    "baowu [/x]", "[bold]Fugu[/bold]", "[link=http://x]y[/link]", "<script>alert(1)</script>",
    "{}", "宝武镁业", "府谷", "镁", "Zzyzx Unknown Thing", "Chongqing Boao",
    "China", "\u202eevil", "https://w3id.org/nfkg/id/nope", "http://", "nf:fugu", "'\"", "\\",
]


@pytest.fixture(scope="module")
def invoke(kg, tmp_path_factory):
    """Run ``kg ARGS`` in-process over the session graph (``--data``/``--store`` still parsed)."""
    from typer.testing import CliRunner

    import typer.testing

    runner = CliRunner()
    # build the Click command once: Typer rebuilds it from the functions on every invoke,
    # which is most of an in-process call's time
    built, real_get = typer.main.get_command(app), typer.testing._get_command
    typer.testing._get_command = lambda a: built if a is app else real_get(a)
    real = cli._load
    cli._load = lambda data, store=None: kg if data is None and store is None else real(data, store)
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("out"))       # `kg view` writes kg-view.html here
    try:
        yield lambda args: runner.invoke(app, args)
    finally:
        cli._load = real
        typer.testing._get_command = real_get
        os.chdir(cwd)


def check(r, args):
    """0 and output, or a one-line error on stderr and a non-zero exit; never a traceback."""
    shown = [a[:60] for a in args]
    assert r.exception is None or isinstance(r.exception, SystemExit), (shown, repr(r.exception))
    assert "Traceback" not in r.output + r.stderr, shown
    if r.exit_code != 0:
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(("error:", "warning:")), (shown, r.stderr)
        assert "\x1b" not in r.stderr and "\x00" not in r.stderr, shown
    return r


def commands_for(name: str) -> list[list[str]]:
    return [["linked", name], ["linked", name, "--format", "json"], ["show", name],
            ["search", name], ["path", name, "Fugu"], ["timeline", "--in", name],
            ["timeline", "--about", name], ["view", name, "-o", "v.html"],
            ["figures", name], ["linked", "Fugu", "--type", name],
            ["sparql", "org-policies", "--param", f"issuer={name}"]]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_matrix_names(invoke, name):
    for args in commands_for(name):
        r = check(invoke(args), args)
        if r.exit_code == 0 and args[-1] != "json":
            assert "\x1b[31m" not in r.stdout       # escape sequences in data never reach raw


def test_matrix_sparql_texts(invoke):
    for q in ["", " ", "SELECT", "x" * 10_000, "SELECT * WHERE { ?s ?p ?o } LIMIT [/x]",
              "SELECT ?x WHERE { BIND(\"\x1b[2J\" AS ?x) }", "(" * 5000, "宝武"]:
        check(invoke(["sparql", q]), ["sparql", q])


def test_no_match_search_names_nearest(invoke):
    r = invoke(["search", "baowu [/x]"])
    assert r.exit_code == 1 and "nearest names" in r.stderr and "Baowu" in r.stderr


def test_markup_in_search_is_data(invoke):
    r = invoke(["search", "baowu [/x]"])
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "baowu [/x]" in r.stdout + r.stderr


def test_control_chars_escaped_in_table(invoke):
    q = 'SELECT ?x WHERE { BIND("a\\u001b[2Jb" AS ?x) }'
    r = invoke(["sparql", q])
    assert r.exit_code == 0 and "\x1b" not in r.stdout and "\\x1b[2J" in r.stdout
    r = invoke(["sparql", q, "--format", "json"])
    assert "\\u001b[2J" in r.stdout                 # JSON keeps the data exact


def test_bad_data_and_store(invoke, tmp_path):
    (tmp_path / "f").write_text("x")
    for args in (["linked", "Fugu", "--data", str(tmp_path / "missing")],
                 ["linked", "Fugu", "--data", str(tmp_path / "f")],
                 ["linked", "Fugu", "--data", str(tmp_path)],
                 ["linked", "Fugu", "--store", "nosuch:x"],
                 ["linked", "Fugu", "--store", f"oxigraph:{tmp_path / 'none'}"],
                 ["linked", "Fugu", "--store", "sparql:not a url"]):
        r = check(invoke(args), args)
        assert r.exit_code != 0, args


def test_outputs_device_and_unwritable(invoke, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    for out, ok in (("/dev/null", True), ("/dev/full", False), (str(tmp_path / "no" / "x.html"), False),
                    (str(tmp_path), False), (str(ro / "x.html"), os.geteuid() == 0)):
        for args in (["view", "Fugu", "-o", out, "--force"], ["export", "-f", "ttl", "-o", out, "--force"]):
            r = check(invoke(args), args)
            assert (r.exit_code == 0) == ok, (args, r.stderr)
    for dev in ("/dev/null", "/dev/full"):
        assert stat.S_ISCHR(os.stat(dev).st_mode)      # never replaced by a regular file
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with open(tmp_path / "got", "wb") as sink:
        reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
        r = check(invoke(["view", "Fugu", "-o", str(fifo)]), ["view fifo"])
        reader.wait(timeout=30)
    got = (tmp_path / "got").read_bytes()
    assert r.exit_code == 0 and b"<html" in got and stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("args", [
    ["linked", "Fugu", "--format", "xml"], ["linked", "Fugu", "--hops", "0"],
    ["linked", "Fugu", "--hops", "abc"], ["linked", "Fugu", "--hops", "99"], ["nosuch"],
    ["linked"], ["search", "x", "--limit", "-1"],
])
def test_usage_errors_one_line(args):
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("error:")


def test_strict_ascii_output():
    env = {**os.environ, "PYTHONIOENCODING": "ascii:strict"}
    for args in (["show", "Fugu"], ["search", "宝武", "--format", "json"], ["search", "宝武"]):
        r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                           env=env)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    import json
    assert json.loads(r.stdout if args[-1] == "json" else subprocess.run(
        [sys.executable, "-m", "kg", "search", "宝武", "--format", "json"], capture_output=True,
        text=True, env=env).stdout)["query"] == "宝武"


def test_fuzz_names(invoke):
    rnd = random.Random(20240611)
    alphabet = ("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-_.,'\"()[]{}<>/\\|*?+^$#@!%&=~`"
                "\x00\x07\x1b\t\n\r\x7f\u202e镁铝宝武府谷陕西中国")
    # after "--" a name that starts with "-" is a name, not an option
    # (`show` is in the matrix: a name that matches many entities prints every card, slowly)
    cmds = [lambda n: ["linked", "--", n], lambda n: ["search", "--", n],
            lambda n: ["linked", "--format", "json", "--", n]]
    errors = 0
    for i in range(300):        # 2,000 took 70 s of a suite near its 10-minute limit, 600 18 s
        n = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        args = cmds[i % len(cmds)](n)
        r = check(invoke(args), args)
        errors += r.exit_code != 0
    assert errors > 0          # the fuzz does reach the error paths
