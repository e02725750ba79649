"""Metadata an analyst checks first: the language, the registered domain, the publisher of a
wire story on a partner's host, and authors taken only from bylines, never from body sentences."""

from __future__ import annotations

import pytest

from newsgraph.ingest import language, metadata


@pytest.mark.parametrize("text, lang", [
    ("The army said on Monday that it had struck several targets in the north of the country.", "en"),
    ("Le gouvernement a annoncé lundi un accord avec les syndicats de la fonction publique.", "fr"),
    ("Die Regierung hat am Montag eine Einigung mit den Gewerkschaften erzielt.", "de"),
    ("Военные заявили в понедельник, что нанесли удар по нескольким целям.", "ru"),
    ("Israel Gaza", None),  # too short to tell
])
def test_language(text, lang):
    assert language.detect(text) == lang


@pytest.mark.parametrize("value, domain", [
    ("https://news.bbc.co.uk/2/hi/world.stm", "bbc.co.uk"),
    ("hosted.ap.org", "ap.org"),
    ("https://www.reuters.com/world/", "reuters.com"),
    ("http://someblog.blogspot.com/2020/01/post.html", "someblog.blogspot.com"),  # a private suffix: each blog
    ("http://localhost:8000/a", "localhost"),
    (None, None),
])
def test_registered_domain_offline(value, domain):
    assert metadata.registered_domain(value) == domain


@pytest.mark.parametrize("sitename, url, publisher", [
    ("Hosted", "https://hosted.ap.org/berkshireeagle/article/123/story", "Associated Press"),
    ("The Berkshire Eagle", "https://www.reuters.com/article/x", "Reuters"),
    ("ProFootballTalk", "https://profootballtalk.nbcsports.com/2019/x", "ProFootballTalk"),
    (None, "https://example.org/x", None),
])
def test_publisher_from_known_hosts_then_site_name(sitename, url, publisher):
    assert metadata.publisher_of(sitename, url) == publisher


BODY = ("In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused U.S. "
        "forces of controlling armed groups.\n\nThe Pentagon rejected the accusations, Jane Doe reported.")


@pytest.mark.parametrize("authors, publisher, expected", [
    (["The Russian", "Syrian defense ministries"], None, []),  # a body sentence split on "and"
    (["Syrian defense ministries"], None, []),
    (["Jane Doe"], None, ["Jane Doe"]),  # a real name stays even when the body names her
    (["ERIC TUCKER Associated Press", "Lisa Mascaro"], "Associated Press", ["ERIC TUCKER", "Lisa Mascaro"]),
    (["Mobasir hassan"], None, ["Mobasir hassan"]),  # not a name's shape, but not from the body either
    (["The Associated Press"], None, ["The Associated Press"]),
    (["Tom Krisher", "AP Auto Writer"], None, ["Tom Krisher"]),  # a job title listed as an author
    (["Staff Writer"], None, ["Staff Writer"]),  # the whole byline: what the page says
])
def test_authors_only_from_bylines(authors, publisher, expected):
    assert metadata.byline_authors(authors, BODY, publisher) == expected


def test_byline_line_in_the_body_is_not_a_sentence():
    assert metadata.byline_authors(["Mobasir hassan"], "Prep time 15 min\n\nAuthor Mobasir hassan\n\nIngredients") \
        == ["Mobasir hassan"]


def test_html_page_of_a_wire_story_on_a_partner_host():
    from newsgraph import source
    from newsgraph.ingest import html

    page = ("<html><head><title>Talks resume</title><meta property='og:site_name' content='Hosted'>"
            "<link rel='canonical' href='https://hosted.ap.org/partner/article/abc/talks-resume'>"
            "<meta name='author' content='Jane Doe Associated Press'></head><body><article>"
            "<p>GENEVA (AP) — Delegations met in Geneva on Monday to revive a truce that expired in October, "
            "officials said after the first session of the talks.</p>"
            "<p>Both sides agreed to exchange prisoners before the end of the month, the envoy told reporters.</p>"
            "</article></body></html>")
    article = html.parse(page)
    assert article.publisher == "Associated Press" and article.authors == ["Jane Doe"]
    found = source.identify(article, source.load_ratings(None))
    assert found.reliability.label != "unknown"


def test_markdown_blocks_by_commonmark():
    from newsgraph.ingest import markdown

    raw = ("# Talks resume\n\nBy [Jane Doe](#)\n\n"
           "> \"We will not retreat,\" the minister said in a statement on Monday.\n\n"
           "Officials met in Geneva with ![a photo](p.jpg) no image text and a [ref link][1].\n\n"
           "- Share on Twitter\n- Share on Facebook\n\n[1]: https://example.org\n")
    a = markdown.parse(raw)
    assert (a.title, a.authors) == ("Talks resume", ["Jane Doe"])
    assert a.text.split("\n\n") == ['"We will not retreat," the minister said in a statement on Monday.',
                                    "Officials met in Geneva with  no image text and a ref link."]
    assert a.boilerplate == ["Share on Twitter", "Share on Facebook"]  # each list item judged on its own


@pytest.mark.parametrize("paragraph, quoted", [
    ("“Please support us in this fight against the blockade,” the mayor said on Monday.", True),
    ("\"We have a narrow window to turn the truce into a lasting ceasefire,\" Grundberg told reporters.", True),
    ("“Had he written five more books in that world, he would’ve been a legend.” — Jo Walton", True),
    ("‘NAÏVE AND TRUSTING’ Woman gave man on dating site a list, court hears", False),  # a headline
    ("Please click the share buttons above or below.", False),
])
def test_quotation(paragraph, quoted):
    from newsgraph.ingest import boilerplate

    assert boilerplate.is_quotation(paragraph) is quoted
    if quoted:
        assert boilerplate.classify(paragraph) is None  # a statement is never boilerplate


def test_claim_box_beside_the_body_is_article_text():
    from newsgraph.ingest import html

    claim = ("“A cause for serious concern is the situation in the south, where armed formations "
             "continue to prevent the evacuation of civilians from the camp.”")
    page = f"""<html><head><title>Claims about the camp are false</title></head><body>
      <nav><ul><li>Home</li><li>World news and more</li></ul></nav>
      <div class="main"><div class="claim"><h4 class="author">The defense ministries</h4>
        <div class="statement"><p>{claim}</p></div></div>
      <div class="article"><div class="text">
        <p>In a joint statement published Oct. 25, the defense ministries accused foreign forces of blocking the
        evacuation of the camp and of disrupting a United Nations plan to return people to their homes.</p>
        <p>The Pentagon rejected these accusations as false, and analysts and people in the camp told reporters
        the claims were false.</p>
        <p>The base will remain after most troops leave, officials said, and the camp is still under siege by
        government forces that let little food in.</p></div></div></div>
      <footer><p>Related: “Another story that starts with a quotation mark,” a page said.</p></footer>
      </body></html>"""
    article = html.parse(page)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == claim and "In a joint statement" in paragraphs[1]
    assert claim not in article.boilerplate and "Another story" not in article.text


def _head(*tags: str, title: str = "Talks resume in Geneva") -> str:
    return f"<html><head><title>{title}</title>{''.join(tags)}</head><body><p>Text.</p></body></html>"


def _ld(publisher: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
            f'"NewsArticle", "headline": "Talks", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}]}}'
            "</script>")


def _og(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


@pytest.mark.parametrize("page, url, publisher", [
    # the site names itself; the JSON-LD of a syndicated story names the wire that wrote it
    (_head(_og("Valley Gazette"), _ld("Associated Press")), "https://www.valleygazette.com/a", "Valley Gazette"),
    # the JSON-LD spells out the site's short name: initials, or the same letters with spaces
    (_head(_og("NDH"), _ld("The Northern Daily Herald")), "https://ndh.com/a", "The Northern Daily Herald"),
    (_head(_og("TheHarbor"), _ld("The Harbor")), "https://theharbor.com/a", "The Harbor"),
    (_head(_og("Harbor"), _ld("HARBOR")), "https://theharbor.com/a", "Harbor"),  # only its capitals differ
    # a slug for a site name, written out in the <title>
    (_head(_og("valleygazette"), title="Talks resume | Valley Gazette"), "https://valleygazette.com/a",
     "Valley Gazette"),
    # no og:site_name: the JSON-LD publisher, nested in @graph
    (_head(_ld("Valley Gazette")), "https://valleygazette.com/a", "Valley Gazette"),
    # a publisher given by reference to the graph's Organization
    (_head('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": {"@id": "#org"}}, '
           '{"@type": "Organization", "@id": "#org", "name": "Valley Gazette"}]}</script>'),
     "https://valleygazette.com/a", "Valley Gazette"),
    # nothing but the <title>: the part that spells the registered domain, at the end or the start
    (_head(title="Talks resume - World | The Valley Gazette"), "https://news.valleygazette.co.uk/a",
     "The Valley Gazette"),
    (_head(title="Valley Gazette: Talks resume"), "https://valleygazette.com/a", "Valley Gazette"),
    (_head(title="Talks resume | World News"), "https://valleygazette.com/a", None),  # names no domain
    # the web-app name when it is written as a name, not a slug
    (_head('<meta name="application-name" content="Valley Gazette">'), "https://vg.com/a", "Valley Gazette"),
    (_head('<meta name="application-name" content="vgazette">'), "https://vg.com/a", None),
    # a known wire host first, whatever the page says
    (_head(_og("Hosted"), _ld("Valley Gazette")), "https://hosted.ap.org/partner/a", "Associated Press"),
])
def test_page_publisher(page, url, publisher):
    assert metadata.page_publisher(page, url) == publisher


@pytest.mark.parametrize("name, url, expected", [
    ("The Valley Gazette", "https://www.valleygazette.com/x", True),
    ("Gazette.co.uk", "https://www.gazette.co.uk/x", True),
    ("Valley Gazette", "https://www.valley.com/x", False),
    ("World", "https://www.valleygazette.com/x", False),
])
def test_names_domain(name, url, expected):
    assert metadata.names_domain(name, url) is expected


def test_record_url_names_the_wire_host_when_the_page_states_none(tmp_path):
    """A JSON record's `url` (or a WARC record's target) stands in for the canonical URL the page
    does not state, so a wire story saved from a wire host is the wire's."""
    import json

    from newsgraph.ingest import read_inputs
    from newsgraph.model import Article

    page = ("<html><head><title>Talks resume</title><meta property='og:site_name' content='Hosted'></head>"
            "<body><article><p>GENEVA (AP) — Delegations met in Geneva on Monday to revive a truce that expired "
            "in October, officials said after the first session of the talks.</p><p>Both sides agreed to "
            "exchange prisoners before the end of the month, the envoy told reporters.</p></article></body></html>")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": page, "url": "https://hosted.ap.org/partner/article/abc"}) + "\n")
    (article,) = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    assert article.publisher == "Associated Press"
