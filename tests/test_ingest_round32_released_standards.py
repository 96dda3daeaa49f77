"""Round 32: a signed document releases the standards it names only when it says, in one
sentence, that standards are approved, released, issued or published. A verification
statement or an environmental notice signed at its end that names the standards its work
meets (a field "Standards", "will meet the X Standard (GB 1234)") releases none of them: no
``nfo:includes``, and the standard takes neither the signer as its issuer nor the signature's
day as its issue date. An announcement that approves standards still releases them."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

STATEMENT = """PINGLU GREEN CERTIFICATION CO., LTD.

              ENERGY PERFORMANCE VERIFICATION STATEMENT

1  Client ........... Duanxi Copper Foil Co., Ltd.
2  Scope ............ electrolytic copper foil, 6 to 12 micrometres
3  Standards ........ Norm for Energy Accounting of Foil Plants
                      (GB/T 47811-2025)
4  Result ........... 1.82 MWh per tonne of foil

The verifiers hold that the figure in item 4 is fairly stated and that the
plant's accounts meet the norm given in item 3.

                                   Pinglu Green Certification Co., Ltd.
                                   12 November 2026
"""

ANNOUNCEMENT = """WUYANG NONFERROUS METALS SOCIETY

                           ANNOUNCEMENT
                           2026 No. 7

    The Society has examined and approved two group standards of the copper
foil sector (see the annex for their numbers and titles). They are hereby
released.

Annex: Numbers and titles of the two group standards

     T/WYNS 031-2026  Copper Foil for Battery Collectors
     T/WYNS 032-2026  Test Method for the Roughness of Copper Foil

                                   Wuyang Nonferrous Metals Society
                                   9 November 2026
"""


def _standards(draft) -> dict:
    """{standard label: {predicate: values}} of the draft's standards."""
    out = {}
    for e in draft.entities.values():
        if str(e.cls).lower().endswith("standard"):
            got = out.setdefault(e.label, {})
            for p, o, _, _ in e.statements:
                got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(str(o))
    return out


def _includes(draft) -> set:
    return {str(o) for e in draft.entities.values() for p, o, _, _ in e.statements
            if str(p).endswith("#includes")}


def test_a_verification_statement_does_not_release_the_standard_it_works_to(snapshot_kg):
    draft = draft_of(snapshot_kg, STATEMENT, "r32-verification")
    stds = _standards(draft)
    assert any("47811" in label for label in stds), stds
    for label, got in stds.items():
        assert "issuedBy" not in got, (label, got)
        assert "2026-11-12" not in got.get("dateIssued", set()), (label, got)
    assert not _includes(draft)


def test_an_announcement_that_approves_standards_still_releases_them(snapshot_kg):
    draft = draft_of(snapshot_kg, ANNOUNCEMENT, "r32-announcement")
    stds = _standards(draft)
    released = {label for label, got in stds.items()
                if "2026-11-09" in got.get("dateIssued", set()) and got.get("issuedBy")}
    assert {"T/WYNS 031-2026", "T/WYNS 032-2026"} <= released, stds
    assert len(_includes(draft)) >= 2
