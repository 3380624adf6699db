"""Per-field accuracy of the email parser on the labelled rejection emails, per split.

    .venv/bin/python bench/email_parse_report.py                  # dev, heldout and all
    .venv/bin/python bench/email_parse_report.py --split dev --failures
    .venv/bin/python bench/email_parse_report.py --counts          # the corpus's mix, no parsing

`--failures` lists every miss (file, field, expected, got) of the chosen split. The
parser's author runs it on dev only: heldout is never shown to them
(tests/corpus/emails/README.md).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus.emails.scoring import SPLITS, composition, failures, load, score, table


def _print_counts() -> None:
    mixes = {split: composition(load(split)) for split in SPLITS}
    traits = sorted({trait for mix in mixes.values() for trait in mix})
    print("| trait | " + " | ".join(SPLITS) + " |\n|---|" + "---:|" * len(SPLITS))
    for trait in traits:
        print(f"| {trait} | " + " | ".join(str(mixes[s].get(trait, 0)) for s in SPLITS) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], help="one split (default: each)")
    parser.add_argument("--failures", action="store_true", help="list the split's misses")
    parser.add_argument("--counts", action="store_true", help="print the corpus's mix and stop")
    args = parser.parse_args()
    if args.counts:
        _print_counts()
        return
    if args.failures and args.split is None:
        parser.error("--failures needs --split (the parser's author reads dev only)")
    from app.inbox import parse_email

    for split in [args.split] if args.split else [*SPLITS, "all"]:
        emails = load(None if split == "all" else split)
        result = score(parse_email, emails)
        print(f"\n## {split} ({len(emails)} emails)\n\n{table(result)}")
        if args.failures:
            print(f"\n### Misses ({len(result.misses)})\n\n{failures(result)}")


if __name__ == "__main__":
    main()
