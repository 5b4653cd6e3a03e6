"""What a person says around a value, and numbers written in Chinese — the grader's pre-reading.

A spoken or typed answer is rarely the bare value: "I worked at Brightline Logistics", "my passport",
"I think it was in March 2022, sir". :func:`readings` returns the pieces of an answer that may be the
value — the whole answer, then the answer with each layer of framing peeled off, then the part before a
clause that adds something else ("… for three years", "…, not the Shenzhen one") — each with whether a
negation ("I never worked at", "not", "it wasn't") stood before it. The grader accepts the answer when
one of them is right and no negation changed the claim.

:func:`chinese_numerals` rewrites numbers written with Chinese numerals as digits (二十九 -> 29,
二〇一九年八月 -> 2019年8月, 1.2万 -> 12000), for numbers, amounts and dates.

Both run in time linear in the answer's length.
"""

from __future__ import annotations

import re

# -- framing ---------------------------------------------------------------------------------------

_FILLERS = [
    "well", "um", "umm", "uh", "uhm", "er", "erm", "hmm", "so", "ok", "okay", "yes", "yeah", "yep", "sure",
    "oh", "ah", "actually", "basically", "honestly", "of course", "let me think", "let me see",
    "i'm not sure but", "im not sure but", "i am not sure but", "i am not sure", "im not sure", "i'm not 100% sure", "not sure but", "i'm not sure", "not sure",
    "i think that", "i think", "i believe that", "i believe", "i guess", "i suppose", "maybe", "probably",
    "perhaps", "if i remember correctly", "if i remember right", "as far as i remember", "as i recall",
    "to be honest", "in fact",
]
_STATEMENTS = [
    "it's", "its", "it is", "it was", "it's called", "it is called", "it was called", "that's", "thats",
    "that is", "that was", "that would be", "this is", "the answer is", "the name is", "the company is",
    "the company was", "the company's name is", "the company is called", "the client was", "the client is",
    "the client's name is", "the school is", "the school was", "the university is", "the university was",
    "my name is", "my full name is", "my name's", "my legal name is", "people call me", "call me",
    "i'm called", "i am called", "i am", "i'm", "im", "i was", "i've been", "i have been", "i used to be",
    "i work as", "i worked as", "i'm working as", "i am working as", "i was working as",
    "i work at", "i work for", "i work with", "i worked at", "i worked for", "i worked with",
    "i was working at", "i was working for", "i'm working at", "i'm working for", "i am working at",
    "i am working for", "i used to work at", "i used to work for", "i'm employed at", "i am employed at",
    "i was employed at", "i'm employed by", "i was employed by", "i joined", "i studied at", "i studied in",
    "i studied", "i majored in", "i went to", "i graduated from", "i attended", "i live in", "i live at",
    "i live on", "i'm living in", "i am living in", "i'm based in", "i am based in", "based in",
    "i'm from", "i am from", "i come from", "i'm located in", "i am located in", "located in",
    "i built it for", "i made it for", "i did it for", "i built that for", "it was for", "the client was",
    "my role was", "my role is", "my title is", "my title was", "my job title is", "my job title was",
    "my job is", "my job was", "my position is", "my position was", "my address is", "my street is",
    "my street address is", "my city is", "my country is", "my nationality is", "my email is",
    "my email address is", "my phone number is", "my number is", "my phone is", "my level is",
    "my english is", "my english level is", "my degree is", "my degree was", "my major is", "my major was",
    "my school was", "my university was", "my employer is", "my employer was", "my company is",
    "my company was", "my skills are", "my main skills are", "my top skills are", "the skills are",
    "i hold", "i have", "i got", "i earned", "i speak", "i use", "i used", "i know", "i'm a", "i am a",
    "i was a", "i'm an", "i am an", "i was an", "i will show", "i'll show", "i will use", "i'll use",
    "i'm going to show", "i am going to show", "i can show",
    "my employer was", "my employer is", "my passport says", "my id says", "my name on the passport is",
    "i have been living in", "i've been living in", "i have lived in", "i've lived in", "i grew up in",
    "my first job was at", "my first job was with", "my first job was", "my first employer was",
    "my first company was", "my first employer is", "my current employer is", "my current company is",
    "my current job is at", "i currently work at", "i currently work for", "i'm currently working at",
    "i am currently working at", "i'm currently at", "currently at", "currently", "right now i work at",
    "now i work at", "now i work for", "now i'm at", "at the moment i work at", "these days i work at",
    "my last employer was", "my previous employer was", "before that i worked at", "before that it was",
    "i was at", "i'm at", "i am at", "it was at", "it was with", "that was at", "my rate is", "my hourly rate is",
    "i charge", "i studied there", "i have a", "i got a", "i hold a", "i finished", "i graduated in",
    "i started in", "i started", "i left in", "i left", "i joined in", "i was born on", "i was born in",
    "my birthday is", "my date of birth is", "born on", "born in",
    "a", "an", "my", "our", "at", "in", "for", "as", "from", "with", "on", "of", "it", "the",
]
_NEGATIONS = [
    "not", "never", "i never", "i have never", "i've never", "i didn't", "i did not", "i don't", "i do not",
    "i wasn't", "i was not", "it's not", "its not", "it is not", "it wasn't", "it was not", "that's not",
    "that is not", "i'm not", "i am not", "i haven't", "i have not", "no it's not", "definitely not",
]
# Verbs a negation leaves behind: "I never worked at X" -> "worked at X" -> "X".
_AFTER_NEGATION = [
    "worked at", "worked for", "work at", "work for", "worked as", "work as", "studied at", "studied",
    "lived in", "live in", "been to", "been", "a", "an", "the", "at", "in", "for",
]


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


_SEP = r"(?:\s*[,:;\-\u2014]\s*|\s+|$)"
_LEAD = re.compile(rf"(?:{_alternation(_FILLERS + _STATEMENTS)}){_SEP}", re.I)
_NEG_LEAD = re.compile(rf"(?:{_alternation(_NEGATIONS)}){_SEP}", re.I)
_AFTER_NEG = re.compile(rf"(?:{_alternation(_AFTER_NEGATION)}){_SEP}", re.I)
_TRAIL = re.compile(
    r"(?:[\s,;:]+(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|sir|ma'?am|madam|please|right|correct|"
    r"there|since\s+birth|all\s+my\s+life|thanks?|thank\s+you|if\s+i\s+remember\s+(?:correctly|right)|as\s+far\s+as\s+i\s+know|i'?m\s+pretty\s+sure|"
    r"probably|maybe|anyway|actually|po|opo))+[\s.!?,;]*$|[\s.!?,;]+$",
    re.I,
)
# Where a clause that says something else begins: the part before it may be the value.
_CLAUSE = re.compile(
    r"\s*[,;(\u2014]\s*|\s+-\s+|\s+(?:for\s+(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+)?(?:\d|a\b|an\b|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|many|some|the\s+last|years?|months?)|since\b|from\s+\d|"
    r"until\b|till\b|between\b|in\s+\d|as\s+an?\b|where\b|when\b|because\b|but\b|and\s+i\b|and\s+then\b|"
    r"then\b|at\s+(?:the|a|an)\b|located\b|based\b|which\b|who\b|that\s+is\b|i\s+think\b|i\s+believe\b)",
    re.I,
)
_BUT = re.compile(r"(?:^|[\s,;])but\s+", re.I)
_MAX_LAYERS = 12
_MAX_READINGS = 24


_ZH_LEAD = re.compile(r"^\s*(?:我的名字叫|我的名字是|我叫|我是|名字是|我姓名是|我(?:之前|以前|现在|目前|曾经)?(?:在|于)|"
                      r"我(?:住在|来自|毕业于|就读于)|在)\s*")
_ZH_TRAIL = re.compile(r"\s*(?:先生|女士|小姐|老师|上班|工作过|工作|读书|上学|上的学|毕业|的|呢|吧|啊)?\s*[。.！!]*\s*$")


def strip_zh_framing(text: str) -> str:
    """"我叫林美" -> "林美", "我之前在阿里巴巴上班" -> "阿里巴巴", "林美女士" -> "林美"."""
    inner = _ZH_TRAIL.sub("", _ZH_LEAD.sub("", text, count=1), count=1)
    return inner if inner.strip() else text


def readings(folded: str, *, clauses: bool = True) -> list[tuple[str, bool]]:
    """The pieces of an answer (as typed: the patterns ignore case) that may be the value, widest first, each with whether a
    negation stood before it. Always starts with the whole answer (not negated)."""
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()

    def add(text: str, negated: bool) -> None:
        text = text.strip()
        if text and text not in seen and len(out) < _MAX_READINGS:
            seen.add(text)
            out.append((text, negated))

    whole = folded.strip()
    add(whole, False)
    if not whole.isascii() and (zh := strip_zh_framing(whole)) != whole:
        add(zh, False)
    starts = [whole]
    for but in _BUT.finditer(whole):  # "I'm not sure, but Brightline": what follows "but" stands alone
        starts.append(whole[but.end() :])
    for start in starts:
        text, negated = start, False
        add(text, negated)
        for _ in range(_MAX_LAYERS):
            trail = _TRAIL.search(text)
            if trail and trail.start() > 0:
                text = text[: trail.start()]
                add(text, negated)
            m = _NEG_LEAD.match(text)
            lead = _LEAD.match(text)
            if m and lead and lead.end() > m.end():  # "I'm not sure" is a hedge, not a denial
                m = None
            if m and m.end() < len(text):
                negated = True
                text = text[m.end() :]
                while (a := _AFTER_NEG.match(text)) and a.end() < len(text):
                    text = text[a.end() :]
                add(text, negated)
                continue
            m = _LEAD.match(text)
            if m and 0 < m.end() < len(text):
                text = text[m.end() :]
                add(text, negated)
                continue
            break
        for c in _CLAUSE.finditer(text) if clauses else ():
            if c.start() > 0:
                add(text[: c.start()], negated)
    return out


_CORRECTION_AFTER = re.compile(
    r"^(?P<said>.+?)\s*(?:[,;]\s*|\s+)(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?P<denied>[^,;]+?)[\s.!]*$", re.I
)
_CORRECTION_BEFORE = re.compile(
    r"^(?:no\s*[,.]?\s*)?(?:definitely\s+)?(?:it'?s\s+not|it\s+is\s+not|it\s+wasn'?t|it\s+was\s+not|not|"
    r"i\s+didn'?t\s+work\s+(?:at|for)|i\s+did\s+not\s+work\s+(?:at|for)|i\s+never\s+worked\s+(?:at|for))\s+(?P<denied>[^,;\u2014\u2013]+?)\s*"
    r"(?:[,;\u2014\u2013]\s*(?:but\s+)?|\s+-\s+|\s+but\s+)(?:it'?s\s+|it\s+is\s+|it\s+was\s+|rather\s+|i\s+worked\s+(?:at|for)\s+)?(?P<said>.+)$", re.I
)


_SELF_CORRECTION = re.compile(
    r"^(?P<denied>.+?)\s*(?:[,;.!\u2014\u2013]+\s*|\s+-\s+|\s+)(?:oh\s*,?\s*)?(?:sorry|no\s+wait|wait|no\s*,?\s*no|no(?=\s*,)|"
    r"i\s+mean|i\s+meant|actually|correction|scratch\s+that)\s*[,.!:]?\s+(?:(?:i\s+mean|i\s+meant|actually|"
    r"sorry|it\s+was|it'?s|it\s+is|rather)\s*[,:]?\s+)*(?P<said>[^,;]+?)[\s.!]*$",
    re.I,
)
_ZH_CORRECTION = re.compile(r"^\s*(?:不是|不在|并非|没有)\s*(?P<denied>[^，,；;]+?)\s*[，,；;]\s*(?:而是|是|在)?\s*(?P<said>.+?)\s*[。.！!]*$")
_ZH_DENIAL = re.compile(r"^\s*(?:不是|不在|并非|没有|没在|从来没有|从没)")


def _splits(m: re.Match[str], keep: str) -> bool:
    """Whether the cut between what is denied and what is said falls inside the value ``keep`` said whole:
    "not Morris, Johnson and Morris" denies Morris, Johnson and Morris, it does not correct Morris."""
    words = re.findall(r"\w+", keep)
    if len(words) < 2:
        return False
    whole = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    cut_start, cut_end = m.end("denied"), m.start("said")
    return any(v.start() < cut_start and v.end() > cut_end for v in whole.finditer(m.string))


def correction(folded: str, keep: str = "") -> tuple[str, str | None] | None:
    """A value said together with the one it is not: "$45 an hour, not 40" and "not February, March 2022"
    give ``(said, denied)``; a value taken back ("Hangzhou, no wait, Suzhou", "Kraków, I mean Warsaw") gives
    ``(said, None)``: only the last one counts. ``None`` for any other answer, and when the cut would fall
    inside ``keep`` (the expected value) said whole: "not Morris, Johnson and Morris" is one name denied."""
    text = folded.strip()
    m = _ZH_CORRECTION.match(text)
    if m and m.group("said").strip() and not _splits(m, keep):
        return m.group("said").strip(), m.group("denied").strip()
    m = _SELF_CORRECTION.match(text)
    if (m and m.group("said").strip() and not _ZH_DENIAL.match(text) and len(m.group("said").strip()) > 1
            and not _splits(m, keep)):
        return m.group("said").strip(), None
    for pattern in (_CORRECTION_BEFORE, _CORRECTION_AFTER):
        m = pattern.match(text)
        if m and m.group("said").strip() and m.group("denied").strip() and not _splits(m, keep):
            return m.group("said").strip(), m.group("denied").strip()
    return None


def negated(folded: str) -> bool:
    """Whether the answer, after its fillers, starts by denying ("not 2019", "I never ...", "不是2019年")."""
    text = folded.strip()
    if _ZH_DENIAL.match(text):
        return True
    for _ in range(_MAX_LAYERS):
        neg, m = _NEG_LEAD.match(text), _LEAD.match(text)
        if neg and not (m and m.end() > neg.end()):
            return True
        if not m or m.end() == 0 or m.end() >= len(text):
            return False
        text = text[m.end() :]
    return False


# -- Chinese numerals --------------------------------------------------------------------------------

_ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
              "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
              "玖": 9}
_ZH_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_RUN = re.compile("[" + "".join([*_ZH_DIGITS, *_ZH_UNITS, *_ZH_BIG]) + "]+")
_DIGITS_THEN_SCALE = re.compile(r"(\d+(?:\.\d+)?)\s*([万萬千亿億])")


def _zh_value(run: str) -> int | None:
    """二十九 -> 29, 一千二百 -> 1200, 三万五千 -> 35000, 二〇一九 -> 2019 (digit by digit); said the short way,
    a last digit right after a unit is one unit lower: 一万二 -> 12000, 两千五 -> 2500, 一百二 -> 120."""
    if not any(ch in _ZH_UNITS or ch in _ZH_BIG for ch in run):  # digit by digit
        return int("".join(str(_ZH_DIGITS[ch]) for ch in run))
    total = section = 0
    number: int | None = None
    last_unit = 0
    for ch in run:
        if ch in _ZH_DIGITS:
            number = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (1 if number is None else number) * _ZH_UNITS[ch]
            number, last_unit = None, _ZH_UNITS[ch]
        elif ch in _ZH_BIG:
            section += number or 0
            total += (section or 1) * _ZH_BIG[ch]
            section, number, last_unit = 0, None, _ZH_BIG[ch]
    if number and len(run) >= 2 and run[-1] in _ZH_DIGITS and (run[-2] in _ZH_UNITS or run[-2] in _ZH_BIG) \
            and last_unit >= 100 and "零" not in run:
        number *= last_unit // 10
    return total + section + (number or 0)


def chinese_numerals(text: str) -> str:
    """Numbers in Chinese numerals (and digits with 万/千) rewritten as plain digits."""
    if text.isascii():
        return text

    def scaled(m: re.Match[str]) -> str:
        value = float(m.group(1)) * {"万": 1e4, "萬": 1e4, "千": 1e3, "亿": 1e8, "億": 1e8}[m.group(2)]
        return f" {int(value)} " if value.is_integer() else f" {value} "

    text = _DIGITS_THEN_SCALE.sub(scaled, text)

    def spelled(m: re.Match[str]) -> str:
        value = _zh_value(m.group(0))
        return f" {value} " if value is not None else m.group(0)

    return _ZH_RUN.sub(spelled, text)
