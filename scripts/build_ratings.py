#!/usr/bin/env python3
"""Rebuild `src/newsgraph/data/ratings.csv` from the published domain-quality figures (one command).

    python scripts/build_ratings.py                    # rebuild with the cut-offs in scripts/ratings/cutoffs.json
    python scripts/build_ratings.py --choose-cutoffs   # choose them again on emnlp18, check on acl2020, rebuild
    python scripts/build_ratings.py --check            # exit 1 when the shipped table differs from a rebuild

Inputs: `shared/reference/domain-quality/domain_ratings.csv` (Lin et al. 2023; `--lin FILE` for another copy),
`scripts/ratings/cutoffs.json` (score -> label cut-offs), `scripts/ratings/judgements.csv` (the project's
own rows, each with its reason). `--choose-cutoffs` also reads the MBFC labels of News-Media-Reliability
(`shared/eval/news-media-reliability`): they are used to choose and check the cut-offs only, never copied
into the table (their licence allows internal evaluation only). See docs/ratings.md.

Label of a domain:
- where Media Bias/Fact Check rated it (Lin et al. give its factuality figure to 4 decimals; figures they
  imputed carry full float precision), from that figure: >= mbfc_high high, >= mbfc_mixed mixed,
  >= mbfc_very_low low, below it very low (MBFC's lowest level, 1/6 on Lin et al.'s scale);
- otherwise from the aggregate score pc1: >= pc1_high high, >= pc1_mixed mixed, below it low.
Rows that name a path inside a site (`facebook.com/news`, `rfi.fr/en`) are left out: newsgraph looks up
hosts, and such a row would otherwise rate the whole site.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from newsgraph.source.ratings import Rating, RatingsTable, norm_domain  # noqa: E402

CUTOFFS = ROOT / "scripts" / "ratings" / "cutoffs.json"
JUDGEMENTS = ROOT / "scripts" / "ratings" / "judgements.csv"
OUT = ROOT / "src" / "newsgraph" / "data" / "ratings.csv"
SOURCE = "Lin et al., PNAS Nexus"
YEAR = "2023"
CITATION = "doi:10.1093/pnasnexus/pgad286"
COLUMNS = ["domain", "label", "score", "mbfc_factuality", "basis", "source", "year", "citation"]
# MBFC's levels on Lin et al.'s scale are k/6 (1/6 very low ... 1 very high); cut-offs sit between levels.
MBFC_GRID = [round((2 * k + 1) / 12, 4) for k in range(6)]
PC1_GRID = [i / 100 for i in range(101)]
# Below MBFC's "low" level (2/6): very low. Not chosen on data: the reliability sets have 3 labels only.
MBFC_VERY_LOW = 0.25
_RATED = re.compile(r"[01](?:\.\d{1,4})?")


def shared_dir(arg: str | None) -> Path:
    for c in [arg, os.environ.get("NEWSGRAPH_SHARED"), ROOT.parent / "shared"]:
        if c and Path(c).is_dir():
            return Path(c)
    sys.exit("build_ratings: no shared folder found: pass --shared DIR or set NEWSGRAPH_SHARED")


def read_lin(path: Path) -> dict[str, tuple[float, float | None]]:
    """domain -> (pc1, MBFC factuality figure or None where MBFC did not rate it)."""
    if not path.is_file():
        sys.exit(f"build_ratings: {path} not found (Lin et al. 2023 domain_ratings.csv)")
    out: dict[str, tuple[float, float | None]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or not {"domain", "pc1", "mbfc_fact"} <= set(rows[0]):
        sys.exit(f"build_ratings: {path} lacks the columns domain, pc1, mbfc_fact")
    exact = {r["domain"].strip().lower() for r in rows}
    for r in rows:
        raw = r["domain"].strip().lower()
        d = norm_domain(raw)
        if not d or "/" in raw:
            continue  # a path inside a site (facebook.com/news, rfi.fr/en): a host lookup cannot tell it apart
        if d != raw and d in exact:
            continue  # www.x.com beside x.com: x.com's own row wins
        fact = r["mbfc_fact"].strip()
        out[d] = (float(r["pc1"]), float(fact) if _RATED.fullmatch(fact) else None)
    return out


def label_for(pc1: float, mbfc: float | None, cut: dict) -> str:
    if mbfc is not None:
        return ("high" if mbfc >= cut["mbfc_high"] else "mixed" if mbfc >= cut["mbfc_mixed"]
                else "low" if mbfc >= cut.get("mbfc_very_low", MBFC_VERY_LOW) else "very low")
    return "high" if pc1 >= cut["pc1_high"] else "mixed" if pc1 >= cut["pc1_mixed"] else "low"


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".") if x not in (0, 1) else str(int(x))


def read_judgements(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def build_rows(lin: dict[str, tuple[float, float | None]], cut: dict,
               judgements: list[dict[str, str]]) -> list[dict[str, str]]:
    rows = {}
    for d, (pc1, mbfc) in lin.items():
        rows[d] = {"domain": d, "label": label_for(pc1, mbfc, cut), "score": _fmt(pc1),
                   "mbfc_factuality": "" if mbfc is None else _fmt(mbfc),
                   "basis": "mbfc_fact" if mbfc is not None else "pc1",
                   "source": SOURCE, "year": YEAR, "citation": CITATION}
    for j in judgements:
        d, same = norm_domain(j["domain"]), norm_domain(j["same_as"])
        if d in lin:
            sys.exit(f"build_ratings: judgement for {d}, which Lin et al. rate: remove it from {JUDGEMENTS.name}")
        if same not in rows:
            sys.exit(f"build_ratings: judgement {d} -> {same}, which has no rating")
        base = rows[same]
        figure = (f"MBFC factuality {base['mbfc_factuality']}" if base["basis"] == "mbfc_fact"
                  else f"aggregate quality score {base['score']}")
        rows[d] = {**base, "domain": d,
                   "basis": f"newsgraph's judgement: rated as {same} ({figure}) because {j['reason']}",
                   "source": f"{SOURCE} via newsgraph judgement"}
    return [rows[d] for d in sorted(rows)]


def render(rows: list[dict[str, str]], cut: dict, lin_path: str) -> str:
    out = io.StringIO()
    out.write(
        "# Outlet ratings shipped with newsgraph. GENERATED by scripts/build_ratings.py: do not edit, rebuild.\n"
        "# Source: Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D., & Pennycook, G. (2023).\n"
        "#   High level of correspondence across different news domain quality rating sets. PNAS Nexus 2(9),\n"
        "#   pgad286, https://doi.org/10.1093/pnasnexus/pgad286; data: github.com/hauselin/domain-quality-ratings\n"
        f"#   commit 5671d57 ({lin_path}).\n"
        "#   Licence: none stated; figures published with the paper, used with the citation above.\n"
        "# Columns:\n"
        "#   domain           host as rated (subdomains are their own rows; lookups fall back to the\n"
        "#                    registered domain)\n"
        "#   label            high | mixed | low | very low, from the figure named in basis by newsgraph's cut-offs\n"
        "#   score            pc1: aggregate quality from six expert rating sets, 0 (lowest) to 1 (highest)\n"
        "#   mbfc_factuality  Media Bias/Fact Check factuality on Lin et al.'s 0-1 scale, where MBFC rated\n"
        "#                    the domain\n"
        "#   basis            mbfc_fact: label from mbfc_factuality; pc1: label from score (MBFC did not rate it);\n"
        "#                    other text: the project's own judgement and its reason\n"
        "#   source, year, citation   where the figures come from\n"
        f"# Cut-offs (docs/ratings.md): MBFC factuality >= {cut['mbfc_high']} high, >= {cut['mbfc_mixed']} mixed, "
        f">= {cut.get('mbfc_very_low', MBFC_VERY_LOW)} low, else very low;\n"
        f"#   pc1 >= {cut['pc1_high']} high, >= {cut['pc1_mixed']} mixed, else low. "
        f"Chosen on {cut.get('chosen_on', '?')}\n"
        "#   (News-Media-Reliability MBFC labels, used for measuring only).\n")
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue()


def _agreement(scored: list[tuple[float, float | None, str]], cut: dict, which: str) -> tuple[int, int]:
    """(agreeing, counted) over the outlets whose label comes from `which` (mbfc or pc1)."""
    hits = n = 0
    for pc1, mbfc, theirs in scored:
        if (mbfc is not None) == (which == "mbfc"):
            n += 1
            hits += ("low" if (lab := label_for(pc1, mbfc, cut)) == "very low" else lab) == theirs
    return hits, n


def choose_cutoffs(lin, shared: Path, on: str, check: str, previous: dict) -> dict:
    """Each pair of cut-offs maximising agreement on `on` (the first maximum: the lowest among ties).

    A pair with no outlet of `on` to choose it on keeps its value from `previous`."""
    from evaluation.suites.reliability import outlets

    table = RatingsTable([Rating(domain=d, name=None, label="high") for d in lin])
    scored = {}
    for c in (on, check):
        theirs = outlets(shared / "eval" / "news-media-reliability" / c / "corpus.tsv")
        scored[c] = [(*lin[r.domain], f) for host, f in theirs.items() if (r := table.for_domain(host))]
    cut: dict = {"mbfc_mixed": 0.0, "mbfc_high": 1.0, "mbfc_very_low": MBFC_VERY_LOW,
                 "pc1_mixed": 0.0, "pc1_high": 1.0}
    for which, grid in (("mbfc", MBFC_GRID), ("pc1", PC1_GRID)):
        if _agreement(scored[on], cut, which)[1] == 0:
            if f"{which}_high" not in previous:
                sys.exit(f"build_ratings: no outlet of {on} is labelled from {which}: cannot choose its cut-offs")
            cut[f"{which}_mixed"], cut[f"{which}_high"] = previous[f"{which}_mixed"], previous[f"{which}_high"]
            print(f"{which}: no outlet of {on} to choose on; cut-offs kept from {CUTOFFS.name}", file=sys.stderr)
            continue
        best = None
        for lo in grid:
            for hi in grid:
                if hi > lo:
                    hits, n = _agreement(scored[on], {**cut, f"{which}_mixed": lo, f"{which}_high": hi}, which)
                    if best is None or hits > best[0]:
                        best = (hits, n, lo, hi)
        assert best is not None
        cut[f"{which}_mixed"], cut[f"{which}_high"] = best[2], best[3]
        print(f"{which}: mixed >= {best[2]}, high >= {best[3]}: {best[0]}/{best[1]} agree on {on}", file=sys.stderr)
    cut["chosen_on"] = on
    cut["checked_on"] = check
    for c in (on, check):
        for which in ("mbfc", "pc1"):
            hits, n = _agreement(scored[c], cut, which)
            if n:
                print(f"  {c} outlets labelled from {which}: {hits}/{n} = {hits / n:.3f}", file=sys.stderr)
    return cut


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", help="the shared folder (default: $NEWSGRAPH_SHARED or ../shared)")
    ap.add_argument("--lin", type=Path, help="domain_ratings.csv of Lin et al. (default: in the shared folder)")
    ap.add_argument("--cutoffs", type=Path, default=CUTOFFS)
    ap.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--choose-cutoffs", action="store_true",
                    help="choose the cut-offs on --choose-on, report --check-on, write --cutoffs, then build")
    ap.add_argument("--choose-on", default="emnlp18")
    ap.add_argument("--check-on", default="acl2020")
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args(argv)
    lin_path = args.lin or shared_dir(args.shared) / "reference" / "domain-quality" / "domain_ratings.csv"
    lin = read_lin(lin_path)
    if args.choose_cutoffs:
        previous = json.loads(args.cutoffs.read_text(encoding="utf-8")) if args.cutoffs.is_file() else {}
        cut = choose_cutoffs(lin, shared_dir(args.shared), args.choose_on, args.check_on, previous)
        args.cutoffs.write_text(json.dumps(cut, indent=2) + "\n", encoding="utf-8")
    cut = json.loads(args.cutoffs.read_text(encoding="utf-8"))
    rows = build_rows(lin, cut, read_judgements(args.judgements))
    shown = "shared/reference/domain-quality/domain_ratings.csv" if args.lin is None else lin_path.name
    text = render(rows, cut, shown)
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from a rebuild'}", file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    labels: dict[str, int] = {}
    for r in rows:
        labels[r["label"]] = labels.get(r["label"], 0) + 1
    print(f"wrote {args.out}: {len(rows)} domains, {labels}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
