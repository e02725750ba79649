"""Ratings: lookup order, aliases, the user's override, `newsgraph ratings`, and the table builder."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.data import read_table
from newsgraph.source import load_ratings
from newsgraph.source.ratings import (ALIAS, HOST, NAME, NAME_AS_DOMAIN, PARENT, REGISTERED, Rating, RatingsTable,
                                      registered_domain, shipped)

ROOT = Path(__file__).resolve().parent.parent


def _r(domain: str, label: str = "high", **kw) -> Rating:
    return Rating(domain=domain, name=kw.pop("name", None), label=label, rater="Test rater", rated="2020", **kw)


@pytest.fixture()
def small() -> RatingsTable:
    return RatingsTable([_r("example.com"), _r("news.example.com", "mixed"), _r("example.co.uk", "low"),
                         _r("globalexample.org", "very low"), _r("thehill-like.net"),
                         _r("bbcx.com"), _r("bbcx.co.uk", "mixed")],
                        aliases={"Example Media Group": "example.com", "Example UK": "news.example.co.uk"})


# --- lookup order -----------------------------------------------------------------------------------

@pytest.mark.parametrize("query,domain,how", [
    ("example.com", "example.com", HOST),
    ("https://www.example.com/a/b?c=d", "example.com", HOST),
    ("news.example.com", "news.example.com", HOST),  # the host's own row before its registered domain's
    ("a.b.news.example.com", "news.example.com", PARENT),
    ("uk.example.com", "example.com", REGISTERED),
    ("news.example.co.uk", "example.co.uk", REGISTERED),  # never the public suffix co.uk
    ("WWW.EXAMPLE.COM:8080", "example.com", HOST),
])
def test_domain_lookup_order(small, query, domain, how):
    m = small.find_domain(query)
    assert m is not None and m.rating.domain == domain and m.how == how


@pytest.mark.parametrize("query", ["co.uk", "nothing-here.org", "example.org", "", "203.0.113.9"])
def test_domain_not_rated(small, query):
    assert small.find_domain(query) is None


def test_registered_domain_uses_the_public_suffix_list():
    assert registered_domain("uk.reuters.com") == "reuters.com"
    assert registered_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registered_domain("abc.net.au") == "abc.net.au"
    assert registered_domain("co.uk") is None


# --- names and aliases ------------------------------------------------------------------------------

@pytest.mark.parametrize("name,domain,how", [
    ("Example Media Group", "example.com", ALIAS),
    ("the example  media group!", "example.com", ALIAS),  # folded: case, punctuation, a leading "the"
    ("Example UK", "example.co.uk", ALIAS),  # an alias's domain is looked up like any domain
    ("Global Example", "globalexample.org", NAME_AS_DOMAIN),
    ("The Hill-Like", "thehill-like.net", NAME_AS_DOMAIN),
])
def test_name_lookup(small, name, domain, how):
    m = small.find_name(name)
    assert m is not None and (m.rating.domain, m.how) == (domain, how)
    assert name in m.reliability().basis and domain in m.reliability().basis


@pytest.mark.parametrize("name", ["BBCX", "Example", "Springfield Shopper", "", "ex"])
def test_name_not_guessed(small, name):
    # bbcx.com and bbcx.co.uk share the label: ambiguous, so no rating; "Example" is two domains too
    assert small.find_name(name) is None


def test_named_rows_come_before_aliases():
    t = RatingsTable([_r("example.com"), _r("other.org", "low", name="Example Media Group")],
                     aliases={"Example Media Group": "example.com"})
    m = t.find_name("Example Media Group")
    assert m.rating.domain == "other.org" and m.how == NAME


@pytest.mark.parametrize("name,domain", [
    ("Reuters", "reuters.com"), ("Thomson Reuters", "reuters.com"), ("TRT World", "trtworld.com"),
    ("Global Research", "globalresearch.ca"), ("The Associated Press", "apnews.com"),
])
def test_shipped_aliases(name, domain):
    m = load_ratings(None).find_name(name)
    assert m is not None and m.rating.domain == domain


def test_every_alias_points_at_a_rated_domain():
    domains = {r.domain for r in shipped()}
    rows = read_table("ratings_aliases.tsv")
    assert len(rows) >= 100
    for row in rows:
        assert row["domain"] in domains, row


# --- the user's file overrides ----------------------------------------------------------------------

def test_user_file_overrides_domain_and_aliases(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("domain,name,aliases,factual,bias,category,rater,rated\n"
                 "reuters.com,Reuters,,low,,,Our desk,2025\n"
                 "new-outlet.example,New Outlet,NO,mixed,,,Our desk,2025\n", encoding="utf-8")
    t = load_ratings(f)
    for query in ("https://a.b.reuters.com/world", "reuters.com", "Thomson Reuters"):
        m = t.find(query)
        assert m.rating.label == "low" and "Our desk, 2025" in m.reliability().basis, query
        assert "mine.csv" in m.reliability().basis
    assert t.find("NO").rating.domain == "new-outlet.example"
    assert load_ratings(None).find("reuters.com").rating.label == "high"  # the shipped table is untouched


def test_user_file_in_shipped_shape_with_score(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("domain,label,score,basis,source,year\nnew-outlet.example,mixed,0.5,our own survey,Desk,2025\n",
                 encoding="utf-8")
    rel = load_ratings(f).find("new-outlet.example").reliability()
    assert (rel.label, rel.score) == ("mixed", 0.5)
    assert "Desk, 2025: our own survey" in rel.basis


@pytest.mark.parametrize("content", [
    "domain,label,score\nx.com,high,7\n",
    "domain,label,score\nx.com,superb,0.5\n",
])
def test_user_file_bad_score_or_label(tmp_path, content):
    from newsgraph.errors import ConfigError

    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.csv"):
        load_ratings(f)


# --- newsgraph ratings ------------------------------------------------------------------------------

def test_ratings_command(capsys):
    assert main(["ratings", "uk.reuters.com", "Thomson Reuters"]) == 0
    out = capsys.readouterr().out
    assert "Thomson Reuters: high" in out and "reuters.com (found by alias)" in out
    assert out.count("Lin et al., PNAS Nexus, 2023") >= 2  # source and year for every rating


def test_ratings_command_unknown_exits_1(capsys):
    assert main(["ratings", "reuters.com", "Springfield Shopper"]) == 1
    out = capsys.readouterr().out
    assert "Springfield Shopper: unknown" in out and "reuters.com: high" in out


def test_ratings_command_json_and_override(tmp_path, capsys):
    f = tmp_path / "mine.csv"
    f.write_text("domain,name,aliases,factual,bias,category,rater,rated\n"
                 "springfieldshopper.com,The Springfield Shopper,,mixed,,,Our desk,2024\n", encoding="utf-8")
    assert main(["ratings", "--json", "--ratings", str(f), "Springfield Shopper", "https://www.rt.com/news/1"]) == 0
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["label"] == "mixed" and first["year"] == "2024" and first["found_by"] == NAME
    assert second["domain"] == "rt.com" and second["source"] and second["year"] and second["score"] is not None


# --- the builder script -----------------------------------------------------------------------------

def _builder():
    spec = importlib.util.spec_from_file_location("build_ratings", ROOT / "scripts" / "build_ratings.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


LIN = ("domain,pc1,mbfc_fact\n"
       "good.com,0.9,0.8333\n"          # MBFC rated (4 decimals): label from the MBFC figure
       "www.good.com,0.4,0.3333\n"      # beside good.com: dropped
       "www.only-www.com,0.8,0.612345678901\n"  # imputed MBFC figure: label from pc1
       "mixedfig.com,0.95,0.5\n"
       "lowfig.com,0.9,0.3333\n"
       "verylow.com,0.2,0.1667\n"
       "middling.org,0.6,0.5012345678\n"
       "poor.net,0.3,0.40123456789\n"
       "site.com/section,0.99,1\n"      # a path inside a site: dropped
       "old-name.com,0.88,0.8333\n")
CUT = {"mbfc_mixed": 0.4167, "mbfc_high": 0.5833, "mbfc_very_low": 0.25, "pc1_mixed": 0.5, "pc1_high": 0.75,
       "chosen_on": "test"}


def _inputs(tmp_path, judgements="domain,same_as,reason\nnew-name.com,old-name.com,it moved\n"):
    (tmp_path / "lin.csv").write_text(LIN, encoding="utf-8")
    (tmp_path / "cut.json").write_text(json.dumps(CUT), encoding="utf-8")
    (tmp_path / "j.csv").write_text(judgements, encoding="utf-8")
    return ["--lin", str(tmp_path / "lin.csv"), "--cutoffs", str(tmp_path / "cut.json"),
            "--judgements", str(tmp_path / "j.csv"), "--out", str(tmp_path / "ratings.csv")]


def test_builder_labels_and_basis(tmp_path):
    assert _builder().main(_inputs(tmp_path)) == 0
    from newsgraph.source.ratings import parse

    rows = {r.domain: r for r in parse((tmp_path / "ratings.csv").read_text(encoding="utf-8"), "built")}
    assert set(rows) == {"good.com", "only-www.com", "mixedfig.com", "lowfig.com", "verylow.com", "middling.org",
                         "poor.net", "old-name.com", "new-name.com"}
    got = {d: r.label for d, r in rows.items()}
    assert got == {"good.com": "high", "only-www.com": "high", "mixedfig.com": "mixed", "lowfig.com": "low",
                   "verylow.com": "very low", "middling.org": "mixed", "poor.net": "low", "old-name.com": "high",
                   "new-name.com": "high"}
    assert rows["good.com"].score == 0.9 and "factuality 0.8333" in rows["good.com"].figure
    assert "MBFC did not rate it" in rows["only-www.com"].figure
    assert "judgement" in rows["new-name.com"].figure and "it moved" in rows["new-name.com"].figure
    for r in rows.values():
        assert r.rater.startswith("Lin et al.") and r.rated == "2023" and "doi:10.1093" in r.citation


def test_builder_check_and_bad_judgement(tmp_path):
    b = _builder()
    args = _inputs(tmp_path)
    assert b.main(args) == 0
    assert b.main([*args, "--check"]) == 0
    (tmp_path / "ratings.csv").write_text("changed\n", encoding="utf-8")
    assert b.main([*args, "--check"]) == 1
    with pytest.raises(SystemExit, match="which Lin et al. rate"):
        b.main(_inputs(tmp_path, "domain,same_as,reason\ngood.com,poor.net,no\n"))


def test_builder_chooses_cutoffs_on_one_split(tmp_path):
    shared = tmp_path / "shared"
    # pc1-labelled outlets (imputed MBFC figures): high from 0.7 up, mixed from 0.4 up on "first"
    lin = "domain,pc1,mbfc_fact\n" + "".join(f"o{i}.com,{i / 10},0.50000001{i}\n" for i in range(10))
    (tmp_path / "lin.csv").write_text(lin, encoding="utf-8")
    for split in ("first", "second"):
        d = shared / "eval" / "news-media-reliability" / split
        d.mkdir(parents=True)
        rows = ["source_url\tsource_url_normalized\tref\tfact\tbias"]
        for i in range(10):
            fact = "high" if i >= 7 else "mixed" if i >= 4 else "low"
            rows.append(f"http://o{i}.com/\to{i}.com\thttp://mbfc/x\t{fact}\tcenter")
        (d / "corpus.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "j.csv").write_text("domain,same_as,reason\n", encoding="utf-8")
    (tmp_path / "cut.json").write_text(json.dumps(CUT), encoding="utf-8")  # MBFC cut-offs: nothing to choose on
    assert _builder().main(["--shared", str(shared), "--lin", str(tmp_path / "lin.csv"), "--choose-cutoffs",
                            "--choose-on", "first", "--check-on", "second", "--cutoffs", str(tmp_path / "cut.json"),
                            "--judgements", str(tmp_path / "j.csv"), "--out", str(tmp_path / "out.csv")]) == 0
    cut = json.loads((tmp_path / "cut.json").read_text(encoding="utf-8"))
    assert (cut["pc1_mixed"], cut["pc1_high"], cut["chosen_on"]) == (0.31, 0.61, "first")
    assert (cut["mbfc_mixed"], cut["mbfc_high"]) == (CUT["mbfc_mixed"], CUT["mbfc_high"])


def test_builder_is_one_command(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_ratings.py"), *_inputs(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr and (tmp_path / "ratings.csv").read_text(encoding="utf-8").count("\n") > 20


def test_shipped_table_is_what_the_builder_makes(shared):
    assert _builder().main(["--shared", str(shared), "--check"]) == 0


def test_a_table_is_true_exactly_when_it_has_a_rating():
    assert not RatingsTable() and len(RatingsTable()) == 0
    by_name = RatingsTable([_r(None, name="Some Outlet")])
    by_domain = RatingsTable([_r("example.org", "low")])
    for t in (by_name, by_domain, load_ratings()):
        assert t and len(t) > 0
