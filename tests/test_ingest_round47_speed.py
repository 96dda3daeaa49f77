"""Round 47, speed (drafts unchanged): within the ``kg ingest`` command's block the package's
modules answer ``from x import y``'s question for a ``__path__`` without formatting error
messages (kg/ingest/quick_imports.Module)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import types

import pytest

from kg.ingest import quick_imports


def _package(tmp_path, name: str) -> None:
    root = tmp_path / name
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "plain.py").write_text("VALUE = 3\n\ndef triple(x):\n    return 3 * x\n")
    (root / "lazy.py").write_text("def __getattr__(name):\n    return 'made ' + name\n")
    (root / "user.py").write_text("from .plain import VALUE, triple\nSEEN = triple(VALUE)\n")


@pytest.mark.skipif(not quick_imports._usable(), reason="not on this interpreter")
def test_modules_of_the_block_answer_as_before(tmp_path):
    """A module imported in the block: the same values, ``from x import y`` and attribute reads
    as before, a missing name still an AttributeError (and ``getattr`` with a default, ``hasattr``
    as before); a module with its own ``__getattr__`` keeps Python's class; the modules
    imported before the block (``__future__`` among them) are Python's own again after it."""
    _package(tmp_path, "qip47")
    script = textwrap.dedent(f"""
        import sys, types
        sys.path.insert(0, {str(tmp_path)!r})
        from kg.ingest import quick_imports
        import __future__
        with quick_imports.installed():
            finder = quick_imports.Finder("qip47.")
            sys.meta_path.insert(0, finder)
            import qip47.user
            from qip47 import plain, lazy
            during = (type(plain).__name__, isinstance(plain, types.ModuleType),
                      type(plain) is types.ModuleType, type(lazy) is types.ModuleType,
                      type(__future__) is types.ModuleType)
            from qip47.plain import VALUE
            print(during, VALUE, qip47.user.SEEN, plain.triple(2), lazy.anything,
                  hasattr(plain, "missing"), getattr(plain, "missing", "none"),
                  sorted(n for n in dir(plain) if not n.startswith("_")))
            try:
                plain.missing
            except AttributeError as exc:
                print("AttributeError", "missing" in str(exc))
            try:
                from qip47.plain import missing
            except ImportError as exc:
                print("ImportError", "missing" in str(exc))
            sys.meta_path.remove(finder)
        print(type(__future__) is types.ModuleType,
              type(sys.modules["kg.ingest.quick_imports"]) is types.ModuleType)
    """)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(2):          # (the second run reads the compiled files the first wrote)
        out = subprocess.run([sys.executable, "-c", script], env=env, text=True,
                             capture_output=True, check=True).stdout.splitlines()
        assert out[0] == ("('module', True, False, True, False) 3 9 6 made anything False none "
                          "['VALUE', 'triple']")
        assert out[1:] == ["AttributeError True", "ImportError True", "True True"]


def test_a_module_outside_the_block_is_pythons():
    """Outside the command's block nothing changes: this test's own modules are Python's."""
    assert type(sys.modules[__name__]) is types.ModuleType
    assert type(quick_imports) is types.ModuleType

