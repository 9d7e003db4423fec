#!/usr/bin/env python3
"""Scores split output against composed gold pages, overall and per convention.

usage: split_report.py --score SCORE_PY --gold GOLD_DIR OUT_DIR [--json]

Gold files written by testkit's CorpusPages carry a "conventions" object (layout, headlines, bylines, extras);
for each convention value the pages printed with it are scored on their own with the evaluation kit's score.py.
"""
import argparse, collections, importlib.util, json, os, shutil, tempfile

FIELDS = ["pages", "gold_articles", "pred_articles", "article_f1", "headline_accuracy", "byline_accuracy",
          "boilerplate_leaks"]

def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("out_dir")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    score = load_score(a.score)
    groups = collections.defaultdict(list)
    for name in sorted(os.listdir(a.gold)):
        if not name.endswith(".json"):
            continue
        conventions = json.load(open(os.path.join(a.gold, name), encoding="utf-8")).get("conventions", {})
        for key, value in conventions.items():
            groups[f"{key}={value}"].append(name)
    rows = {"all": score.score([a.gold], a.out_dir)}
    tmp = tempfile.mkdtemp(prefix="split-report-")
    try:
        for group, names in sorted(groups.items()):
            d = os.path.join(tmp, group.replace("/", "_"))
            os.makedirs(d)
            for n in names:
                os.symlink(os.path.join(os.path.abspath(a.gold), n), os.path.join(d, n))
            rows[group] = score.score([d], a.out_dir)
    finally:
        shutil.rmtree(tmp)
    if a.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print(f"{'convention':38s}" + "".join(f"{f[:10]:>11s}" for f in FIELDS))
    for group, r in rows.items():
        print(f"{group:38s}" + "".join(f"{r[f]:>11}" for f in FIELDS))

if __name__ == "__main__":
    main()
