"""Names typed the way people type them: pinyin with tone marks, fullwidth Latin letters (from
a Chinese input method), resolve like their plain forms, on the CLI."""
from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("typed, plain", [("Bǎotài jítuán", "baotai jituan"), ("Fúgǔ", "府谷"),
                                          ("Ｆｕｇｕ County", "Fugu County"),
                                          ("ＣＮＩＡ", "CNIA")])
def test_typed_forms_resolve_like_plain_ones(run, typed, plain):
    a = run("linked", typed, "--format", "json")
    b = run("linked", plain, "--format", "json")
    assert a.exit_code == 0 and b.exit_code == 0, (a.stderr, b.stderr)
    assert [m["iri"] for m in json.loads(a.stdout)["matches"]] == \
        [m["iri"] for m in json.loads(b.stdout)["matches"]]
