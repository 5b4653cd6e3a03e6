"""Copy the blind corpus into ``grading_corpus_independent.tsv``, with its profile values in this app's formats.

The independent corpus was written by someone who had not seen the grader or the main corpus, so it stores
values as a person would type them into a form ("$45.00/hr", "Python, Django, PostgreSQL"). A profile in
this app holds them as the importers write them ("45.00 USD/hour", "Python; Django; PostgreSQL"). Only the
``expected`` column is rewritten, to that format; the answers and the verdicts are kept as written.

    python tests/core/corpus/import_independent.py /path/to/grading_corpus_independent.tsv
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "₦": "NGN", "R$": "BRL", "₱": "PHP", "¥": "CNY",
           "₴": "UAH", "zł": "PLN", "₫": "VND", "KSh": "KES", "E£": "EGP"}
_MONEY = re.compile(r"^\s*(R\$|E£|KSh|[$€£₹₦₱¥₴₫]|[A-Z]{3})?\s*([\d.,]+)\s*([A-Z]{3}|zł)?\s*(/\s*(?:hr|hour|h))?\s*$")


def _amount(text: str, currency: str) -> str:
    if currency == "BRL" or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # "8.000" in Brazil
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return text


def money(value: str) -> str:
    m = _MONEY.match(value)
    if not m:
        return value
    symbol, number, code, hourly = m.groups()
    currency = code or SYMBOLS.get(symbol or "", symbol or "USD")
    if currency == "zł":
        currency = "PLN"
    amount = _amount(number, currency)
    if hourly:
        return f"{float(amount):.2f} {currency}/hour"
    return f"{int(float(amount)) if float(amount).is_integer() else amount} {currency}"


def convert(line: str) -> str:
    if line.startswith("#") or not line.strip():
        return line
    cols = line.rstrip("\n").split("\t")
    if len(cols) != 6 or cols[0] == "class":
        return line
    if cols[1] == "money":
        cols[3] = money(cols[3])
    elif cols[1] == "list" and ";" not in cols[3]:
        cols[3] = "; ".join(p.strip() for p in re.split(r"[,、，]", cols[3]) if p.strip())
    return "\t".join(cols) + "\n"


def main(source: str) -> None:
    out = Path(__file__).with_name("grading_corpus_independent.tsv")
    lines = Path(source).read_text(encoding="utf-8").splitlines(keepends=True)
    text = [lines[0], "# Copied by import_independent.py: profile values rewritten to the app's formats "
                      "(money as '45.00 USD/hour', lists separated by ';'); answers and verdicts unchanged.\n"]
    text += [convert(line) for line in lines[1:]]
    out.write_text("".join(text), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1])
