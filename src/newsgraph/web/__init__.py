"""`newsgraph serve`: the corpus in the browser and as a JSON API.

    render.py   Jinja2 environment, shared with the `--format html` report
    view.py     the article view: overlapping highlighted spans as segments and slots
    app.py      the FastAPI application: security middleware, one JSON error shape
    api.py      /api/...: lists, records, the queries of `newsgraph query`, POST /api/analyze
    pages.py    server-rendered pages: article, actor, timeline, network, search, analyze
    data.py     the SQL the pages need beyond corpus/queries.py
    svg.py      the timeline chart and the network graph, drawn server-side as SVG

Importing this package does not import FastAPI: the HTML report needs only Jinja2.
"""
