"""Where a match stands in its text: its sentence, whether it is quoted, whether it is negated.

Rules are matched over the whole lower-cased text in one pass each; these answers then decide
whether a match counts, so "I'm not upset at all" and a friend's "thanks for nothing" in
quotes are not read as the writer's own bitterness or sarcasm.
"""

import re
from bisect import bisect_right

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]\u201d]*(?=\s|$)|\n")
# A title's period is not a sentence's end: "Dear Dr. Kim, ..." stays one sentence.
_TITLE = re.compile(r"(?<!\w)(?:mr|ms|mrs|dr|st|prof)\.$")
_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
# A negation at most two words before the match: "not upset", "never felt upset",
# "not angry or hurt"; farther away it is usually about something else.
_NEGATED = re.compile(r"(?:\b(?:not|no|never|without|hardly|nor|nothing)\b|n't)(?:\W+\w+){0,2}\W*$")
_NEGATION_REACH = 40


class Scope:
    """Sentences and quotations of one lower-cased text, found once and looked up per match."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self._starts = [0]
        for end in _SENTENCE_END.finditer(lowered):
            if not _TITLE.search(lowered, max(0, end.start() - 5), end.start() + 1):
                self._starts.append(end.end())
        self._quotes = (
            [m.span() for m in _QUOTED.finditer(lowered)]
            if '"' in lowered or "\u201c" in lowered
            else []
        )

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence around a position, without the white space at its ends."""
        index = bisect_right(self._starts, position) - 1
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.lowered)
        text = self.lowered
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def quoted(self, position: int) -> bool:
        return any(start < position < end for start, end in self._quotes)

    def negated(self, sentence_start: int, position: int) -> bool:
        before = self.lowered[max(sentence_start, position - _NEGATION_REACH) : position]
        return _NEGATED.search(before) is not None
