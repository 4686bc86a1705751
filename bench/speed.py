"""Speed and memory of ``variorum.collate`` against bare spaCy, side by side in one run.

    python bench/speed.py [--articles 200]

The example story is copied to at least ``--articles`` files (each copy with its own title
line, so ingest keeps them as near-duplicates instead of dropping exact copies). Three
fresh processes are measured one after another:

1. start-up: ``import variorum`` plus loading the spaCy model;
2. bare spaCy: ``nlp.pipe`` over the same article texts (what collate parses);
3. collate: ``variorum.collate`` on the folder (ingest, extract, collate), not rendering.

Both count the words of the same article texts (debris included, as the dossier stores
them), so the throughput ratio is the ratio of their times. Each reports its wall time, its
own CPU time and peak RSS; the table gives words per second and the ratios. Bare spaCy and
collate run alternately ``--rounds`` times and the fastest of each counts, so both see the
same background load; the CPU-time ratio is the steadier one on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "northgate"

STARTUP = """
import resource, time
t = time.perf_counter()
import variorum
from variorum.nlp import load_nlp
load_nlp()
print(json.dumps({"seconds": time.perf_counter() - t,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BARE = """
import resource, time
from variorum.ingest import ingest
from variorum.nlp import load_nlp
nlp = load_nlp()
articles = ingest([FOLDER]).articles
texts = [a.clean_text for a in articles]
t, cpu = time.perf_counter(), time.process_time()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu,
    "articles": len(texts),
    "words": sum(len(a.text.split()) for a in articles),
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

COLLATE = """
import resource, time
import variorum
from variorum.nlp import load_nlp
load_nlp()
t, cpu = time.perf_counter(), time.process_time()
d = variorum.collate([FOLDER])
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu,
    "articles": len(d.articles),
    "words": sum(len(a.text.split()) for a in d.articles),
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_story(folder: Path, copies_at_least: int) -> int:
    """Copy the example story's articles until there are at least ``copies_at_least``."""
    sources = sorted(
        p for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".md", ".html") and p.is_file()
    )
    if not sources:
        sys.exit(f"bench: no example articles in {EXAMPLE}")
    n = 0
    edition = 0
    while n < copies_at_least:
        edition += 1
        for src in sources:
            text = src.read_text(encoding="utf-8")
            if src.suffix == ".html":
                # Trafilatura reads the body, so the edition mark goes there.
                text = text.replace("<p>", f"<p>Edition {edition}. ", 1)
            else:
                text = f"Edition {edition}\n\n{text}"
            (folder / f"e{edition:03d}-{src.name}").write_text(text, encoding="utf-8")
            n += 1
    return n


def run(code: str, folder: Path) -> dict[str, float]:
    script = "import json\nFOLDER = " + repr(str(folder)) + "\n" + textwrap.dedent(code)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--rounds", type=int, default=2,
        help="alternate bare spaCy and collate this many times; the fastest of each counts",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="variorum-speed-"))
    try:
        make_story(folder, args.articles)
        startup = min((run(STARTUP, folder) for _ in range(args.rounds)),
                      key=lambda r: r["seconds"])
        bares, colls = [], []
        # Alternating runs see the same background load, so their ratio is fair.
        for _ in range(args.rounds):
            bares.append(run(BARE, folder))
            colls.append(run(COLLATE, folder))
        bare = min(bares, key=lambda r: r["seconds"])
        coll = min(colls, key=lambda r: r["seconds"])
        bare_cpu = min(r["cpu"] for r in bares)
        coll_cpu = min(r["cpu"] for r in colls)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    bare_wps = bare["words"] / bare["seconds"]
    coll_wps = coll["words"] / coll["seconds"]
    print(f"articles: {int(coll['articles'])}, words: {int(coll['words'])}\n")
    print("| run | seconds | CPU seconds | words/s | peak RSS (MB) |")
    print("|---|---|---|---|---|")
    print(f"| start-up (import + model load) | {startup['seconds']:.2f} | – | – "
          f"| {startup['rss_mb']:.0f} |")
    print(f"| bare spaCy nlp.pipe | {bare['seconds']:.2f} | {bare_cpu:.2f} | {bare_wps:,.0f} "
          f"| {bare['rss_mb']:.0f} |")
    print(f"| variorum.collate | {coll['seconds']:.2f} | {coll_cpu:.2f} | {coll_wps:,.0f} "
          f"| {coll['rss_mb']:.0f} |")
    print(f"\ncollate / bare spaCy throughput: {coll_wps / bare_wps:.2f} (goal ≥ 0.80); "
          f"by CPU time: {bare_cpu / coll_cpu:.2f}")


if __name__ == "__main__":
    main()
