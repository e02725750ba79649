"""The HTTP API against a real `newsgraph serve` on loopback: lists, records, queries, paging,
CSV/JSON downloads, POST /api/analyze, the one error shape, and the security rules."""

from __future__ import annotations

import csv
import http.client
import re
import io
import json
import sqlite3
import threading

import pytest

from web_helpers import XSS_RECORD, build_corpus, get, newsgraph, serve

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("web-api"))


@pytest.fixture(scope="module")
def server(corpus):
    with serve(corpus) as base:
        yield base


def api(base, path, **kw):
    status, headers, body = get(base + path, **kw)
    return status, headers, json.loads(body) if headers.get("content-type", "").startswith("application/json") else body


def is_error(doc, status):
    return set(doc) == {"error"} and doc["error"]["status"] == status and doc["error"]["message"] and doc["error"]["code"]


def test_openapi_lists_every_route(server):
    status, _, spec = api(server, "/openapi.json")
    assert status == 200
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/actors/{actor_id}", "/api/events",
                 "/api/statements", "/api/stances", "/api/signals", "/api/network", "/api/timeline", "/api/search",
                 "/api/contradictions", "/api/review", "/api/failures", "/api/stats", "/api/analyze",
                 "/api/ingested", "/api/fetches"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/analyze"]


def test_lists_records_and_queries(server):
    _, _, stats = api(server, "/api/stats")
    assert stats["articles"] == 2 and stats["events"] >= 1 and stats["statements"] >= 1
    _, _, arts = api(server, "/api/articles")
    assert arts["count"] == 2 and {a["title"] for a in arts["items"]} >= {XSS_RECORD["title"]}
    first = next(a for a in arts["items"] if a["title"].startswith("Truce Talks"))
    _, _, rec = api(server, f"/api/articles/{first['id']}")
    assert rec["text"].startswith("The United Nations envoy") and rec["statements"] and rec["events"] and rec["actors"]
    for st in rec["statements"]:  # stored offsets point at the stored text
        assert st["start"] is not None and rec["text"][st["start"]:st["end"]]
    _, _, actors = api(server, "/api/actors?name=Grundberg")
    assert actors["items"] and actors["items"][0]["name"] == "Hans Grundberg"
    _, _, actor = api(server, f"/api/actors/{actors['items'][0]['id']}")
    assert actor["statements"] and actor["events_as_source"]
    _, _, said = api(server, "/api/statements?speaker=Hans%20Grundberg")
    assert said["items"] and all(s["speaker"] == "Hans Grundberg" for s in said["items"])
    _, _, st = api(server, f"/api/statements/{rec['statements'][0]['id']}")
    assert st["content"] == rec["statements"][0]["content"] and st["article"] == first["id"]
    _, _, stance = api(server, f"/api/stances/{rec['stances'][0]['id']}")
    assert stance["topic"] == rec["stances"][0]["topic"]
    assert api(server, "/api/statements/999999")[0] == 404 and api(server, "/api/stances/999999")[0] == 404
    _, _, evs = api(server, "/api/events?type=ACCUSE")
    assert evs["items"] and all(e["type"] == "ACCUSE" for e in evs["items"])
    _, _, ev = api(server, f"/api/events/{evs['items'][0]['id']}")
    assert ev["reports"] and ev["reports"][0]["evidence"]
    _, _, tl = api(server, "/api/timeline?since=2024-03-01&until=2024-03-31")
    assert tl["items"] and all("2024-03-01" <= t["date"] <= "2024-03-31" for t in tl["items"] if t["date"])
    _, _, net = api(server, "/api/network")
    assert any(e["target"] == "Houthis" for e in net["items"])
    _, _, net_t = api(server, "/api/network?type=CONSULT")
    assert net_t["items"] and all(e["types"] == "CONSULT" for e in net_t["items"])
    _, _, found = api(server, "/api/search?q=truce")
    assert found["items"] and found["items"][0]["title"].startswith("Truce Talks")
    status, _, doc = api(server, "/api/events?type=NOT_A_TYPE")
    assert status == 400 and is_error(doc, 400) and "PLOVER" in doc["error"]["message"]
    _, _, ing = api(server, "/api/ingested")
    assert ing["count"] == 2 and ing["items"][0]["ingested_at"]
    for what in ("stances", "signals", "contradictions", "review", "failures", "fetches"):
        status, _, doc = api(server, f"/api/{what}")
        assert status == 200 and isinstance(doc["items"], list), what


def test_paging_is_consistent(server):
    _, _, whole = api(server, "/api/actors?limit=1000")
    n = whole["count"]
    assert n >= 4
    _, _, p1 = api(server, "/api/actors?limit=2")
    _, _, p2 = api(server, "/api/actors?limit=2&offset=2")
    assert [a["id"] for a in p1["items"] + p2["items"]] == [a["id"] for a in whole["items"][:4]]
    assert p1["next"] and "offset=2" in p1["next"]
    _, _, last = api(server, f"/api/actors?limit=2&offset={n - 1}")
    assert last["count"] == 1 and last["next"] is None


def test_csv_and_json_downloads(server):
    status, headers, body = get(server + "/api/events?format=csv&download=true")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert 'attachment; filename="events.csv"' == headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    _, _, js = api(server, "/api/events")
    assert [int(r["id"]) for r in rows] == [e["id"] for e in js["items"]]
    status, headers, _ = get(server + "/api/statements?download=true")
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="statements.json"'


def test_one_error_shape(server):
    cases = [("/api/articles/999999", 404), ("/api/nothing-here", 404), ("/api/actors?limit=0", 422),
             ("/api/events?since=yesterday", 422), ("/api/search?q=%22unclosed", 400), ("/api/articles/abc", 422)]
    for path, code in cases:
        status, headers, doc = api(server, path)
        assert status == code and is_error(doc, code), (path, status, doc)
    status, _, doc = api(server, "/api/analyze", data=b"{not json", headers={"content-type": "application/json"})
    assert status == 422 and is_error(doc, 422)
    for bad in ({"text": "The minister spoke.", "url": "http://["}, {"text": "The minister said \udcff hello."}):
        status, _, doc = api(server, "/api/analyze", data=json.dumps(bad).encode(), headers={"content-type": "application/json"})
        assert status == 422 and is_error(doc, 422), (bad, status, doc)
    status, _, doc = api(server, "/api/analyze", data=json.dumps({"title": "no text"}).encode(),
                         headers={"content-type": "application/json"})
    assert status == 422 and is_error(doc, 422) and "text" in doc["error"]["message"]


def test_analyze_returns_the_analysis_format_and_can_store(server, corpus):
    record = {"title": "Envoy meets rebels", "text": "The envoy Ana Lopez met rebel leaders in Geneva on Monday. "
              "\"We are close to a deal,\" Lopez told reporters.", "published": "2024-05-02"}
    body = json.dumps(record).encode()
    status, headers, doc = api(server, "/api/analyze", data=body, headers={"content-type": "application/json"})
    assert status == 200 and doc["schema"] == "newsgraph/analysis/v1" and doc["article"]["title"] == "Envoy meets rebels"
    assert any(s["speaker"] for s in doc["statements"])
    assert "x-newsgraph-stored" not in {k.lower() for k in headers}
    before = sqlite3.connect(corpus).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    status, headers, doc = api(server, "/api/analyze?store=true", data=body, headers={"content-type": "application/json"})
    h = {k.lower(): v for k, v in headers.items()}
    assert status == 200 and h["x-newsgraph-stored"] == "new" and h["location"].startswith("/api/articles/")
    assert sqlite3.connect(corpus).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == before + 1
    status, headers, _ = api(server, "/api/analyze?store=true", data=body, headers={"content-type": "application/json"})
    assert {k.lower(): v for k, v in headers.items()}["x-newsgraph-stored"] == "duplicate"


def test_security_headers_and_limits(server):
    status, headers, _ = get(server + "/")
    h = {k.lower(): v for k, v in headers.items()}
    assert status == 200
    csp = h["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
    conn = http.client.HTTPConnection(server.removeprefix("http://"), timeout=30)
    conn.putrequest("POST", "/api/analyze")  # says 10 MB (over the 5 MiB default), sends nothing: refused at once
    conn.putheader("content-type", "application/json")
    conn.putheader("content-length", str(10_000_000))
    conn.endheaders()
    r = conn.getresponse()
    assert r.status == 413 and is_error(json.loads(r.read()), 413)
    conn.close()
    status, _, doc = api(server, "/api/stats", headers={"host": "evil.example:80"})
    assert status == 421 and is_error(doc, 421)
    status, _, doc = api(server, "/api/analyze", data=b"{}", headers={"content-type": "application/json",
                                                                       "origin": "http://evil.example"})
    assert status == 403 and is_error(doc, 403)


def test_request_size_limit_counts_the_body_too(corpus):
    body = json.dumps({"title": "big", "text": "word " * 2000}).encode()  # ~10 kB
    with serve(corpus, "--max-body", "4096") as base:
        status, _, doc = api(base, "/api/analyze", data=body, headers={"content-type": "application/json"})
        assert status == 413 and is_error(doc, 413)
        conn = http.client.HTTPConnection(base.removeprefix("http://"), timeout=30)
        conn.request("POST", "/api/analyze", body=iter([body[:5000], body[5000:]]), encode_chunked=True,
                     headers={"content-type": "application/json"})  # no length given: counted as it arrives
        r = conn.getresponse()
        assert r.status == 413 and is_error(json.loads(r.read()), 413)
        conn.close()
        status, _, doc = api(base, "/api/analyze", data=json.dumps({"title": "small", "text": "The envoy met the minister."}).encode(),
                             headers={"content-type": "application/json"})
        assert status == 200


def test_non_loopback_host_needs_a_token(corpus):
    r = newsgraph("serve", "--db", str(corpus), "--host", "0.0.0.0", "--port", "0", check=False)
    assert r.returncode != 0 and "--token" in r.stderr
    r = newsgraph("serve", "--db", str(corpus), "--host", "0.0.0.0", "--port", "0", "--token", "short", check=False)
    assert r.returncode != 0 and "at least 8" in r.stderr


def test_token_is_required_on_every_request(corpus):
    token = "s3cret-token-for-tests"
    with serve(corpus, "--token", token) as base:
        for path in ("/", "/api/stats", "/openapi.json", "/static/app.css", "/articles/1"):
            status, _, body = get(base + path)
            assert status == 401 and json.loads(body)["error"]["status"] == 401, path
        status, _, _ = get(base + "/api/stats", headers={"authorization": "Bearer wrong-token-xx"})
        assert status == 401
        status, _, body = get(base + "/api/stats", headers={"authorization": f"Bearer {token}"})
        assert status == 200 and json.loads(body)["articles"] >= 2
        conn = http.client.HTTPConnection(base.removeprefix("http://"), timeout=30)
        conn.request("GET", f"/actors?kind=person&token={token}")
        r = conn.getresponse()
        r.read()
        conn.close()
        cookie = r.getheader("set-cookie")
        assert r.status == 303 and r.getheader("location") == "/actors?kind=person"  # the token leaves the URL
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        status, _, _ = get(base + "/actors", headers={"cookie": cookie.split(";")[0]})
        assert status == 200
        status, headers, body = get(base + f"/api/stats?token={token}")  # an API call is answered, not redirected
        assert status == 200 and json.loads(body)["articles"] >= 2 and "set-cookie" not in {k.lower() for k in headers}
    with serve(corpus, token_env=token) as base:  # the environment variable works the same
        assert get(base + "/api/stats")[0] == 401
        assert get(base + "/api/stats", headers={"authorization": f"Bearer {token}"})[0] == 200


def test_reads_work_while_an_ingest_writes(tmp_path, corpus):
    import shutil

    db = tmp_path / "busy.db"
    shutil.copy(corpus, db)
    more = tmp_path / "more"
    more.mkdir()
    for i in range(6):
        (more / f"a{i}.txt").write_text(f"Report {i}\n\nThe envoy number {i} met officials of Qatar in Doha on day {i}. "
                                        f"\"Talks went well,\" envoy {i} said.\n", encoding="utf-8")
    with serve(db) as base:
        errors: list = []

        def reader():
            for _ in range(15):
                for path in ("/api/stats", "/api/events", "/articles"):
                    status, _, _ = get(base + path)
                    if status != 200:
                        errors.append((path, status))

        t = threading.Thread(target=reader)
        t.start()
        r = newsgraph("ingest", str(more), "--db", str(db), "--batch-size", "1", "--quiet", check=False)
        t.join()
        assert r.returncode == 0, r.stderr
        assert errors == []
        assert json.loads(get(base + "/api/stats")[2])["articles"] == 2 + 6


def test_upload_page_analyses_in_memory_and_stores(server, corpus, tmp_path, monkeypatch):
    import httpx

    monkeypatch.chdir(tmp_path)
    before = {p.name for p in corpus.parent.iterdir()}
    text = "Ceasefire holds\n\nThe envoy Omar Haddad met army commanders in Amman on Friday.\n"
    r = httpx.post(server + "/analyze", files={"file": ("../../escape/evil.md", text.encode(), "text/markdown")},
                   data={"title": "", "store": "on"}, headers={"accept": "text/html"}, timeout=120)
    assert r.status_code == 303 and r.headers["location"].startswith("/articles/")
    page = httpx.get(server + r.headers["location"], timeout=120)
    assert page.status_code == 200 and "Omar Haddad" in page.text and "Ceasefire holds" in page.text
    # the upload's name is never a path: nothing new beside the corpus (but its WAL) or in the working folder
    assert {p.name for p in corpus.parent.iterdir()} - before <= {"corpus.db-wal", "corpus.db-shm"}
    assert not list(tmp_path.iterdir()) and not (tmp_path.parent.parent / "escape").exists()
    # pasted HTML is analysed as text; its markup never reaches the page
    page_html = ("<html><body><article><p>The minister of Peru <b>resigned</b> on Monday after weeks of protests in "
                 "Lima, officials said.</p><img src=x onerror=alert(1)><p>Another paragraph of the report follows "
                 "here with more words in it.</p></article></body></html>")
    r = httpx.post(server + "/analyze", data={"text": page_html, "kind": "html", "title": "T"},
                   headers={"accept": "text/html"}, timeout=120)
    assert r.status_code == 200 and "resigned" in r.text and "<img" not in r.text and "<b>resigned" not in r.text
    # a form posted from another site is refused
    r = httpx.post(server + "/analyze", data={"text": "x"}, headers={"origin": "http://evil.example"}, timeout=30)
    assert r.status_code == 403


def test_actor_page_shows_roles_and_links(server):
    import httpx

    _, _, found = api(server, "/api/actors?name=Hans%20Grundberg")
    page = httpx.get(f"{server}/actors/{found['items'][0]['id']}", timeout=120).text
    assert "envoy" in page.split("<dt>Roles</dt>", 1)[1].split("</dd>", 1)[0]
    assert "/timeline?actor=Hans+Grundberg" in page


def test_article_page_links_near_copies_and_other_outlets(tmp_path):
    from web_helpers import EXAMPLE

    body = EXAMPLE.read_text(encoding="utf-8").split("\n\n")
    text = "\n\n".join(p for p in body if not p.startswith(("#", "By ", "Example Wire", "Region", "Theme", "Share", "Copyright")))
    copy = text.replace("on Monday", "on Monday afternoon", 1)
    (tmp_path / "copy.json").write_text(json.dumps({"title": "Truce talks resume", "text": copy, "published": "2024-03-04",
                                                     "url": "https://other-wire.example/truce"}), encoding="utf-8")
    db = tmp_path / "c.db"
    newsgraph("ingest", str(EXAMPLE), str(tmp_path / "copy.json"), "--db", str(db), "--quiet")
    with serve(db) as base:
        _, _, arts = api(base, "/api/articles")
        by_title = {a["title"]: a for a in arts["items"]}
        copy_row = by_title["Truce talks resume"]
        original = next(a for a in arts["items"] if a["id"] != copy_row["id"])
        assert copy_row["duplicate_of"] == original["id"]
        status, _, page = get(f"{base}/articles/{original['id']}", headers={"accept": "text/html"})
        html = page.decode("utf-8")
        assert status == 200 and "Near-copies of this article" in html and f'href="/articles/{copy_row["id"]}"' in html
        assert "Other outlets reporting the same events" in html
        event_pages = set(re.findall(r'href="/events/(\d+)"', html))  # the events table links the corpus events
        assert event_pages and event_pages <= {str(e["id"]) for e in api(base, "/api/events")[2]["items"]}
        status, _, page = get(f"{base}/articles/{copy_row['id']}")
        assert "Near-copy of" in page.decode("utf-8")


def test_pages_take_their_filters_from_the_url(server):
    import re

    def page(path):
        status, _, body = get(server + path, headers={"accept": "text/html"})
        assert status == 200, path
        return body.decode("utf-8")

    lanes = lambda html: re.findall(r'<text x="4" y="[\d.]+">([A-Z]+)</text>', html)  # noqa: E731
    assert len(lanes(page("/timeline"))) >= 3
    assert lanes(page("/timeline?type=ACCUSE")) == ["ACCUSE"]
    assert lanes(page("/timeline?since=2030-01-01")) == [] and "No dated events match" in page("/timeline?since=2030-01-01")
    assert 'value="Grundberg"' in page("/timeline?actor=Grundberg")
    net = page("/network?type=CONSULT")
    assert "Hans Grundberg" in net and "Ahmed Awad bin Mubarak" not in net.split("<table", 1)[1]
    assert "<option selected>CONSULT</option>" in net
    for path in ("/contradictions", "/review", "/failures"):
        assert "<table" in page(path)
    status, _, body = get(server + "/timeline?type=NOPE", headers={"accept": "text/html"})
    assert status == 400 and b"PLOVER" in body and body.lstrip().startswith(b"<!doctype html>")

