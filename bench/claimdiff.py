"""ClaimDiff: does claim b strengthen, weaken or neither claim a? Macro-F1 by the shared scorer.

    python bench/claimdiff.py [--fit] [--no-embeddings]

Splits train by topic: dev = pairs whose md5(topic) % 4 == 0 (topics never seen by the fit),
fit = the rest. Scores the in-code constants of ``variorum.collate.claim_relation`` on dev,
fit and full train. ``--fit`` refits the constants on the fit split (numpy, class-balanced
softmax regression) and prints them for hand-checking before they are copied into the code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from variorum import embed
from variorum.collate import claim_relation

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "claimdiff" / "train.jsonl"
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"


def is_dev(row: dict[str, Any]) -> bool:
    return int(hashlib.md5(row["topic"].encode()).hexdigest(), 16) % 4 == 0


def score(rows: list[dict[str, Any]], labels: list[str], name: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / f"{name}-gold.jsonl"
        pred = Path(tmp) / f"{name}-pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
        pred.write_text(
            "".join(
                json.dumps({"id": r["id"], "label": lab}) + "\n"
                for r, lab in zip(rows, labels, strict=True)
            )
        )
        out = subprocess.run(
            [sys.executable, str(SCORER), "claims", str(gold), str(pred)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def fit(vectors: list[tuple[float, ...]], gold: list[str]) -> Any:
    import numpy as np

    x = np.array(vectors)
    y = np.array([claim_relation.RELATIONS.index(g) for g in gold])  # type: ignore[arg-type]
    onehot = np.eye(3)[y]
    balance = (len(y) / (3 * np.bincount(y, minlength=3)))[y][:, None]
    w = np.zeros((x.shape[1], 3))
    for _ in range(3000):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - onehot) * balance) / len(y) + 1.0 * w / len(y)
        grad[0] -= 1.0 * w[0] / len(y)
        w -= 0.5 * grad
    return w


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}")
        return
    rows = [json.loads(line) for line in DATA.open()]
    use_embeddings = embed.available() and not args.no_embeddings
    cosines: list[float | None] = [None] * len(rows)
    if use_embeddings:
        va = embed.embed([r["a"] for r in rows])
        vb = embed.embed([r["b"] for r in rows])
        cosines = [float(c) for c in (va * vb).sum(axis=1)]
    vectors = [
        claim_relation.features(r["a"], r["b"], c) for r, c in zip(rows, cosines, strict=True)
    ]
    if args.fit:
        import numpy as np

        keep = [i for i, r in enumerate(rows) if not is_dev(r)]
        w = fit([vectors[i] for i in keep], [rows[i]["gold"] for i in keep])
        print("WEIGHTS =", [tuple(round(float(v), 2) for v in row) for row in w])
        lex = np.array([v[2] for v in vectors])
        emb = np.array([v[1] for v in vectors])
        slope, intercept = np.polyfit(lex, emb, 1)
        print(f"EMBEDDING_FROM_LEXICAL = ({intercept:.2f}, {slope:.2f})")
    labels = [
        claim_relation.RELATIONS[
            max(range(3), key=lambda k, v=v: claim_relation.scores(v)[k])  # type: ignore[misc]
        ]
        for v in vectors
    ]
    print(f"embeddings: {'yes' if use_embeddings else 'no (lexical estimate)'}\n")
    print("| split | pairs | macro-F1 | strengthen F1 | weaken F1 | neither F1 |")
    print("|---|---|---|---|---|---|")
    for name, pick in (
        ("dev (held-out topics)", is_dev),
        ("fit (other topics)", lambda r: not is_dev(r)),
        ("full train", lambda r: True),
    ):
        idx = [i for i, r in enumerate(rows) if pick(r)]
        result = score([rows[i] for i in idx], [labels[i] for i in idx], "x")
        per = result.get("per_label", result.get("per_class", {}))
        f1s = [per.get(lab, {}).get("f1", float("nan")) for lab in claim_relation.RELATIONS]
        macro = result.get("macro_f1", float("nan"))
        cells = " | ".join(f"{f:.3f}" for f in f1s)
        print(f"| {name} | {len(idx)} | {macro:.3f} | {cells} |")


if __name__ == "__main__":
    main()
