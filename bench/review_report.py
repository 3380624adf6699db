"""Per-code confusion table of the review on the labelled corpus, for both splits.

    .venv/bin/python bench/review_report.py            # the review in app/
    .venv/bin/python bench/review_report.py --module /tmp/old/review.py
    .venv/bin/python bench/review_report.py --misses tune

`--module` scores another `review_text` (e.g. an older version copied to a temp dir);
`--misses SPLIT` lists the texts of that split whose codes differ from their labels.
"""

import argparse
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.drafting.review_scoring import Reviewer, load, score, table


def _reviewer(module: str | None) -> Reviewer:
    if module is None:
        from app.drafting.review import review_text

        return review_text
    spec = importlib.util.spec_from_file_location("review_under_test", module)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {module}")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    review: Reviewer = loaded.review_text
    return review


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", help="a file defining review_text to score instead")
    parser.add_argument("--misses", choices=["tune", "heldout"], help="list this split's misses")
    args = parser.parse_args()
    review = _reviewer(args.module)
    texts = {e.id: e.text for e in load()}
    for split in ("tune", "heldout"):
        result = score(review, load(split))
        print(f"\n== {split} ({result.bad + result.good} texts)\n{table(result)}")
        if args.misses == split:
            for id_, (want, got) in sorted(result.wrong.items()):
                print(f"  {id_}: want {sorted(want)} got {sorted(got)}\n    {texts[id_]!r}")


if __name__ == "__main__":
    main()
