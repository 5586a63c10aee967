"""Train the event judge (datelines/read/events/judge.py) on the real-news development gold.

    python evaluation/real/train_judge.py [evaluation/real/dev evaluation/real/dev2 ...] [--write]

With no folder it trains on every development part (dev to dev4, ce1 to ce10, ce12 to ce45 and gum, when present).

Every event the rules emit on the development articles is a training example, labelled right when
`datelines evaluate real` matches it in full (source, target, root, date, modality). The model is
an L2-regularised logistic regression over the judge's features. The record threshold is chosen on
out-of-fold predictions (articles split into folds, each scored by a model that never saw it), as
the lowest confidence whose F0.5 of the full match (averaged with its two neighbouring steps) is
within TOLERANCE of the best: precision counts twice as much as recall, and where the curve is
flat no event is dropped for nothing. It never rises above the confidence at which a must event of
the canonical reading (../shared/examples) would leave the record.
Prints the cross-validated figures; --write stores weights and threshold in ontology/event_judge.json.
The test part is never read here.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
import yaml

from datelines.evaluate.real import article_id, gold_files, load_corpus, score_article
from datelines.ontology.event_judge import JUDGE_PATH
from datelines.read.events.judge import event_features, feature_names
from datelines.read.pipeline import ReadSettings, parse

FOLDS = 5
L2 = 1.0
BETA = 0.5
TOLERANCE = 0.01  # F0.5 differences this small are noise on 40 articles (about 230 events)


def examples(folder: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Features, labels (right in full; right and matching a required item) and article number of
    every emitted event; and the required gold count."""
    records = load_corpus(folder.parent / "corpus")
    paths = gold_files(folder)
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths]
    items = [(records[article_id(p)]["text"], date.fromisoformat(records[article_id(p)]["published"])) for p in paths]
    rows, labels, found, groups, required = [], [], [], [], 0
    for number, (path, gold, doc) in enumerate(zip(paths, golds, parse(items, ReadSettings()), strict=True)):
        events = [e for e in doc._.events if e.source or e.target]
        score = score_article(article_id(path), gold, events)
        required += score.required()
        sentences = list(doc.sents)
        per_sentence: dict[int, int] = {}
        for e in events:
            per_sentence[e.evidence.sentence] = per_sentence.get(e.evidence.sentence, 0) + 1
        for i, event in enumerate(score.events):
            rows.append(event_features(event, doc, sentences, per_sentence))
            labels.append(1.0 if i in score.matches["full"] else 0.0)
            found.append(1.0 if i in score.matches["full"] and score.gold[score.matches["full"][i]].level != "may" else 0.0)
            groups.append(number)
    return np.array(rows), np.array(labels), np.array(found), np.array(groups), required


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent; the bias (column 0) is not regularised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2 / len(y))
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= rate * (x.T @ (p - y) / len(y) + penalty * w)
    return w


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    scores = np.zeros(len(y))
    for fold in range(FOLDS):
        held = groups % FOLDS == fold
        w = fit(x[~held], y[~held])
        scores[held] = 1.0 / (1.0 + np.exp(-x[held] @ w))
    return scores


def figures_at(threshold: float, scores: np.ndarray, y: np.ndarray, found: np.ndarray,
               required: int) -> tuple[float, float, float]:
    kept = scores >= threshold
    precision = float(y[kept].sum()) / kept.sum() if kept.sum() else 0.0
    recall = float(found[kept].sum()) / required if required else 0.0
    f_beta = (1 + BETA**2) * precision * recall / (BETA**2 * precision + recall) if precision + recall else 0.0
    return precision, recall, f_beta


# The canonical reading (../shared/examples, beside the project): its must events are what the record is
# for, so the threshold never rises above the confidence at which one of them would leave it.
CANONICAL = Path(__file__).resolve().parents[3] / "shared" / "examples"


def canonical_cap() -> float | None:
    """The highest confidence at which every must event the reader finds in the canonical articles stays
    on the record (None when they are not beside the project). Reads with the judge now written."""
    from datelines.evaluate.example import article_beside, events_for, load_gold
    from datelines.ingest.dated_text import parse_dated_text
    from datelines.read.events.judge import load_judge
    from datelines.read.reading import read

    load_judge.cache_clear()
    needed = []
    for gold_path in sorted(CANONICAL.glob("*.expected.yaml")):
        gold = load_gold(gold_path)
        published, text = parse_dated_text(article_beside(gold_path).read_text(encoding="utf-8"))
        reading = read(text, published)
        for item in (gold.get("events") or {}).get("must") or []:
            for found in events_for(item, reading):
                if found:
                    needed.append(max(e.confidence for e in found))
    return min(needed) if needed else None


def write_judge(folders: list[Path], count: int, weights: np.ndarray, threshold: float) -> None:
    data = {"trained_on": ", ".join(f.name for f in folders), "examples": count, "features": feature_names(),
            "weights": [round(float(w), 4) for w in weights], "threshold": threshold}
    JUDGE_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def all_examples(folders: list[Path]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """examples() of every folder, with article numbers kept apart across folders."""
    parts = [examples(folder) for folder in folders]
    offsets = np.cumsum([0] + [int(p[3].max()) + 1 if len(p[3]) else 0 for p in parts[:-1]])
    return (np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]), np.concatenate([p[3] + o for p, o in zip(parts, offsets, strict=True)]),
            sum(p[4] for p in parts))


DEVELOPMENT_PARTS = ("dev", "dev2", "dev3", "dev4", "ce1", "ce2", "ce3", "ce4", "ce5", "ce6", "ce7", "ce8", "ce9", "ce10", "ce12", "ce13", "ce14", "ce15", "ce16", "ce17", "ce18", "ce19", "ce20", "ce21", "ce22", "ce23", "ce24", "ce25", "ce26", "ce27", "ce28", "ce29", "ce30", "ce31", "ce32", "ce33", "ce34", "ce35", "ce36", "ce37", "ce38", "ce39", "ce40", "ce41", "ce42", "ce43", "ce44", "ce45", "gum")


def main(folders: list[Path], write: bool) -> None:
    x, y, found, groups, required = all_examples(folders)
    scores = out_of_fold(x, y, groups)
    print(f"{len(y)} emitted events, {int(y.sum())} right in full; {required} gold must+should items")
    print("threshold  precision  recall  F0.5   (out-of-fold)")
    thresholds = np.arange(0.0, 0.95, 0.05)
    curve = []
    for threshold in thresholds:
        p, r, f = figures_at(threshold, scores, y, found, required)
        print(f"{threshold:9.2f}  {p:9.3f}  {r:6.3f}  {f:5.3f}")
        curve.append(f)
    # On a few hundred examples the curve is jagged and often flat: its neighbourhood mean is read,
    # and of the thresholds within TOLERANCE of the best, the lowest keeps the most events.
    smooth = np.convolve(np.pad(curve, 1, mode="edge"), np.ones(3) / 3, mode="valid")
    chosen = int(np.flatnonzero(smooth >= smooth.max() - TOLERANCE)[0])
    best = (round(float(thresholds[chosen]), 2), float(smooth[chosen]))
    weights = fit(x, y)
    print(f"chosen threshold {best[0]} (F0.5 {best[1]:.3f}, mean with its neighbours)")
    for name, w in sorted(zip(feature_names(), weights, strict=True), key=lambda nw: -abs(nw[1])):
        print(f"  {name:<24} {w:+.3f}")
    if write:
        write_judge(folders, len(y), weights, best[0])
        cap = canonical_cap()
        if cap is not None and cap < best[0]:
            capped = round(float(thresholds[thresholds <= cap + 1e-9].max()), 2)
            print(f"the canonical reading's must events need {cap:.3f}: threshold {capped}")
            write_judge(folders, len(y), weights, capped)
        print(f"wrote {JUDGE_PATH}")


if __name__ == "__main__":
    arguments = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    parts = [Path(__file__).parent / name for name in DEVELOPMENT_PARTS]
    main(arguments or [p for p in parts if p.is_dir()], "--write" in sys.argv)
