"""Country codes (ISO 3166-1 alpha-2) written out as the short English name people say aloud.

A small table: the countries most freelancers live in and their neighbours. A value that is not in
it (a country already written out, such as ``Israel``, or a rare code) is kept exactly as given.
"""

from __future__ import annotations

_TABLE = """
AE United Arab Emirates|AF Afghanistan|AL Albania|AM Armenia|AR Argentina|AT Austria|AU Australia|
AZ Azerbaijan|BA Bosnia and Herzegovina|BD Bangladesh|BE Belgium|BG Bulgaria|BH Bahrain|BO Bolivia|
BR Brazil|BY Belarus|CA Canada|CH Switzerland|CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|
CY Cyprus|CZ Czechia|DE Germany|DK Denmark|DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|
EG Egypt|ES Spain|ET Ethiopia|FI Finland|FR France|GB United Kingdom|GE Georgia|GH Ghana|GR Greece|
GT Guatemala|HK Hong Kong|HN Honduras|HR Croatia|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IN India|
IQ Iraq|IR Iran|IS Iceland|IT Italy|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|
KR South Korea|KW Kuwait|KZ Kazakhstan|LB Lebanon|LK Sri Lanka|LT Lithuania|LU Luxembourg|LV Latvia|
MA Morocco|MD Moldova|ME Montenegro|MK North Macedonia|MM Myanmar|MN Mongolia|MT Malta|MU Mauritius|
MX Mexico|MY Malaysia|NG Nigeria|NI Nicaragua|NL Netherlands|NO Norway|NP Nepal|NZ New Zealand|OM Oman|
PA Panama|PE Peru|PH Philippines|PK Pakistan|PL Poland|PR Puerto Rico|PS Palestine|PT Portugal|
PY Paraguay|QA Qatar|RO Romania|RS Serbia|RU Russia|RW Rwanda|SA Saudi Arabia|SE Sweden|SG Singapore|
SI Slovenia|SK Slovakia|SN Senegal|SV El Salvador|TH Thailand|TN Tunisia|TR Turkey|TW Taiwan|TZ Tanzania|
UA Ukraine|UG Uganda|US United States|UY Uruguay|UZ Uzbekistan|VE Venezuela|VN Vietnam|ZA South Africa|
ZM Zambia|ZW Zimbabwe
"""

COUNTRY_NAMES: dict[str, str] = {
    item.strip()[:2]: item.strip()[3:] for item in _TABLE.replace("\n", "").split("|") if item.strip()
}
COUNTRY_NAMES["UK"] = "United Kingdom"  # not ISO, but common


def country_name(value: str) -> str:
    """``US`` becomes ``United States``; anything else (``Israel``, ``XK``) is kept as given."""
    return COUNTRY_NAMES.get(value.strip().upper(), value.strip()) if len(value.strip()) == 2 else value.strip()


_NAMES = {name.casefold() for name in COUNTRY_NAMES.values()}


def split_place(text: str) -> dict[str, str]:
    """``Chengdu, China`` → city and country; ``Bengaluru, Karnataka, India`` → city, region, country.

    One part alone is a country only when it is a known country name; otherwise it is kept as the city.
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return {}
    if len(parts) == 1:
        only = parts[0]
        return {"country": only} if only.casefold() in _NAMES else {"city": only}
    place = {"city": parts[0], "country": country_name(parts[-1])}
    if len(parts) > 2:
        place["region"] = ", ".join(parts[1:-1])
    return place
