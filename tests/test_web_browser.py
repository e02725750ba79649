"""The pages in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

Skipped with the reason when Chromium is absent; with CI=true they fail instead. Screenshots go
to the test's tmp folder (printed by pytest -rA / kept by --basetemp).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from web_helpers import XSS_RECORD, build_corpus, get, newsgraph, serve

pytestmark = pytest.mark.timeout(900)

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--window-size=1280,1600")


@pytest.fixture(scope="module")
def browser():
    missing = [str(p) for p in (CHROMIUM, DRIVER) if not p.exists()]
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing.append("the selenium package")
    if missing:
        reason = f"browser tests need Debian's chromium and chromium-driver: {', '.join(missing)} not found"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: failing instead of skipping)")
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web-browser")
    db = build_corpus(folder)
    with serve(db) as base:
        arts = json.loads(get(base + "/api/articles")[2])["items"]
        ids = {("xss" if a["title"] == XSS_RECORD["title"] else "example"): a["id"] for a in arts}
        yield base, ids, folder


def by_css(driver, css):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def wait_for(fn, timeout=20.0):
    end = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.2)


def test_article_view_highlights_details_actor_page_and_timeline(browser, site, tmp_path):
    base, ids, _ = site
    d = browser
    d.get(f"{base}/articles/{ids['example']}")
    assert "Truce Talks" in d.find_element("css selector", "h1").text
    assert "reliability" in d.find_element("css selector", "#rating").text
    for kind in ("actor", "statement", "event", "signal"):
        assert by_css(d, f"#body .m.k-{kind}"), f"no {kind} highlighted"
    # Overlaps are drawn, not dropped: some span sits inside another, on a deeper underline slot.
    assert by_css(d, "#body .m .m.l1, #body .m .m.l2")
    # Every signal with a place in the body is highlighted (the old report dropped overlapping ones).
    signals = json.loads(get(f"{base}/api/signals?article={ids['example']}")[2])["items"]
    placed = [s for s in signals if s["start"] is not None]
    assert len({e.get_attribute("data-m") for e in by_css(d, "#body .m.k-signal")}) == len(placed)
    d.save_screenshot(str(tmp_path / "article.png"))

    jump = by_css(d, "table a.jump")[0]
    target = jump.get_attribute("href").split("#", 1)[1]
    jump.click()
    assert wait_for(lambda: d.current_url.endswith("#" + target)) and by_css(d, f"#{target}.flash")
    mention = next(e for e in by_css(d, "#body .m.k-actor") if e.text == "Hans Grundberg")
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", mention)
    mention.click()
    popup = d.find_element("css selector", "#popup")
    assert wait_for(popup.is_displayed)
    text = popup.text
    assert "Hans Grundberg" in text and "rule" in text and "ner:" in text
    d.save_screenshot(str(tmp_path / "popup.png"))

    popup.find_element("link text", "Open the actor page").click()
    assert wait_for(lambda: "/actors/" in d.current_url)
    assert d.find_element("css selector", "h1").text == "Hans Grundberg"
    assert "Statements" in d.page_source and by_css(d, "table.list tbody tr")
    d.save_screenshot(str(tmp_path / "actor.png"))

    d.find_element("link text", "Timeline of this actor").click()
    assert wait_for(lambda: "/timeline" in d.current_url and "actor=Hans+Grundberg" in d.current_url)
    assert by_css(d, "#timeline-chart circle.dot")
    d.save_screenshot(str(tmp_path / "timeline.png"))
    d.get(f"{base}/network")
    assert by_css(d, "#network-graph circle.node") and by_css(d, "#network-graph line.edge")
    d.save_screenshot(str(tmp_path / "network.png"))
    assert {p.name for p in tmp_path.glob("*.png")} >= {"article.png", "popup.png", "actor.png", "timeline.png"}


def _assert_inert(d, where: str, own_script: str | None = "/static/app.js"):
    time.sleep(0.5)  # an <img onerror> would fire after load
    assert d.execute_script("return window.__xss === undefined"), f"{where}: an article payload ran"
    assert not by_css(d, "img"), f"{where}: an <img> from the article became markup"
    assert not by_css(d, "a[href^='javascript:' i]"), f"{where}: a javascript: link"
    assert not by_css(d, "[onerror], [onload], [onmouseover]"), f"{where}: an event handler attribute"
    scripts = [s.get_attribute("src") for s in by_css(d, "script")]
    if own_script:
        assert scripts == [f"{d.current_url.split('/', 3)[0]}//{d.current_url.split('/', 3)[2]}{own_script}"], where
    else:
        assert len(scripts) == 1 and not scripts[0], where  # the report's own inline script, allowed by hash


def test_hostile_article_is_inert_everywhere(browser, site, tmp_path):
    base, ids, folder = site
    d = browser
    rec = json.loads(get(f"{base}/api/articles/{ids['xss']}")[2])
    actor_ids = [a["actor"] for a in rec["actors"]]
    event_ids = [e["event"] for e in rec["events"]]
    pages = ["/", "/articles", f"/articles/{ids['xss']}", "/actors", "/timeline", "/network", "/search?q=minister",
             "/contradictions", "/review", "/failures",
             *(f"/actors/{i}" for i in actor_ids[:3]), *(f"/events/{i}" for i in event_ids[:2])]
    for path in pages:
        d.get(base + path)
        _assert_inert(d, path)
    d.get(f"{base}/articles/{ids['xss']}")
    assert "<script>" in d.find_element("css selector", "h1").text  # shown as text, not run and not dropped
    for m in by_css(d, "#body .m")[:5]:
        m.click()
    _assert_inert(d, "article after clicks")
    d.save_screenshot(str(tmp_path / "hostile-article.png"))

    # Pasted on the analyze page, with the payload in the title too.
    d.get(f"{base}/analyze")
    d.find_element("name", "title").send_keys(XSS_RECORD["title"])
    d.find_element("name", "text").send_keys(XSS_RECORD["text"])
    d.find_element("css selector", "#analyze-form button[type=submit]").click()
    assert wait_for(lambda: by_css(d, "#body"))
    _assert_inert(d, "analyze result")
    assert "onerror" in d.find_element("css selector", "#body").text

    # The standalone report of `newsgraph analyze --format html`.
    src = folder / "hostile-report.json"
    src.write_text(json.dumps(XSS_RECORD), encoding="utf-8")
    out = tmp_path / "report.html"
    newsgraph("analyze", str(src), "--format", "html", "-o", str(out))
    d.get(out.as_uri())
    _assert_inert(d, "--format html report", own_script=None)
    assert by_css(d, "#body .m") and "<script>" in d.find_element("css selector", "h1").text
    by_css(d, "#body .m")[0].click()
    assert wait_for(d.find_element("css selector", "#popup").is_displayed)  # its own script does run
    d.save_screenshot(str(tmp_path / "hostile-report.png"))


def test_token_mode_in_the_browser(browser, site, tmp_path):
    _, ids, folder = site
    d = browser
    token = "browser-test-token-123"
    with serve(folder / "corpus.db", "--token", token) as base:
        d.get(f"{base}/articles/{ids['example']}")
        assert '"status":401' in d.page_source.replace(" ", "") and not by_css(d, "#body")  # no token: refused
        d.get(f"{base}/articles/{ids['example']}?token={token}")
        assert wait_for(lambda: "token=" not in d.current_url)  # the token left the address bar
        assert by_css(d, "#body .m.k-actor")
        # the stylesheet and the script came through with the cookie
        assert d.execute_script("return getComputedStyle(document.querySelector('nav.top')).display") == "flex"
        mention = by_css(d, "#body .m.k-actor")[0]
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", mention)
        mention.click()
        assert wait_for(d.find_element("css selector", "#popup").is_displayed)
        d.save_screenshot(str(tmp_path / "token-mode.png"))
