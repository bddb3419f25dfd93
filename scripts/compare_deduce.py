"""Scores deduce on the minimiser corpus the way core/tests/minimise_corpus.rs scores ours:
an expected identifier counts as found when an annotation of deduce overlaps it (deduce's own
categories differ from ours, so recall per detector is "covered by any annotation"), and an
annotation is right when it overlaps an expected identifier."""
import re
import sys
from collections import defaultdict

import deduce

TOKEN = re.compile(r"\[(?:naam|account|link|e-mail|telefoon|bsn|iban|postcode|adres|kenteken|"
                   r"nummer|geboortedatum|[0-9]+-[0-9]+ jaar|[0-9]+\+ jaar)\]")


def family(kind):
    return "name" if kind == "possible-name" else kind


def expected_spans(text, expected, kinds):
    pattern, at = "^", 0
    for m in TOKEN.finditer(expected):
        pattern += re.escape(expected[at:m.start()]) + "(.+?)"
        at = m.end()
    pattern += re.escape(expected[at:]) + "$"
    m = re.match(pattern, text, re.S)
    spans = [m.span(i) for i in range(1, len(kinds) + 1)] if m else []
    return list(zip(spans, kinds))


def main(path):
    model = deduce.Deduce()
    score = defaultdict(lambda: [0, 0])  # expected, covered
    reported = right = 0
    with open(path, encoding="utf-8") as corpus:
        lines = corpus.read().splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        field, aliases, text, expected, kinds = line.split("\t")
        kinds = [] if kinds == "-" else kinds.split(",")
        spans = expected_spans(text, expected, kinds)
        annotations = [(a.start_char, a.end_char) for a in model.deidentify(text).annotations]
        for (start, end), kind in spans:
            covered = any(s < end and start < e for s, e in annotations)
            score[family(kind)][0] += 1
            score[family(kind)][1] += covered
        for s, e in annotations:
            reported += 1
            right += any(s < end and start < e for (start, end), _ in spans)
    print("detector        expected  recall")
    total = [0, 0]
    for kind in sorted(score):
        n, c = score[kind]
        total[0] += n
        total[1] += c
        print(f"{kind:<15} {n:>8}  {100 * c / n:>6.1f}%")
    print(f"all             {total[0]:>8}  {100 * total[1] / total[0]:>6.1f}%  "
          f"reported {reported}, precision {100 * right / max(reported, 1):.1f}%")


if __name__ == "__main__":
    main(sys.argv[1])
