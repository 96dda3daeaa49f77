"""Round 33, speed: the `kg ingest` command imports the package's own modules the short way
(kg/ingest/quick_imports.py: the same spec and code as Python's own machinery, which still
handles anything else), and the rules read the article in lower case from one kept copy
(reading/caseless.lower_text)."""
from __future__ import annotations

import importlib
import importlib.machinery
import os
import subprocess
import sys
import textwrap

import pytest

from kg.ingest import quick_imports
from kg.ingest.reading import caseless


def _package(tmp_path, name: str) -> str:
    root = tmp_path / name
    (root / "inner").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "plain.py").write_text("VALUE = 1\n\ndef twice(x):\n    return 2 * x\n")
    (root / "inner" / "__init__.py").write_text("")
    (root / "sibling.py").write_text("from . import plain\nVALUE = plain.VALUE + 1\n")
    return str(root)


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_finder_gives_pythons_spec_and_code(tmp_path, monkeypatch):
    """A module of the package: the spec (origin, cached file, parent, location) and the code
    Python's own finder and loader give, read from the compiled file Python wrote."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pyc"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    folder = _package(tmp_path, "qipkg_a")
    std = importlib.machinery.PathFinder.find_spec("qipkg_a.plain", [folder])
    std_code = std.loader.get_code("qipkg_a.plain")      # (writes the compiled file)
    assert os.path.exists(std.cached)
    ours = quick_imports.Finder("qipkg_a.").find_spec("qipkg_a.plain", [folder])
    assert (ours.name, ours.origin, ours.cached, ours.parent, ours.has_location,
            ours.submodule_search_locations) == \
        (std.name, std.origin, std.cached, std.parent, std.has_location,
         std.submodule_search_locations)
    assert isinstance(ours.loader, importlib.machinery.SourceFileLoader)
    code = ours.loader.get_code("qipkg_a.plain")
    assert code == std_code and code.co_filename == std_code.co_filename
    # a package, a name not there, another prefix: Python's own way
    finder = quick_imports.Finder("qipkg_a.")
    assert finder.find_spec("qipkg_a.inner", [folder]) is None
    assert finder.find_spec("qipkg_a.missing", [folder]) is None
    assert finder.find_spec("other.plain", [folder]) is None
    assert finder.find_spec("qipkg_a.plain", ["relative/folder"]) is None


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_finder_falls_back_on_a_stale_or_missing_compiled_file(tmp_path, monkeypatch):
    """An edited source (its compiled file stale) or no compiled file yet: the source's code,
    compiled and written as Python does."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pyc"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    folder = _package(tmp_path, "qipkg_b")
    finder = quick_imports.Finder("qipkg_b.")
    spec = finder.find_spec("qipkg_b.plain", [folder])
    assert not os.path.exists(spec.cached)
    code = spec.loader.get_code("qipkg_b.plain")             # none yet: compiled, written
    assert os.path.exists(spec.cached)
    ns: dict = {}
    exec(code, ns)
    assert ns["VALUE"] == 1
    with open(os.path.join(folder, "plain.py"), "a") as fh:
        fh.write("VALUE = 7  # edited\n")
    spec = quick_imports.Finder("qipkg_b.").find_spec("qipkg_b.plain", [folder])
    ns = {}
    exec(spec.loader.get_code("qipkg_b.plain"), ns)
    assert ns["VALUE"] == 7


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_modules_imported_within_the_block_are_pythons(tmp_path):
    """Imported within the block (a module, a relative import, a package): the same attributes
    as imported without it, and the finder gone after the block."""
    folder = _package(tmp_path, "qipkg_c")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from kg.ingest import quick_imports
        def attrs(m):
            return (m.__name__, m.__file__, m.__cached__, m.__package__, m.__spec__.origin,
                    m.__spec__.cached, m.__spec__.parent, getattr(m, "VALUE", None))
        if sys.argv[1] == "quick":
            finder = quick_imports.Finder("qipkg_c.")
            sys.meta_path.insert(0, finder)
        import qipkg_c.sibling, qipkg_c.inner
        mods = [sys.modules[n] for n in ("qipkg_c.plain", "qipkg_c.sibling", "qipkg_c.inner")]
        print([attrs(m) for m in mods])
        if sys.argv[1] == "quick":
            print(type(sys.modules["qipkg_c.plain"].__loader__).__name__,
                  type(sys.modules["qipkg_c.inner"].__loader__).__name__)
    """)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(mode):
        return subprocess.run([sys.executable, "-c", script, mode], env=env, text=True,
                              capture_output=True, check=True).stdout.splitlines()

    plain = run("plain")                     # (writes the compiled files)
    quick = run("quick")
    assert quick[0] == plain[0]
    assert quick[1] == "_Loader SourceFileLoader"       # (the package: Python's own)
    with quick_imports.installed():
        assert any(isinstance(f, quick_imports.Finder) for f in sys.meta_path)
    assert not any(isinstance(f, quick_imports.Finder) for f in sys.meta_path)


def test_lower_text_is_the_texts_lower_case_kept():
    text = "Qinghai Salt Lake Magnesium Co., Ltd. signed with \u0130zmir Metal A.\u015e. " * 60
    assert caseless.lower_text(text) == text.lower()
    assert caseless.lower_text(text) is caseless.lower_text(text)
    low = caseless.lowered(text)             # (the same length: only A-Z made small here)
    assert len(low) == len(text) and low == text.translate({c: c + 32 for c in range(65, 91)})
    plain = "Baiyin Nonferrous Group signed an agreement. " * 60
    assert caseless.lowered(plain) == plain.lower()


def test_breaks_white_space_set_is_pythons():
    """reading/text's spelt-out set of white space but the space is ``[^\\S ]`` (every code point),
    and the line-break pattern built on it gives the engine its first characters."""
    import re
    from re import _parser

    from kg.ingest import regex_start
    from kg.ingest.reading import text as reading_text

    spelt = re.compile("[" + reading_text.NOT_SPACE_WHITE + "]")
    negated = re.compile(r"[^\S ]")
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, sys.maxunicode + 1)))
    assert spelt.findall(every) == negated.findall(every)
    parsed = _parser.parse(reading_text._BREAKS.pattern, 0)
    assert regex_start.first_chars(parsed, 0) is not None
    text = "Zhuzhou Smel-\nter Group\u00a0Co.,\u2003Ltd.  signed\t\ton 5 May.\n\n\u200bNew line"
    norm, offsets = reading_text.normalise_with_map(text)
    assert norm == "zhuzhou smelter group co., ltd. signed on 5 may. new line"
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)


def test_struck_row_reads_the_names_line_from_the_places_found_once():
    """A name in a table's row marked cancelled is struck; one in a row without the mark, on
    a line with one bar or none, or in running text printed as one long line is not."""
    from kg.ingest.reading.called_off import struck_row

    table = ("Events of the quarter\n"
             "| Event | Date | Status |\n"
             "| Qilian Copper Forum | 12 July 2027 | cancelled |\n"
             "| Hexi Alloy Fair | 3 August 2027 | held |\n"
             "Notes: the Dunhuang Zinc Summit | was cancelled\n")
    forum = table.index("Qilian Copper Forum")
    fair = table.index("Hexi Alloy Fair")
    summit = table.index("Dunhuang Zinc Summit")
    assert struck_row(table, forum, forum + len("Qilian Copper Forum"))
    assert not struck_row(table, fair, fair + len("Hexi Alloy Fair"))
    assert not struck_row(table, summit, summit + len("Dunhuang Zinc Summit"))   # one bar
    line = "Gansu Nickel signed a deal; the talks were not cancelled. " * 800
    at = line.index("Gansu Nickel", 20000)
    assert not struck_row(line, at, at + len("Gansu Nickel"))
    assert not struck_row(line + "\n| A | cancelled |", at, at + 5)
