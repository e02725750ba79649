"""Authors a page states where trafilatura finds none: its first byline element, its JSON-LD, its
author meta tags (ingest/metadata.py `page_authors`); never a sentence, never the site's own name.
All pages here are invented."""

from __future__ import annotations

import pytest

from newsgraph.ingest import html, metadata

BODY = ("<p>Delegations met in Geneva on Monday to revive a truce that expired in October, officials "
        "said after the first session of the talks.</p><p>Both sides agreed to exchange prisoners "
        "before the end of the month, the envoy told reporters in the lobby of the hotel.</p>")


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Talks resume</title>{head}</head>"
            f"<body>{before}<article>{BODY}</article>{after}</body></html>")


def test_jsonld_author_nested_in_graph():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "WebSite", "name": "Example"}, {"@type": "NewsArticle", "author": '
          '[{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Li Wei"}]}]}</script>')
    assert metadata.page_authors(page(head=ld)) == ["Ana Ruiz", "Li Wei"]


def test_jsonld_author_of_a_comment_is_not_the_article_s():
    ld = '<script type="application/ld+json">{"@type": "Comment", "author": {"name": "Ana Ruiz"}}</script>'
    assert metadata.page_authors(page(head=ld)) == []


@pytest.mark.parametrize("tag, found", [
    ('<meta name="parsely-author" content="Ana Ruiz">', ["Ana Ruiz"]),
    ('<meta name="sailthru.author" content="Ana Ruiz">', ["Ana Ruiz"]),
    ('<meta name="dc.creator" content="Ana Ruiz">', ["Ana Ruiz"]),
    ('<meta property="article:author" content="https://example.org/ana">', []),  # a profile URL
    ('<meta name="twitter:creator" content="@anaruiz">', []),  # a handle, not a name
    ('<meta name="twitter:creator" content="anaruiz">', ["anaruiz"]),
])
def test_author_meta_tags(tag, found):
    assert metadata.page_authors(page(head=tag)) == found


def test_first_byline_element_not_related_posts():
    byline = ('<p class="meta">By <a rel="author" href="/a/ana">Ana Ruiz</a> and '
              '<a rel="author" href="/a/li">Li Wei</a></p>')
    related = '<ul><li><a href="/x">Other story</a> by <a rel="author" href="/a/tom">Tom Hale</a></li></ul>'
    assert metadata.page_authors(page(before=byline, after=related)) == ["Ana Ruiz", "Li Wei"]


def test_byline_class_label_and_trailing_role():
    byline = '<span class="byline-author">Posted by Ana Ruiz, Li Wei and Tom Hale - Browser Security team</span>'
    assert metadata.page_authors(page(before=byline)) == ["Ana Ruiz", "Li Wei", "Tom Hale"]


def test_byline_with_links_gives_the_link_texts():
    byline = ('<div data-testid="story-byline"><img alt="Ana Ruiz photo"><span>By</span>'
              '<a href="/team/ana-ruiz">Ana Ruiz</a><span>Monday, March 2, 2020 5:10PM</span></div>')
    assert metadata.page_authors(page(before=byline)) == ["Ana Ruiz"]


def test_itemprop_author_name():
    byline = '<div itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span><p>Ana covers the Gulf.</p></div>'
    assert metadata.page_authors(page(before=byline)) == ["Ana Ruiz"]


@pytest.mark.parametrize("byline", [
    '<div class="byline">the Russian and Syrian defense ministries said on Monday</div>',  # a sentence
    '<div class="author-byline">' + "Ana Ruiz has covered the region for the paper since 2004 " * 3 + "</div>",  # a bio
])
def test_sentences_are_never_bylines(byline):
    assert metadata.page_authors(page(before=byline)) == []


def test_site_name_is_not_an_author():
    byline = ('<span itemprop="author"><meta itemprop="name" content="Example"></span>'
              '<span class="byline">By Ana Ruiz</span>')
    assert metadata.page_authors(page(before=byline), sitename="Example", domain="news.example.org") == ["Ana Ruiz"]
    assert metadata.names_the_site(["Example"], None, "blog.example.org")
    assert not metadata.names_the_site(["Ana Ruiz"], "Example", "example.org")


# Pages on which trafilatura's metadata has no author, or only the site's name (checked: these
# fail with the reader before page_authors).
@pytest.mark.parametrize("head, before", [
    ("", '<div data-testid="story-byline"><span>By</span><a href="/team/ana-ruiz">Ana Ruiz</a></div>'),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
     '"author": {"name": "Ana Ruiz"}}]}</script>', ""),
    ('<meta property="og:site_name" content="Example News"><meta name="author" content="Example">',
     '<div data-testid="story-byline"><span>By</span><a href="/team/ana-ruiz">Ana Ruiz</a></div>'),
])
def test_html_reader_takes_the_page_s_byline(head, before):
    assert html.parse(page(head=head, before=before)).authors == ["Ana Ruiz"]


COMMENTS = ('<div id="sidebar"><h3>Recent Comments</h3><ul id="recentcomments"><li class="recentcomments">'
            '<span class="comment-author-link"><a href="https://spam.example" rel="external nofollow">Kai Moss</a>'
            '</span> on <a href="/post">Talks resume</a></li></ul></div>')


def test_a_commenter_is_not_the_author():
    assert metadata.only_in_comments("Kai Moss", page(after=COMMENTS))
    stated = page(head='<meta name="author" content="Kai Moss">', after=COMMENTS)
    assert not metadata.only_in_comments("Kai Moss", stated)
    # a page-wide state class such as WordPress's "comments-open" is not a comment section
    wrapped = f'<div class="post comments-open"><p class="by">Kai Moss</p>{BODY}</div>'
    assert not metadata.only_in_comments("Kai Moss", wrapped)
    byline_in_comment = ('<ol class="comment-list"><li><span class="byline">By <a rel="author">Kai Moss</a>'
                         '</span></li></ol>')
    assert metadata.page_authors(page(after=byline_in_comment)) == []


def test_jsonld_author_of_the_main_entity():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", '
          '"mainEntity": {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ana Ruiz"}}}]}</script>')
    assert metadata.page_authors(page(head=ld)) == ["Ana Ruiz"]


NEXT_DATA = ('<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"page": {"article": '
             '{"@type": "NewsArticle", "headline": "Talks resume", "author": [{"@type": "Person", "name": "Ana Ruiz"}, '
             '{"@type": "Person", "name": "Li Wei"}]}, "related": [{"@type": "NewsArticle", "author": '
             '{"name": "Tom Berg"}}]}}}}</script>')
STATE = ('<script>window.__INITIAL_STATE__ = {"route": "/world", "content": {"items": [{"@type": "ReportageNewsArticle", '
         '"author": {"@type": "Person", "name": "Ana Ruiz"}}, {"@type": "NewsArticle", "author": "Tom Berg"}]}};'
         'window.ready = true;</script>')


@pytest.mark.parametrize("script, found", [
    (NEXT_DATA, ["Ana Ruiz", "Li Wei"]),  # Next.js page data; the related story's author is not the article's
    (STATE, ["Ana Ruiz"]),  # a state object assigned to a variable
    ('<script>window.__S__ = {"user": {"@type": "Person", "author": "Tom Berg"}};</script>', []),  # not an article
    ('<script>track("author", {"@type": "NewsArticle", "author": "Tom Berg"});</script>', []),  # not a state object
    ('<script type="application/json">{"@type": "NewsArticle", "author": ', []),  # cut off
])
def test_author_in_javascript_state(script, found):
    assert metadata.page_authors(page(after=script)) == found


def test_javascript_state_only_when_the_page_states_no_author_elsewhere():
    tag = '<meta name="author" content="Mia Kovac">'
    assert metadata.page_authors(page(head=tag, after=NEXT_DATA)) == ["Mia Kovac"]


@pytest.mark.parametrize("author, found", [
    ('{"@id": "https://example.org/#/person/1"}', ["Ana Ruiz"]),  # a reference to the graph's Person
    ('"https://example.org/#/person/1"', ["Ana Ruiz"]),  # the same reference as a bare string
    ('"https://example.org/author/someone/"', []),  # a URL that names no node is not a name
])
def test_jsonld_author_by_reference(author, found):
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          f'{{"@type": "NewsArticle", "headline": "Talks resume", "author": {author}}}, '
          '{"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Ana Ruiz"}]}</script>')
    assert metadata.page_authors(page(head=ld)) == found


@pytest.mark.parametrize("line, found", [
    ("<p>Posted by Mia Kovac @ 12:00 am</p>", ["Mia Kovac"]),
    ("<span>Written by Mia Kovac</span>", ["Mia Kovac"]),
    ("<div>Posted by M. J. Kovac on November 19, 2019, 6:21 AM EST</div>", ["M. J. Kovac"]),
    ("<p>Posted by Mia Kovac, Marketing Lead, Example Corp</p>", ["Mia Kovac"]),  # the role after a comma goes
    ("<p>Posted by the ministry of defence on its website</p>", []),  # not a name
    ("<p>By Monday the talks had resumed</p>", []),  # a plain "By" starts sentences too: not read here
    ('<div class="comments"><p>Posted by Tom Berg</p></div>', []),  # a commenter
])
def test_posted_by_line(line, found):
    assert metadata.page_authors(page(after=line)) == found


def test_javascript_state_nested_past_any_reason_is_skipped():
    deep = '<script type="application/json">' + '{"@type": "Thing", "a": ' * 50_000 + "1" + "}" * 50_000 + "</script>"
    assert metadata.page_authors(page(after=deep)) == []
