"""The `kg ingest --review` page in Debian's headless Chromium (Playwright, network cut): it
renders offline, highlights known and new mentions with their hover text, links each proposed
statement to its span, and shows hostile article text as text."""
from __future__ import annotations



import browser  # noqa: E402,F401  (skips the module without Chromium or Playwright)

ARTICLE = ("Baotai Group and Shenmu Hengda Metals Co., Ltd. signed the Strategic Cooperation "
           "Agreement on Titanium Recycling in Fugu County on May 2, 2025.\n"
           "Note <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> & more.\n")


def test_review_page_in_chromium(run, tmp_path, chromium):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    page_file = tmp_path / "review.html"
    r = run("ingest", art, "--id", "x-review", "-o", tmp_path / "d.ttl", "--review", page_file)
    assert r.exit_code == 0, r.stderr
    remote, errors = [], []
    ctx = chromium.new_context()
    try:
        ctx.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:", "about:")) else (remote.append(route.request.url), route.abort()))
        page = ctx.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.resolve().as_uri(), wait_until="load")
        known = page.locator("mark.known")
        new = page.locator("mark.new")
        assert known.count() >= 2 and new.count() >= 2
        baotai = page.locator("mark.known", has_text="Baotai Group").first
        assert "nf:baotai-group" in baotai.get_attribute("title")
        assert "Agreement" in page.locator("mark.new", has_text="Strategic Cooperation").first.get_attribute("title")
        # the hostile text is shown, not run
        assert page.evaluate("() => window.pwned") is None
        assert "<script>window.pwned=1</script>" in page.locator("#text").inner_text()
        assert page.locator("#text img").count() == 0
        # each statement row links to a highlighted span that exists
        links = page.locator("#statements a")
        assert links.count() >= 3
        for i in range(links.count()):
            target = links.nth(i).get_attribute("href")
            assert page.locator(target).count() == 1, target
        assert "party" in page.locator("#statements").inner_text()
    finally:
        ctx.close()
    assert remote == [] and errors == []
