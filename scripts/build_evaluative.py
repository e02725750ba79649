#!/usr/bin/env python3
"""Rebuild `src/newsgraph/data/lexicons/evaluative.tsv` from the VADER sentiment lexicon (one command).

    python scripts/build_evaluative.py --vader PATH/vader_lexicon.txt    # a copy you have
    python scripts/build_evaluative.py                                   # pip download vaderSentiment 3.3.2 (tmp)
    python scripts/build_evaluative.py --check                           # exit 1 when the shipped file differs

Source: VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social
Media Text", ICWSM), the file vader_lexicon.txt of the PyPI package vaderSentiment 3.3.2, MIT licence,
Copyright (c) 2016 C.J. Hutto. Each row there: token, mean valence (-4..+4, ten raters), standard deviation,
the ten ratings. newsgraph has no runtime dependency on it: the derived table ships.

Selection (issue 11, signals10): the words whose valence is strong and whose raters agree, read by the
framing stage only as ADJECTIVES in the writer's own voice (framing/evaluative.py):
- a lower-case alphabetic token of 4+ letters, rater spread (sd) <= MAX_SD;
- mean valence <= NEG or >= POS (praise needs more: plain "good", "great" are everyday words);
- not a word of the TOPIC list below: what war, crime, disaster and politics reporting names as events, states
  and feelings (killed, violent, terrorist, dangerous, angry, illegal ...). A wire report of a bombing describes
  its violence and the victims' grief; such words are the news, not the writer's judgement of it;
- not a word of the COMMON list: praise and blame so worn in plain news that it says nothing
  ("good relations", "the best option", "a bad year", "a negative test", "Great Britain");
- not a participle in -ed: "outraged residents", "disappointed fans", "a stricken ship" say what befell people
  or how they feel, which news reports.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsgraph" / "data" / "lexicons" / "evaluative.tsv"
VERSION = "vaderSentiment==3.3.2"
MAX_SD = 1.5
NEG = -1.5
POS = 2.5

# words of the events and states that conflict, crime and disaster news reports (prefix match on the stem)
TOPIC = re.compile(r"^(?:kill|murder|war|attack|terror|bomb|violen|victim|crisis|death|dead|die|fatal|casualt|assault|"
                   r"rap(?:e|ed|es|ing|ist)|tortur|abduct|assassin|hostil|threat|danger|prison|jail|imprison|illegal|"
                   r"criminal|crime|fraud|riot|suicid|slave|smuggl|steal|stol|thie|rob|poison|destr|damag|injur|hurt|"
                   r"harm|pain|suffer|grie|mourn|sad|sorrow|fear|scar|panic|anger|angr|rage|furi|fury|upset|frustrat|"
                   r"worr|anxi|afraid|terrif|horrif|shock|stress|depress|despair|distress|trauma|ill|sick|disease|"
                   r"infect|cancer|pollut|collapse|fail|defeat|los|lose|punish|penalt|sanction|ban|arrest|exile|"
                   r"evict|forc|weapon|blood|bleed|wound|burn|explo|fire|fight|enemy|enemies|foe|conflict|protest|"
                   r"demonstr|accident|disaster|catastroph|devastat|tragedy|tragic|emergenc|famine|starv|poor|hungr|"
                   r"homeless|"
                   r"refuge|displac|trapped|strand|flood|storm|drown|quake|epidemic|pandemic|racis|sex|abus|"
                   r"harass|bull|cheat|corrupt|brib|lie|lying|liar|fake|false|conspir|spy|espion|treason|traitor|"
                   r"betray|revenge|reveng|hate|hatred|insult|condemn|blame|reject|deni|deny|oppress|persecut|"
                   r"censor|surveil|detain|kidnap|hostage|massacr|genocid|slaughter|execut|hang|shoot|gun|"
                   r"cry|weep|sob|tear|heartbr|lonel|alone|unhapp|joy|happ|glad|love|lov|hope|wish|pray|bless|"
                   r"proud|pride|excit|thank|grat|welcome|celebrat|win|won|victor|succe|safe|secur|free|liber|"
                   r"peace|heal|rescu|surviv|saf|wealth|rich|merr|fun|party|friend|hero|brave|courag|honou?r|"
                   r"award|prize|medal|champion|gift|beaut|pretty|smil|laugh|kiss|hug|sweet|kind|care|support|"
                   r"help|agree|accept|approv|trust|respect|loyal|faith|divin|holy|sacred|god|heaven|hell|devil|"
                   r"sin|evil)")
# worn praise and blame of plain news (exact words)
COMMON = frozenset("""good great best better nice fine bad worse worst negative positive wrong right ok okay
important strong weak serious severe major huge big top perfect interesting special clear easy hard difficult
tough sure fair unfair true real legal useful healthy unhealthy poorer poorest unfortunate unfortunately
lucky unlucky wonderful excellent amazing awesome fantastic incredible outstanding significant
reassuring comfortable uncomfortable confident inspiring inspired impressive impressed optimistic pessimistic
worthy unworthy valuable innocent guilty mad crazy dumb stupid cool warm cold hot tender
super supreme dire suspicious remarkable""".split())  # the last row: seen in the plain news of PolNeAR train
# ("a super PAC", "projected supreme confidence", "dire warnings from experts", "suspicious of the outside world",
# "his remarkable career" in a news obituary)

HEADER = """# Evaluative words (framing signals: loaded_language in the writer's own voice). Built by
# scripts/build_evaluative.py; do not edit by hand: change the script's selection and rebuild.
# Source: VADER sentiment lexicon, vaderSentiment 3.3.2 (Hutto & Gilbert 2014, ICWSM). MIT License,
# Copyright (c) 2016 C.J. Hutto.
# Selection: |mean valence| strong (<= {neg} or >= {pos} on -4..+4), rater sd <= {sd}, not a topic word of
# conflict/crime/disaster news nor a worn word of plain news (lists in the script). Read only as an adjective.
# Columns: word, valence (mean of ten raters), sd (their spread), source
"""


def _fetch() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="vader-"))
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", VERSION, "-d", str(tmp)], check=True)
    wheel = next(tmp.glob("*.whl"))
    import zipfile
    with zipfile.ZipFile(wheel) as z:
        z.extract("vaderSentiment/vader_lexicon.txt", tmp)
    return tmp / "vaderSentiment" / "vader_lexicon.txt"


def select(lines: list[str]) -> list[tuple[str, float, float]]:
    out = []
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        word, mean, sd = parts[0], float(parts[1]), float(parts[2])
        if not re.fullmatch(r"[a-z]{4,}", word) or sd > MAX_SD or NEG < mean < POS:
            continue
        if word in COMMON or TOPIC.match(word) or word.endswith("ed"):
            continue  # a participle in -ed says what befell someone or how they feel ("outraged", "stricken")
        out.append((word, mean, sd))
    return sorted(out)


def render(rows) -> str:
    body = "".join(f"{w}\t{m:g}\t{s:g}\tVADER\n" for w, m, s in rows)
    return HEADER.format(neg=NEG, pos=POS, sd=MAX_SD) + "word\tvalence\tsd\tsource\n" + body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vader", help="path of vader_lexicon.txt (default: pip download %s)" % VERSION)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    path = Path(a.vader) if a.vader else _fetch()
    text = render(select(path.read_text(encoding="utf-8").splitlines()))
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs from a rebuild")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10)) - 1} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
