"""JSON and JSONL records: one Article per record, a bad record reported by file and line.

A record is an object with `text` or `html` and optionally `title`, `url`, `published`,
`authors`, `publisher`, `tags`, `language` (common aliases such as `body`, `date`, `author`,
`source` are read too). The record's own fields win over what is found in its HTML.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..model import Article
from . import boilerplate, decode, metadata

# Field names in the order they are tried; the first is the documented one.
TEXT_FIELDS = ("text", "body", "content", "articleBody", "article")
HTML_FIELDS = ("html", "raw_html", "content_html")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "sourceUrl", "source_url")
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "datePublished", "pubdate")
AUTHOR_FIELDS = ("authors", "author", "byline")
PUBLISHER_FIELDS = ("publisher", "source", "site_name", "sitename", "outlet", "sourceName", "source_name")
TAG_FIELDS = ("tags", "keywords", "categories")
LANGUAGE_FIELDS = ("language", "lang")


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for n in names:
        value = record.get(n)
        if value not in (None, "", [], {}):
            return value
    return None


class FieldError(ValueError):
    """A record field of the wrong type: the record is skipped, the message names the field."""


def _json_type(value: Any) -> str:
    return {bool: "true/false", int: "number", float: "number", str: "string", list: "list",
            dict: "object"}.get(type(value), type(value).__name__)


def _names(value: Any, *, people: bool = True, field_name: str = "authors") -> list[str]:
    """Authors or tags given as a list, a list of {"name": ...}, or one delimited string."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, str):
        value = re.split(r"\s*[;,|]\s*|\s+and\s+" if people else r"\s*[;,|]\s*", value)
    if not isinstance(value, list):
        raise FieldError(f"field `{field_name}` is a {_json_type(value)}; expected a string or a list of strings")
    out = []
    for v in value:
        if isinstance(v, dict):
            v = v.get("name") or ""
        if not isinstance(v, (str, int, float)) or isinstance(v, bool):
            raise FieldError(f"field `{field_name}` holds a {_json_type(v)}; expected strings")
        v = str(v).strip()
        if v and v not in out:
            out.append(v)
    return out


def _text_article(text: str, title: str | None, source_path: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [re.sub(r"[ \t]*\n[ \t]*", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) == 1 and "\n" in text.strip():  # one paragraph per line
        paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    body, removed = boilerplate.split(paragraphs, [])
    return Article(text="\n\n".join(body), title=title, boilerplate=removed, source_path=source_path)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(value: Any, depth: int = 0) -> Any:
    """The record with lone surrogates ("\\ud800" in JSON: no character, not storable as UTF-8)
    replaced by U+FFFD, in the fields a record is read from (three levels are all that are read)."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if depth >= 3:
        return value
    if isinstance(value, dict):
        return {_valid_text(k, depth + 1): _valid_text(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_valid_text(v, depth + 1) for v in value]
    return value


def to_article(record: Any, source_path: str) -> Article:
    """One record to a finished Article; InputError when it holds no article."""
    from . import finish

    record = _valid_text(record)
    if not isinstance(record, dict):
        raise InputError(source_path, f"record is a JSON {type(record).__name__}, not an object with `text` or `html`")
    title = _first(record, TITLE_FIELDS)
    title = str(title).strip() if title else None
    text, page = _first(record, TEXT_FIELDS), _first(record, HTML_FIELDS)
    if isinstance(text, str) and text.strip():
        article = _text_article(text, title, source_path)
        article.input_format = "json"
    elif isinstance(page, str) and page.strip():
        from . import html

        url = _first(record, URL_FIELDS)
        article = html.parse(page, source_path=source_path, url=url if isinstance(url, str) else None)
        article.input_format = "json"
    else:
        raise InputError(source_path, "record has no `text` or `html` field with article text")
    if title:
        article.title = title[:1000]
    if authors := _names(_first(record, AUTHOR_FIELDS), field_name="authors"):
        article.authors = authors
    if (url := _first(record, URL_FIELDS)) and isinstance(url, str):
        article.url = url.strip()
        article.domain = metadata.domain_of(article.url)
    if published := metadata.parse_date(_first(record, DATE_FIELDS)):
        article.published = published
    publisher = _first(record, PUBLISHER_FIELDS)
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    if publisher and isinstance(publisher, (str, int, float)):
        article.publisher = str(publisher).strip()[:300]
    elif not article.publisher:
        article.publisher, footer_domain = metadata.publisher_from_footer(article.boilerplate)
        article.domain = article.domain or footer_domain
    if tags := _names(_first(record, TAG_FIELDS), people=False, field_name="tags"):
        article.tags = tags
    if (lang := _first(record, LANGUAGE_FIELDS)) and isinstance(lang, str):
        article.language = lang.strip().lower()[:2]
    record_id = _first(record, ("id", "_id", "doc_id", "document_id"))
    if isinstance(record_id, (str, int)) and str(record_id).strip():
        article.id = str(record_id).strip()
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return finish(article, hashlib.sha256(canonical).digest())


def _json_error(e: json.JSONDecodeError) -> str:
    return f"not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})"


def parse(raw, fmt: str) -> Iterator[Article | InputError]:
    """Articles from a JSON file (an object or a list of them) or a JSONL file (one per line)."""
    text, note = decode.decode(raw.name, raw.data)
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            # Several objects, one per line, in a file named .json: read it as JSONL.
            if text.lstrip().startswith("{") and text.count("\n{") > 0 and e.msg == "Extra data":
                yield from _lines(raw.name, enumerate(text.splitlines(), 1))
                return
            yield InputError(raw.name, _json_error(e))
            return
        except (ValueError, RecursionError) as e:
            yield InputError(raw.name, f"not readable JSON ({_value_error(e)})")
            return
        if isinstance(data, list):
            if not data:
                yield InputError(raw.name, "JSON list is empty")
            for i, record in enumerate(data, 1):
                yield _one(record, f"{raw.name}#{i}", f"record {i}")
        else:
            yield _one(data, raw.name, "the record")
        return
    yield from _lines(raw.name, enumerate(text.splitlines(), 1))


def read_lines(name: str, stream) -> Iterator[Article | InputError]:
    """Articles from a JSONL stream, one line at a time: memory holds one record, never the file.

    A line over the article limit is skipped (read through in pieces, not held); a line that is
    not JSON or not a usable record costs that line only; damage to a .gz ends the file with
    the records before it kept.
    """
    from . import MAX_BYTES

    buffered = io.BufferedReader(stream, buffer_size=1 << 16)

    def lines() -> Iterator[tuple[int, str | InputError]]:
        lineno = 0
        while True:
            line = buffered.readline(MAX_BYTES + 1)
            if not line:
                return
            lineno += 1
            if stream.damage and not line.endswith(b"\n"):
                return  # the line the damage cut short: reported with the damage below
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while (rest := buffered.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield lineno, InputError(f"{name}#{lineno}", f"line {lineno} is over the {MAX_BYTES // 2**20} MB "
                                                            "limit for one article; skipped, the other lines are read")
                continue
            try:
                yield lineno, line.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                try:
                    text, _ = decode.decode(f"{name} line {lineno}", line)
                except InputError as e:
                    yield lineno, e
                    continue
                yield lineno, text.rstrip("\r\n")

    yield from _lines(name, lines())
    if stream.over:
        yield InputError(name, f"unpacks to more than {stream.cap / 2**20:,.0f} MB; the lines after that were not read "
                               "(a decompression bomb, or split the file)")
    elif stream.damage:
        yield InputError(name, f"{stream.damage}; the complete lines before the damage were read")


def _value_error(e: Exception) -> str:
    if isinstance(e, RecursionError):
        return "nested too deeply"
    msg = str(e)
    if "digits" in msg:
        return "a number with too many digits"
    return " ".join(msg.split())[:160]


def _lines(name: str, numbered) -> Iterator[Article | InputError]:
    found = False
    for lineno, line in numbered:
        if isinstance(line, InputError):
            found = True
            yield line
            continue
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"{name} line {lineno}", f"not valid JSON ({e.msg}, column {e.colno}); the other lines are read")
            continue
        except (ValueError, RecursionError) as e:
            yield InputError(f"{name} line {lineno}", f"not readable JSON ({_value_error(e)}); the other lines are read")
            continue
        yield _one(record, f"{name}#{lineno}", f"line {lineno}")
    if not found:
        yield InputError(name, "file is empty")


def _one(record: Any, source_path: str, where: str = "") -> Article | InputError:
    """One record to an Article, or an InputError that costs this record only."""
    try:
        return to_article(record, source_path)
    except InputError as e:
        return e
    except FieldError as e:
        return InputError(source_path, f"{where + ': ' if where else ''}{e}; record skipped")
    except (RecursionError, MemoryError) as e:
        return InputError(source_path, f"{where + ': ' if where else ''}record too deeply nested or too large "
                                       f"({type(e).__name__}); skipped")
    except Exception as e:  # noqa: BLE001 - one odd record must not end the file
        return InputError(source_path, f"{where + ': ' if where else ''}record could not be read "
                                       f"({type(e).__name__}: {' '.join(str(e).split())[:160]}); skipped")
