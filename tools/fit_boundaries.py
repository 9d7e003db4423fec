#!/usr/bin/env python3
"""Fits the weights of the splitter's boundary model (enrich split/BoundaryWeights.java).

usage: fit_boundaries.py TRAINING.tsv [--l2 1.0] [--folds 5]

TRAINING.tsv is what enrich's test class BoundaryTraining writes: page, zone, label (1: the heading lines are a
sub-heading of the running article, 0: they head a new one), then one column per feature. The model is an
L2-regularised logistic regression fitted by Newton's method on standardised features; it is cross-validated with
folds by original page (all variants of a page in one fold), then fitted on all rows, and printed in the original
feature scale as the Java literal of BoundaryWeights.FITTED. Pure Python: no packages needed.
"""
import argparse, collections, math, random, re

def read(path):
    rows, names = [], None
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if names is None:
            names = cells[3:]
            continue
        rows.append((cells[0], int(cells[2]), [float(c) for c in cells[3:]]))
    return names, rows

def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]

def fit(xs, ys, l2, iterations=30):
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys):
            v = [1.0] + x
            z = sum(wi * vi for wi, vi in zip(w, v))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(d):
                grad[i] += (p - y) * v[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w

def standardise(rows):
    d = len(rows[0][2])
    mean = [sum(r[2][i] for r in rows) / len(rows) for i in range(d)]
    sd = [math.sqrt(sum((r[2][i] - mean[i]) ** 2 for r in rows) / len(rows)) or 1.0 for i in range(d)]
    return mean, sd

def scaled(rows, mean, sd):
    return [[(v - m) / s for v, m, s in zip(r[2], mean, sd)] for r in rows]

def accuracy(w, xs, ys):
    ok = 0
    for x, y in zip(xs, ys):
        z = w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))
        ok += (z > 0) == (y == 1)
    return ok / len(ys) if ys else 0.0

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("training")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    names, rows = read(a.training)
    mean, sd = standardise(rows)
    groups = sorted({re.sub(r"_v\d+\.txt$", "", r[0]) for r in rows})
    random.Random(20).shuffle(groups)
    fold_of = {g: i % a.folds for i, g in enumerate(groups)}
    scores = []
    for k in range(a.folds):
        train = [r for r in rows if fold_of[re.sub(r"_v\d+\.txt$", "", r[0])] != k]
        test = [r for r in rows if fold_of[re.sub(r"_v\d+\.txt$", "", r[0])] == k]
        w = fit(scaled(train, mean, sd), [r[1] for r in train], a.l2)
        scores.append(accuracy(w, scaled(test, mean, sd), [r[1] for r in test]))
    base = max(sum(r[1] for r in rows), len(rows) - sum(r[1] for r in rows)) / len(rows)
    print(f"rows {len(rows)}, sub-headings {sum(r[1] for r in rows)}; majority {base:.3f}; "
          f"cross-validated accuracy {sum(scores) / len(scores):.3f} ({', '.join(f'{s:.3f}' for s in scores)})")
    w = fit(scaled(rows, mean, sd), [r[1] for r in rows], a.l2)
    print(f"training accuracy {accuracy(w, scaled(rows, mean, sd), [r[1] for r in rows]):.3f}")
    weights = [wi / s for wi, s in zip(w[1:], sd)]
    intercept = w[0] - sum(wi * m / s for wi, m, s in zip(w[1:], mean, sd))
    for n, wi, ws in zip(names, weights, w[1:]):
        print(f"  {n:16s} {wi:10.4f}   (standardised {ws:+.3f})")
    print(f"    static final BoundaryWeights FITTED = new BoundaryWeights({intercept:.4f}, new double[] {{")
    line = "       "
    for i, wi in enumerate(weights):
        piece = f" {wi:.4f}" + (", " if i + 1 < len(weights) else "});")
        if len(line) + len(piece) > 120:
            print(line.rstrip())
            line = "       "
        line += piece
    print(line)

if __name__ == "__main__":
    main()
