"""Round 56, speed: the `kg ingest` command's short imports (kg/ingest/quick_imports.py) make a
module with its file names already set (Python's import otherwise asks a new module for them
and words an AttributeError each time), and mark the modules Python set up before its import
system (``sys``, ``builtins``) as the import system marks every module it loads."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from kg.ingest import quick_imports


def _package(tmp_path, name: str) -> None:
    root = tmp_path / name
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "leaf.py").write_text("import sys\nfrom os import path\nNUMBER = 3\n")


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_module_made_by_the_loader_is_pythons(tmp_path):
    """The same attributes, in the same order, as Python's own import gives the module."""
    _package(tmp_path, "qi56pkg")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from kg.ingest import quick_imports
        if sys.argv[1] == "quick":
            sys.meta_path.insert(0, quick_imports.Finder("qi56pkg."))
        import qi56pkg.leaf as m
        print([(k, str(v)) for k, v in vars(m).items()
               if k not in ("__builtins__", "__loader__", "__spec__")])
        print(m.__spec__.origin, m.__spec__.cached, m.NUMBER)
    """)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(mode):
        return subprocess.run([sys.executable, "-c", script, mode], env=env, text=True,
                              capture_output=True, check=True).stdout

    plain = run("plain")            # (writes the compiled file the quick loader reads)
    assert run("quick") == plain


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_modules_set_up_before_the_import_system_are_marked():
    with quick_imports.installed():
        assert sys.__spec__._initializing is False
        import sys as again         # noqa: F401 (still imports)
        from os import path         # noqa: F401
        assert again is sys
