"""Plausible wrong answers of the same type as the right one.

Names come from the profile's other entries first (another employer for a company, another school for a
school), then from fixed lists of plausible values, then from Faker. Dates move by months or years at
the same precision (not into the future for a past event), amounts by 10-30 % in the same format,
numbers by 1..30 %. Phone numbers and postal codes keep their shape with a few digits changed.

Pools are built once per profile (``Pools.from_facts``) and Faker values once per process, so picking
distractors for one fact is O(1) on average, whatever the size of the profile.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .. import dates
from ..facts import Fact
from .model import Rng, human, human_to_iso, norm

if TYPE_CHECKING:
    from .context import Context

N_DISTRACTORS = 3
FAKER_LOCALE = "en_US"
FAKER_SEED = 20240611
FAKER_POOL_SIZE = 48

# Which pool of candidates a (category, attribute) draws from.
ATTRIBUTE_POOL: dict[tuple[str, str], str] = {
    ("employment", "company"): "company",
    ("employment", "first_employer"): "company",
    ("employment", "current_employer"): "company",
    ("portfolio", "employer_at_time"): "company",
    ("portfolio", "client"): "client",
    ("platform", "client"): "client",
    ("education", "school"): "school",
    ("portfolio", "most_recent_project"): "project",
    ("identity", "city"): "place",
    ("employment", "location"): "place",
    ("platform", "location"): "place",
    ("identity", "region"): "region",
    ("identity", "country"): "country",
    ("identity", "nationality"): "nationality",
    ("certifications", "issuer"): "issuer",
    ("identity", "full_name"): "person",
    ("employment", "title"): "job_title",
    ("portfolio", "role"): "role",
    ("education", "degree"): "degree",
    ("education", "field_of_study"): "field",
    ("platform", "title"): "headline",
    ("languages", "english_level"): "level",
    ("languages", "proficiency"): "level",
    ("platform", "time_zone"): "time_zone",
    ("identity", "id_document_type"): "id_document",
    ("identity", "street"): "street",
    ("identity", "postal_code"): "code",
    ("identity", "phone"): "code",
    ("identity", "email"): "email",
}

# Where each pool's candidates come from, best first: ("profile", pool) | ("list", name) | ("faker", provider).
SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "company": (("profile", "company"), ("faker", "company")),  # employers only: a client is not an employer
    "client": (("profile", "client"), ("faker", "company")),
    "school": (("profile", "school"), ("list", "school")),
    "project": (("profile", "project"), ("list", "project")),
    "place": (("profile", "place"), ("local", "city"), ("faker", "city")),
    "region": (("local", "region"), ("faker", "state")),
    "country": (("list", "country"), ("faker", "country")),
    "nationality": (("list", "nationality"),),
    "issuer": (("field", "issuer"),),  # the same field as the certificate, not the profile's other issuers
    "person": (("faker", "person"),),
    "job_title": (("profile", "job_title"), ("list", "job_title"), ("faker", "job")),
    "role": (("profile", "role"), ("profile", "job_title"), ("list", "role")),
    "degree": (("profile", "degree"), ("list", "degree")),
    "field": (("profile", "field"), ("list", "field")),
    "headline": (("profile", "headline"), ("list", "headline"), ("faker", "job")),
    "id_document": (("list", "id_document"),),
    "street": (("faker", "street_address"),),  # in the locale of the address's country (see FAKER_LOCALES)
}

# Which facts feed which profile pool.
_FEEDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("employment", "company"): ("company",),
    ("portfolio", "client"): ("client",),
    ("platform", "client"): ("client",),
    ("education", "school"): ("school",),
    ("identity", "city"): ("place",),
    ("employment", "location"): ("place",),
    ("platform", "location"): ("place",),
    ("certifications", "issuer"): ("issuer",),
    ("employment", "title"): ("job_title", "headline"),
    ("portfolio", "role"): ("role",),
    ("education", "degree"): ("degree",),
    ("education", "field_of_study"): ("field",),
    ("platform", "title"): ("headline",),
}

LISTS: dict[str, tuple[str, ...]] = {
    "job_title": (
        "Software Engineer", "Senior Software Engineer", "Frontend Developer", "Backend Developer",
        "Full-Stack Developer", "Data Analyst", "Data Engineer", "DevOps Engineer", "QA Engineer",
        "Product Manager", "Project Manager", "UX Designer", "Graphic Designer", "Technical Writer",
        "Mobile Developer", "Machine Learning Engineer", "Team Lead", "Solutions Architect",
        "Marketing Specialist", "Customer Success Manager", "Content Writer", "Web Developer",
    ),
    "role": (
        "Lead developer", "Sole developer", "Frontend developer", "Backend developer", "Designer",
        "Technical lead", "Consultant", "Data engineer", "Project manager", "QA tester", "Architect",
    ),
    "headline": (
        "Full-Stack Web Developer", "Senior Python Developer", "React & Node.js Engineer",
        "Data Analyst | SQL, Python, Power BI", "Mobile App Developer (iOS & Android)",
        "WordPress Expert", "UI/UX Designer", "DevOps & Cloud Engineer", "Technical Writer",
        "Shopify Developer", "Machine Learning Engineer", "Virtual Assistant",
    ),
    "degree": (
        "Bachelor of Science", "Bachelor of Arts", "Master of Science", "Master of Arts", "BSc", "MSc",
        "BA", "MA", "PhD", "Associate Degree", "Bachelor of Engineering", "Master of Engineering", "MBA",
        "Diploma", "Bachelor of Business Administration",
    ),
    "field": (
        "Computer Science", "Software Engineering", "Information Technology", "Mathematics", "Physics",
        "Electrical Engineering", "Economics", "Business Administration", "Graphic Design",
        "Data Science", "Statistics", "Mechanical Engineering", "Marketing", "Psychology", "Linguistics",
    ),
    "issuer": (
        "Amazon Web Services", "Google", "Microsoft", "Coursera", "Cisco", "CompTIA", "Oracle",
        "Scrum Alliance", "Project Management Institute", "Meta", "IBM", "Linux Foundation", "HubSpot",
    ),
    "id_document": ("Passport", "National ID card", "Driver's license", "Residence permit"),
    "nationality": (
        "American", "British", "Canadian", "German", "French", "Spanish", "Italian", "Polish", "Ukrainian",
        "Indian", "Pakistani", "Filipino", "Brazilian", "Mexican", "Nigerian", "Kenyan", "Egyptian",
        "Argentinian", "Colombian", "Vietnamese", "Indonesian", "Bangladeshi", "Turkish", "Romanian",
    ),
    "country": (
        "United States", "United Kingdom", "Canada", "Germany", "France", "Spain", "Italy", "Poland",
        "Ukraine", "India", "Pakistan", "Philippines", "Brazil", "Mexico", "Nigeria", "Kenya", "Egypt",
        "Argentina", "Colombia", "Vietnam", "Indonesia", "Bangladesh", "Turkey", "Romania", "Portugal",
    ),
    "project": (
        "Inventory Dashboard", "Booking App", "Customer Portal", "Analytics Pipeline", "Recipe Finder",
        "Fleet Tracker", "Payment Gateway Integration", "Chat Support Widget", "Marketing Site Redesign",
        "Expense Tracker", "Learning Platform", "Appointment Scheduler", "Price Monitor", "Invoice Generator",
    ),
    "school": (),  # built from Faker names, see _list()
}

# Big cities and regions of the countries most freelancers live in: a city in the same country is a
# plausible wrong answer; Faker's invented en_US towns are the last resort.
CITIES: dict[str, tuple[str, ...]] = {
    "united states": ("New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Seattle", "Denver", "Boston", "Austin", "Atlanta"),
    "united kingdom": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Liverpool", "Edinburgh"),
    "canada": ("Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg"),
    "australia": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"),
    "germany": ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Stuttgart", "Leipzig", "Dresden"),
    "france": ("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Lille", "Bordeaux"),
    "spain": ("Madrid", "Barcelona", "Valencia", "Seville", "Zaragoza", "Málaga", "Bilbao", "Alicante"),
    "italy": ("Rome", "Milan", "Naples", "Turin", "Bologna", "Florence", "Palermo", "Genoa"),
    "portugal": ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
    "netherlands": ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven"),
    "poland": ("Warsaw", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin"),
    "ukraine": ("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Vinnytsia"),
    "romania": ("Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Brașov"),
    "turkey": ("Istanbul", "Ankara", "Izmir", "Bursa", "Antalya"),
    "india": ("Bengaluru", "Mumbai", "Delhi", "Hyderabad", "Chennai", "Pune", "Kolkata", "Ahmedabad", "Jaipur"),
    "pakistan": ("Karachi", "Lahore", "Islamabad", "Faisalabad", "Rawalpindi", "Multan", "Peshawar"),
    "bangladesh": ("Dhaka", "Chittagong", "Khulna", "Rajshahi", "Sylhet"),
    "philippines": ("Manila", "Quezon City", "Cebu City", "Davao City", "Makati", "Pasig", "Iloilo City"),
    "china": ("Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Wuhan", "Xi'an", "Nanjing", "Chongqing"),
    "vietnam": ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho", "Hue"),
    "indonesia": ("Jakarta", "Surabaya", "Bandung", "Medan", "Yogyakarta", "Denpasar"),
    "brazil": ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Brasília"),
    "mexico": ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "Mérida", "Querétaro"),
    "argentina": ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata"),
    "colombia": ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga"),
    "nigeria": ("Lagos", "Abuja", "Ibadan", "Port Harcourt", "Kano", "Benin City", "Enugu"),
    "kenya": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "egypt": ("Cairo", "Alexandria", "Giza", "Mansoura", "Tanta"),
}
REGIONS: dict[str, tuple[str, ...]] = {
    "china": ("Guangdong", "Zhejiang", "Jiangsu", "Hubei", "Hunan", "Yunnan", "Shaanxi", "Fujian", "Sichuan"),
    "india": ("Karnataka", "Maharashtra", "Tamil Nadu", "Telangana", "Kerala", "Gujarat", "Rajasthan", "West Bengal"),
    "spain": ("Catalonia", "Andalusia", "Community of Madrid", "Valencian Community", "Galicia", "Basque Country"),
    "germany": ("Bavaria", "Berlin", "Hesse", "Saxony", "Hamburg", "Lower Saxony", "North Rhine-Westphalia"),
    "canada": ("Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia"),
    "australia": ("New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia"),
    "pakistan": ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Islamabad Capital Territory"),
    "philippines": ("Metro Manila", "Cebu", "Davao del Sur", "Laguna", "Cavite", "Bulacan"),
    "brazil": ("São Paulo", "Rio de Janeiro", "Minas Gerais", "Paraná", "Bahia", "Rio Grande do Sul"),
    "mexico": ("Jalisco", "Nuevo León", "Puebla", "Yucatán", "Querétaro", "Guanajuato"),
    "nigeria": ("Lagos", "Oyo", "Rivers", "Kano", "Enugu", "Kaduna"),
    "united kingdom": ("England", "Scotland", "Wales", "Northern Ireland"),
    "ukraine": ("Kyiv Oblast", "Lviv Oblast", "Kharkiv Oblast", "Odesa Oblast", "Dnipropetrovsk Oblast"),
    "poland": ("Masovian", "Lesser Poland", "Lower Silesian", "Greater Poland", "Pomeranian", "Silesian"),
}
_COUNTRY_ALIASES = {
    "usa": "united states", "us": "united states", "united states of america": "united states",
    "uk": "united kingdom", "great britain": "united kingdom", "england": "united kingdom",
    "scotland": "united kingdom", "wales": "united kingdom", "viet nam": "vietnam", "turkiye": "turkey",
    "türkiye": "turkey", "deutschland": "germany", "españa": "spain",
}
# Work locations that are not places.
NOT_PLACES = {"remote", "worldwide", "anywhere", "hybrid", "on site", "onsite", "online", "home office"}


def country_key(name: str) -> str:
    k = " ".join(name.casefold().replace(".", "").split())
    return _COUNTRY_ALIASES.get(k, k)


# Common zones as Upwork lists them ("UTC-05:00 Eastern Time (US & Canada)") and their standard names
# ("UTC+08:00 (China Standard Time)"): (offset in minutes, Upwork label, standard name).
ZONES: tuple[tuple[int, str, str], ...] = (
    (-600, "Hawaii", "Hawaii-Aleutian Standard Time"), (-540, "Alaska", "Alaska Standard Time"),
    (-480, "Pacific Time (US & Canada)", "Pacific Standard Time"),
    (-420, "Mountain Time (US & Canada)", "Mountain Standard Time"),
    (-360, "Central Time (US & Canada)", "Central Standard Time"),
    (-300, "Eastern Time (US & Canada)", "Eastern Standard Time"),
    (-240, "Atlantic Time (Canada)", "Atlantic Standard Time"), (-210, "Newfoundland", "Newfoundland Standard Time"),
    (-180, "Brasilia", "Brasília Time"), (0, "London", "Greenwich Mean Time"), (60, "Berlin", "Central European Time"),
    (120, "Kyiv", "Eastern European Time"), (180, "Moscow", "Moscow Standard Time"), (210, "Tehran", "Iran Standard Time"),
    (240, "Dubai", "Gulf Standard Time"), (270, "Kabul", "Afghanistan Time"), (300, "Karachi", "Pakistan Standard Time"),
    (330, "Kolkata", "India Standard Time"), (345, "Kathmandu", "Nepal Time"), (360, "Dhaka", "Bangladesh Standard Time"),
    (420, "Jakarta", "Western Indonesia Time"), (480, "Beijing", "China Standard Time"),
    (540, "Tokyo", "Japan Standard Time"), (570, "Adelaide", "Australian Central Standard Time"),
    (600, "Sydney", "Australian Eastern Standard Time"), (720, "Auckland", "New Zealand Standard Time"),
)

LEVELS: tuple[tuple[str, ...], ...] = (
    ("Basic", "Conversational", "Fluent", "Native or Bilingual"),
    ("A1", "A2", "B1", "B2", "C1", "C2"),
    ("Beginner", "Elementary", "Intermediate", "Upper-intermediate", "Advanced", "Proficient", "Native"),
)


# -- Faker: one instance and fixed pools per process ---------------------------------------------------------
# Faker's locale for the country a person lives in: names, streets and towns of that country.
FAKER_LOCALES: dict[str, str] = {
    "china": "zh_CN", "india": "en_IN", "philippines": "en_PH", "nigeria": "en_NG", "pakistan": "en_PK",
    "bangladesh": "en_BD", "kenya": "en_KE", "egypt": "ar_EG", "brazil": "pt_BR", "mexico": "es_MX",
    "argentina": "es_AR", "colombia": "es_CO", "spain": "es_ES", "portugal": "pt_PT", "ukraine": "uk_UA",
    "poland": "pl_PL", "romania": "ro_RO", "turkey": "tr_TR", "vietnam": "vi_VN", "indonesia": "id_ID",
    "germany": "de_DE", "france": "fr_FR", "italy": "it_IT", "netherlands": "nl_NL", "united kingdom": "en_GB",
    "canada": "en_CA", "australia": "en_AU", "israel": "he_IL", "united states": "en_US",
}


def faker_locale(country: str) -> str:
    return FAKER_LOCALES.get(country, FAKER_LOCALE)


@lru_cache(maxsize=32)
def _faker(locale: str = FAKER_LOCALE):  # type: ignore[no-untyped-def]
    from faker import Faker

    try:
        return Faker(locale)
    except AttributeError:  # not a locale this Faker knows
        return Faker(FAKER_LOCALE)


@cache
def faker_pool(provider: str, locale: str = FAKER_LOCALE) -> tuple[str, ...]:
    """``FAKER_POOL_SIZE`` values of one Faker provider in one locale, seeded, generated once per process."""
    fake = _faker(locale)
    fake.seed_instance(FAKER_SEED + sum(map(ord, provider)))
    if provider == "person":
        make: Callable[[], str] = lambda: f"{fake.first_name()} {fake.last_name()}"  # noqa: E731
    elif provider == "street_address" and locale == "zh_CN":
        make = lambda: fake.street_address()  # noqa: E731
    elif not hasattr(fake, provider):  # a provider this locale lacks (en_GB has no "state")
        return faker_pool(provider) if locale != FAKER_LOCALE else ()
    else:
        make = getattr(fake, provider)
    return tuple(dict.fromkeys(str(make()).replace("\n", ", ") for _ in range(FAKER_POOL_SIZE)))


@cache
def _list(name: str) -> tuple[str, ...]:
    if name == "school":
        cities = faker_pool("city")[:12]
        names = faker_pool("last_name")[:12]
        return tuple(
            [f"University of {c}" for c in cities[:6]]
            + [f"{n} College" for n in names[:6]]
            + [f"{c} Institute of Technology" for c in cities[6:]]
        )
    return LISTS[name]


# -- the profile's own pools --------------------------------------------------------------------------------
class Pools:
    """Distinct values per pool (``company``, ``school``...) and per ``(category, attribute)``."""

    def __init__(self) -> None:
        self.named: dict[str, list[str]] = {}
        self.by_attr: dict[tuple[str, str], list[str]] = {}
        self._seen: set[tuple[object, str]] = set()

    def _add(self, bucket: dict, name: object, value: str) -> None:  # type: ignore[type-arg]
        k = (name, norm(value))
        if not k[1] or k in self._seen:
            return
        self._seen.add(k)
        bucket.setdefault(name, []).append(value)

    @classmethod
    def from_facts(cls, facts: Sequence[Fact]) -> Pools:
        p = cls()
        for f in facts:
            ca = (f.category, f.attribute)
            if f.kind in ("name", "text") and not (ATTRIBUTE_POOL.get(ca) == "place" and norm(f.value) in NOT_PLACES):
                p._add(p.by_attr, ca, f.value)
            for name in _FEEDS.get(ca, ()):
                if name == "place" and norm(f.value) in NOT_PLACES:
                    continue
                p._add(p.named, name, f.value)
            if f.category == "portfolio" and f.subject:
                p._add(p.named, "project", f.subject)
        return p


# -- drawing ------------------------------------------------------------------------------------------------
def _take(source: Sequence[str], out: list[str], taken: set[str], need: int) -> None:
    """Add entries of ``source`` in order, skipping those whose normal form is in ``taken``."""
    for c in source:
        if len(out) >= need:
            return
        k = norm(c)
        if k and k not in taken:
            taken.add(k)
            out.append(c)


def _overlaps(k: str, near: list[str]) -> bool:
    """Does ``k`` contain one of ``near`` as whole words or sit inside one ("Valencia" and
    "Valencia, Spain" name the same place)?"""
    for t in near:
        if t and (t in k or k in t):  # cheap test first; then as whole words
            padded, tp = f" {k} ", f" {t} "
            if tp in padded or padded in tp:
                return True
    return False


def _draw(
    source: Sequence[str],
    out: list[str],
    taken: set[str],
    rng: Rng,
    need: int,
    near: list[str] | None = None,
) -> None:
    """Add up to ``need`` random entries of ``source`` whose normal form is not in ``taken`` and (if
    ``near`` is given: the answer and the picks so far) does not overlap one of ``near``."""
    n = len(source)
    if n == 0 or len(out) >= need:
        return
    order: Iterable[int] = rng.sample(range(n), n) if n <= 8 else (rng.randrange(n) for _ in range(4 * n if n < 16 else 64))
    for i in order:
        c = source[i]
        k = norm(c)
        if k and k not in taken and not (near is not None and _overlaps(k, near)):
            taken.add(k)
            out.append(c)
            if near is not None:
                near.append(k)
            if len(out) >= need:
                return


def _from_sources(
    fact: Fact, ctx: Context, sources: Sequence[tuple[str, str]], rng: Rng, need: int = N_DISTRACTORS
) -> list[str]:
    out: list[str] = []
    taken = {norm(fact.value)} | ctx.also_true(fact)
    near = [norm(fact.value)]
    if ("field", "issuer") not in sources:  # issuers come from the certificate's field only
        same_attr = ctx.pools.by_attr.get((fact.category, fact.attribute), [])
        _draw(same_attr, out, taken, rng, need, near)
    for where, name in sources:
        if len(out) >= need:
            break
        if where == "profile":
            _draw(ctx.pools.named.get(name, []), out, taken, rng, need, near)
        elif where == "list":
            _draw(_list(name), out, taken, rng, need, near)
        elif where == "local":
            table = CITIES if name == "city" else REGIONS
            _draw(_with_suffix(table.get(ctx.country, ()), fact.value), out, taken, rng, need, near)
        elif where == "field":
            _draw(_issuers_of_field(fact), out, taken, rng, need, near)
        else:
            pool: Sequence[str] = faker_pool(name)
            if name in _LOCAL_PROVIDERS:  # the country's own names, in the answer's script ("Nestor" gets Latin)
                script = _script(fact.value)
                locale = faker_locale(ctx.country)
                local = [c for c in faker_pool(name, locale) if _script(c) == script]
                if not local and locale == "uk_UA" and script == "latin":  # Ukrainian names, transliterated
                    from ..demo import transliterate_uk

                    local = [transliterate_uk(c) for c in faker_pool(name, locale)]
                pool = local if len(local) >= 2 * N_DISTRACTORS else local + list(pool)
            if name == "city":
                pool = _with_suffix(pool, fact.value)
            _draw(pool, out, taken, rng, need, near)
    return out


_LOCAL_PROVIDERS = frozenset({"city", "state", "street_address", "person", "last_name"})

# Certificate issuers by field: a wrong issuer is one of the same field ("Google Cloud" for an AWS
# certificate, not "HubSpot").
ISSUER_FIELDS: dict[str, tuple[str, ...]] = {
    "cloud": ("Amazon Web Services", "Google Cloud", "Microsoft", "Oracle", "IBM", "Alibaba Cloud", "Red Hat",
              "Linux Foundation", "HashiCorp", "Cisco"),
    "project": ("Project Management Institute", "Scrum Alliance", "Scrum.org", "AXELOS", "IPMA", "APMG International"),
    "security": ("CompTIA", "ISC2", "EC-Council", "ISACA", "Cisco", "Offensive Security", "GIAC"),
    "marketing": ("HubSpot", "Google", "Meta", "Semrush", "Hootsuite", "LinkedIn", "Salesforce"),
    "data": ("Google", "IBM", "Microsoft", "Databricks", "Snowflake", "DataCamp", "Tableau", "SAS"),
    "language": ("ETS", "British Council", "IDP Education", "Cambridge Assessment English", "Pearson", "Duolingo"),
    "design": ("Adobe", "Google", "Interaction Design Foundation", "Nielsen Norman Group", "Figma", "Autodesk"),
    "learning": ("Coursera", "edX", "Udemy", "freeCodeCamp", "Udacity", "LinkedIn Learning", "Codecademy"),
}
_FIELD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cloud", ("aws", "amazon", "azure", "cloud", "gcp", "kubernetes", "devops", "solutions architect", "red hat", "linux")),
    ("project", ("pmp", "scrum", "agile", "prince2", "project", "capm", "itil", "product owner")),
    ("security", ("security", "cissp", "ceh", "comptia", "ethical hack", "cyber", "cisa", "cism", "oscp")),
    ("marketing", ("marketing", "seo", "ads", "analytics", "social media", "hubspot", "inbound", "content")),
    ("data", ("data", "sql", "tableau", "power bi", "machine learning", "databricks", "snowflake", "statistics")),
    ("language", ("ielts", "toefl", "toeic", "english", "cambridge", "language", "celpip", "hsk")),
    ("design", ("design", "ux", "ui", "figma", "adobe", "photoshop", "autocad")),
)


def _issuers_of_field(fact: Fact) -> tuple[str, ...]:
    """Issuers in the certificate's field, judged from its name and issuer ("AWS Certified …" -> cloud)."""
    text = f" {norm(fact.subject)} {norm(fact.value)} "
    for name, words in _FIELD_WORDS:
        if any(w in text for w in words):
            return ISSUER_FIELDS[name]
    return ISSUER_FIELDS["learning"]


def _with_suffix(cities: Sequence[str], like: str) -> Sequence[str]:
    """Cities written like ``like``: "Austin, TX" keeps ", TX" after each city."""
    if "," not in like:
        return cities
    suffix = like.split(",", 1)[1]
    return [f"{c},{suffix}" for c in cities]


def make_distractors(fact: Fact, ctx: Context) -> tuple[str, ...]:
    """Exactly three wrong answers for ``fact`` in display form, or ``()`` when that is not possible."""
    rng = ctx.rng("distractors", fact.key)
    out: list[str]
    if fact.kind == "date":
        lo, hi = _date_bounds(fact, ctx)
        out = date_distractors(fact.value, rng, ctx.today, lo, hi)
    elif fact.kind == "money":
        out = money_distractors(fact.value, rng)
    elif fact.kind == "number":
        out = number_distractors(fact.value, rng, fact.attribute)
    elif fact.kind in ("name", "text"):
        out = _text_distractors(fact, ctx, rng)
    else:
        out = []
    if fact.kind in ("name", "text") and out:
        out = _not_equivalent(fact.value, out, fact.kind)[:N_DISTRACTORS]
    right = norm(human(fact.value) if fact.kind == "date" else fact.value)
    keys = {norm(o) for o in out}
    if len(out) != N_DISTRACTORS or len(keys) != N_DISTRACTORS or right in keys or "" in keys:
        return ()
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _same_fact(a: str, b: str, kind: str) -> bool:
    """Would a fair agent take ``b`` for ``a`` (or ``a`` for ``b``)? Then the two options are one fact in
    different words ("Hangzhou Cloudwave" / "Hangzhou Cloudwave Technology Co., Ltd."). Only pairs that
    share a word, or where one could be an abbreviation, are graded (grading every pair is too slow)."""
    from ..grading import _fold, grade

    wa, wb = set(_fold(norm(a)).split()), set(_fold(norm(b)).split())  # "Wrocław" and "Wroclaw" share a word
    if not (wa & wb) and not any(len(w) == 1 and len(next(iter(w))) <= 6 for w in (wa, wb)):
        return False

    return grade(a, b, kind).correct or grade(b, a, kind).correct


def _not_equivalent(value: str, options: list[str], kind: str) -> list[str]:
    """Up to three of ``options`` not equivalent to the answer nor to an option kept before them."""
    kept: list[str] = []
    for o in options:
        if not _same_fact(value, o, kind) and not any(_same_fact(k, o, kind) for k in kept):
            kept.append(o)
            if len(kept) == N_DISTRACTORS:
                break
    return kept


def _text_distractors(fact: Fact, ctx: Context, rng: Rng) -> list[str]:
    pool = ATTRIBUTE_POOL.get((fact.category, fact.attribute))
    if pool == "level":
        return _level_distractors(fact.value, rng)
    if pool == "time_zone":
        return _time_zone_distractors(fact.value, rng)
    if pool == "code":
        return _code_distractors(fact.value, rng)
    if pool == "email":
        return _email_distractors(fact.value, rng)
    if pool == "street":
        return _street_distractors(fact, ctx, rng)
    if pool == "person" and (names := _chinese_names(fact.value)):
        out: list[str] = []
        _draw(names, out, {norm(fact.value)}, rng, N_DISTRACTORS + 3, [norm(fact.value)])
        return out
    # Spare candidates: those equivalent to the answer or to each other are dropped in make_distractors.
    out = _from_sources(fact, ctx, SOURCES.get(pool, ()) if pool else (), rng, N_DISTRACTORS + 3)
    if pool == "place" and "," not in fact.value:  # "Xi'an" gets "Wuhan", not "Wuhan, China"
        out = list(dict.fromkeys(o.split(",")[0].strip() for o in out if norm(o.split(",")[0]) != norm(fact.value)))
    return out


# Common Chinese surnames and given names with their pinyin: a Chinese name's wrong options are Chinese names
# written the same way ("Lin Mei (林美)" -> "Zhou Jing (周静)"; "林美" -> "周静"; "Lin Mei" -> "Zhou Jing").
_ZH_SURNAMES = (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
                ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"),
                ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"))
_ZH_GIVEN = (("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"),
             ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"),
             ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"), ("华", "Hua"), ("慧", "Hui"), ("婷", "Ting"),
             ("子涵", "Zihan"), ("浩然", "Haoran"), ("雨桐", "Yutong"), ("俊杰", "Junjie"))
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=256)
def _chinese_names(value: str) -> tuple[str, ...]:
    """Chinese names in the shape of ``value`` (pinyin, characters, or both), or () for another name."""
    v = value.strip()
    latin = _CJK.sub("", re.sub(r"\s*\([^()]*\)\s*", " ", v)).strip()
    has_cjk = bool(_CJK.search(v))
    words = latin.split()
    pinyin = bool(words) and latin.isascii() and len(words) <= 3 and all(_spells_pinyin(w.lower()) for w in words)
    if not has_cjk and not pinyin:
        return ()
    surnames = {sp.lower() for _, sp in _ZH_SURNAMES}
    given_first = len(words) >= 2 and words[0].lower() not in surnames and words[-1].lower() in surnames
    out = []
    for i, (sh, sp) in enumerate(_ZH_SURNAMES):
        for j, (gh, gp) in enumerate(_ZH_GIVEN):
            if (i * 7 + j * 3) % 5:  # a fixed spread, not every pair
                continue
            if has_cjk and not latin:
                out.append(sh + gh)
            elif has_cjk:
                out.append(f"{gp} {sp} ({sh}{gh})" if given_first else f"{sp} {gp} ({sh}{gh})")
            else:
                out.append(f"{gp} {sp}" if given_first else f"{sp} {gp}")
    return tuple(out)


def _spells_pinyin(word: str) -> bool:
    """Whether a word is one or more pinyin syllables ("jun", "xiaoming")."""
    from ..grading import _PINYIN

    n = len(word)
    ok = [True] + [False] * n
    for i in range(n):
        if ok[i]:
            for j in range(i + 1, min(n, i + 6) + 1):
                if word[i:j] in _PINYIN:
                    ok[j] = True
    return n > 0 and ok[n]


def _script(text: str) -> str:
    """``latin``, ``cjk``, ``cyrillic``, ``arabic`` or ``other``: options are written like the answer."""
    for ch in text:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF:
            return "cjk"
        if 0x0400 <= o <= 0x04FF:
            return "cyrillic"
        if 0x0600 <= o <= 0x06FF:
            return "arabic"
    return "latin"


_ROMANISED_STREETS = ("Wenhua", "Jiefang", "Renmin", "Zhongshan", "Heping", "Jianshe", "Xinhua", "Yan'an",
                      "Changjiang", "Huaihai", "Wensan", "Keyuan", "Shennan", "Binjiang")


def _other_number(digits: str, rng: Rng) -> str:
    """A number of as many digits (no leading zero unless the answer has one)."""
    low = 10 ** (len(digits) - 1) if len(digits) > 1 and digits[0] != "0" else 1
    return str(low + rng.randrange(10 ** len(digits) - low)).zfill(len(digits) if digits[0] == "0" else 0)


def _street_distractors(fact: Fact, ctx: Context, rng: Rng) -> list[str]:
    """Streets of the address's country written in the answer's script; else the answer with other numbers
    (and, for a romanised Chinese address, another street name)."""
    script = _script(fact.value)
    pool = [c for c in faker_pool("street_address", faker_locale(ctx.country)) if _script(c) == script]
    out: list[str] = []
    _draw(pool, out, {norm(fact.value)}, rng, N_DISTRACTORS + 3, [norm(fact.value)])
    if len(out) >= N_DISTRACTORS:
        return out
    numbers = re.findall(r"\d+", fact.value)
    for _ in range(12):
        text = re.sub(r"\d+", lambda m: _other_number(m.group(0), rng), fact.value)
        if ctx.country == "china" and script == "latin":
            name = next((w for w in _ROMANISED_STREETS if w in fact.value), None)
            if name:
                text = text.replace(name, rng.choice([w for w in _ROMANISED_STREETS if w != name]))
        if numbers and norm(text) != norm(fact.value) and norm(text) not in {norm(o) for o in out}:
            out.append(text)
        if len(out) >= N_DISTRACTORS + 1:
            break
    return out


def _level_distractors(value: str, rng: Rng) -> list[str]:
    v = norm(value)
    scale = next((s for s in LEVELS if v in {norm(x) for x in s}), LEVELS[0])
    out: list[str] = []
    _draw(scale, out, {v}, rng, N_DISTRACTORS)
    return out


_TZ = re.compile(r"(UTC|GMT)(?:\s*([+\-\u2212])\s*(\d{1,2})(:?)(\d{2})?)?", re.IGNORECASE)


def _time_zone_distractors(value: str, rng: Rng) -> list[str]:
    """Other offsets in the same notation: ``UTC+01:00`` -> ``UTC+03:00``; ``UTC-05:00 Eastern Time (US &
    Canada)`` -> ``UTC-06:00 Central Time (US & Canada)``; IANA names (``Europe/Madrid``) -> others."""
    m = _TZ.search(value)
    out: list[str] = []
    if not m:
        _draw(faker_pool("timezone"), out, {norm(value)}, rng, N_DISTRACTORS)
        return out
    word, sign, hours, colon, minutes = m.groups()
    offset = (int(hours or 0) * 60 + int(minutes or 0)) * (-1 if sign in ("-", "\u2212") else 1)
    head, tail = value[: m.start()], value[m.end():]
    width = len(hours) if hours else 2

    def zone(o: int) -> str:
        if o == 0 and not hours:
            return word
        h, mm = divmod(abs(o), 60)
        return f"{word}{'-' if o < 0 else '+'}{h:0{width}d}" + (f"{colon}{mm:02d}" if minutes or mm else "")

    if not tail.strip():  # "UTC+01:00": the same notation, whole hours away
        shifts = [d for d in (-180, -120, -60, 60, 120, 180) if -720 <= offset + d <= 840]
        texts = [head + zone(offset + d) for d in rng.sample(shifts, len(shifts))]
    else:  # a named zone: the nearest other zones, named the same way
        near = sorted((z for z in ZONES if z[0] != offset), key=lambda z: abs(z[0] - offset))[:6]
        paren = tail.strip().startswith("(")
        texts = [f"{head}{zone(o)} " + (f"({std})" if paren else label) for o, label, std in rng.sample(near, 6)]
    _take(texts, out, {norm(value)}, N_DISTRACTORS)
    return out


def _code_distractors(value: str, rng: Rng) -> list[str]:
    """Same shape, a few characters changed: ``+1 555 0100`` -> ``+1 555 0170``."""
    chars = list(value)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    letters = [i for i, c in enumerate(chars) if c.isalpha() and c.isascii()]
    positions = digits or letters
    if not positions:
        return []
    tail = positions[-max(2, len(positions) // 2):]  # change the end, keep country/area codes
    out: list[str] = []
    taken = {norm(value)}
    for _ in range(24):
        new = chars[:]
        for i in rng.sample(tail, min(len(tail), rng.choice((1, 2, 2, 3)))):
            pool = "0123456789" if new[i].isdigit() else "ABCDEFGHJKLMNPRSTUVWXYZ"
            c = rng.choice(pool.replace(new[i].upper(), ""))
            new[i] = c if not new[i].islower() else c.lower()
        text = "".join(new)
        if norm(text) not in taken:
            taken.add(norm(text))
            out.append(text)
            if len(out) == N_DISTRACTORS:
                break
    return out


_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com")


def _email_distractors(value: str, rng: Rng) -> list[str]:
    if "@" not in value:
        return []
    local, domain = value.rsplit("@", 1)
    cands = [f"{local}@{d}" for d in _DOMAINS if d != domain.casefold()]
    if "." in local:
        cands += [f"{local.replace('.', '')}@{domain}", f"{local.replace('.', '_')}@{domain}"]
    else:
        cands += [f"{local}{rng.randint(1, 99)}@{domain}", f"{local[:1]}.{local[1:]}@{domain}"]
    cands.append(f"{local}.work@{domain}")
    out: list[str] = []
    _draw(cands, out, {norm(value)}, rng, N_DISTRACTORS)
    return out


# -- dates, money, numbers ----------------------------------------------------------------------------------
_MONTH_NAMES = tuple(calendar.month_name)


def _said(y: int, m: int | None, d: int | None) -> str:
    """``PartialDate.human`` without building one (this runs for every date fact)."""
    if d:
        return f"{d} {_MONTH_NAMES[m or 1]} {y}"
    return f"{_MONTH_NAMES[m]} {y}" if m else str(y)


def _date_key(iso: str) -> tuple[int, ...]:
    try:
        pd = dates.PartialDate.parse(iso)
    except dates.PartialDateError:
        return ()
    return tuple(x for x in (pd.year, pd.month, pd.day) if x is not None)


def _date_bounds(fact: Fact, ctx: Context) -> tuple[str | None, str | None]:
    """The earliest and latest date a wrong option may take and still fit the other facts: a start is not
    after the entry's end, an end not before its start; a job or a degree starts after the 14th birthday."""
    lo = hi = None
    if fact.attribute == "start":
        hi = ctx.sibling_value(fact, "end") or ctx.sibling_value(fact, "completed") or None
    elif fact.attribute in ("end", "completed"):
        lo = ctx.sibling_value(fact, "start") or None
    if fact.category in ("employment", "education", "portfolio", "platform", "certifications") and lo is None:
        birth = next((f.value for f in ctx.facts if f.category == "identity" and f.attribute == "date_of_birth"), "")
        if birth[:4].isdigit():
            lo = str(int(birth[:4]) + 14)
    return lo, hi


def _fits(said: str, lo: tuple[int, ...], hi: tuple[int, ...]) -> bool:
    key = _date_key(human_to_iso(said) or "")
    if not key:
        return True
    return (not lo or key[: len(lo)] >= lo[: len(key)]) and (not hi or key[: len(hi)] <= hi[: len(key)])


def date_distractors(value: str, rng: Rng, today: date, lo: str | None = None, hi: str | None = None) -> list[str]:
    """Three other dates at the same precision, in words; not after ``today`` for a date in the past, and
    between ``lo`` and ``hi`` (ISO, the other dates of the entry) when given; [] when three do not fit."""
    past, later = _date_candidates(value, today)
    if lo or hi:
        lo_key, hi_key = _date_key(lo or ""), _date_key(hi or "")
        past = tuple(c for c in past if _fits(c, lo_key, hi_key))
        later = tuple(c for c in later if _fits(c, lo_key, hi_key)) if later is not None else None
        if len(past) + len(later or ()) < N_DISTRACTORS:
            return []
    if later is None:
        return rng.sample(past, N_DISTRACTORS)
    picked = rng.sample(past, min(N_DISTRACTORS, len(past)))
    picked += rng.sample(later, N_DISTRACTORS - len(picked))
    return picked


@lru_cache(maxsize=1 << 12)
def _date_candidates(value: str, today: date) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """The candidates of ``date_distractors`` in words: ``(past, later)`` for a date not after ``today``,
    else ``(all, None)``. Pure, so computed once per date (profiles repeat their dates)."""
    pd = dates.PartialDate.parse(value)
    cands: list[tuple[int, int | None, int | None]] = []
    if pd.month is None:
        cands = [(pd.year + d, None, None) for d in (-1, 1, -2, 2, -3, 3, -4, 4)]
    else:
        if pd.day:
            base = date(pd.year, pd.month, pd.day)
            for d in (-1, 1, -3, 3, -7, 7, -10, 10):
                x = base + timedelta(days=d)
                cands.append((x.year, x.month, x.day))
        for d in ((-1, 1, -2, 2, -12, 12) if pd.day else (-1, 1, -2, 2, -3, 3, -6, 6, -12, 12, -13, 13, -24, 24)):
            y, m0 = divmod(pd.year * 12 + pd.month - 1 + d, 12)
            day = min(pd.day, calendar.monthrange(y, m0 + 1)[1]) if pd.day else None
            cands.append((y, m0 + 1, day))
    # Every shift is non-zero, so all candidates differ from the answer and from each other.
    cands = [c for c in cands if 1900 <= c[0] <= 2100]
    now = (today.year, today.month, today.day)
    if (pd.year, pd.month or 1, pd.day or 1) <= now:  # keep past events in the past when possible
        past = tuple(_said(*c) for c in cands if (c[0], c[1] or 1, c[2] or 1) <= now)
        later = tuple(_said(*c) for c in cands if (c[0], c[1] or 1, c[2] or 1) > now)
        return past, later
    return tuple(_said(*c) for c in cands), None


_AMOUNT = re.compile(r"^(\d+)(?:\.(\d+))?(.*)$")


def _nice_step(amount: float) -> float:
    for limit, step in ((20, 1.0), (200, 1.0), (1_000, 5.0), (10_000, 50.0), (100_000, 500.0)):
        if amount < limit:
            return step
    return 10 ** (len(str(int(amount))) - 2)


def money_distractors(value: str, rng: Rng) -> list[str]:
    """Amounts 10-30 % away, rounded to a natural step and written like ``value`` (``49.00 USD/hour``)."""
    table = _money_table(value)
    if table is None:
        return []
    fixed, by_mult = table
    mults = list(_MULTS)
    rng.shuffle(mults)
    if fixed is not None:
        texts = list(fixed)
    else:  # the amounts inside the 10-30 % band first (rounding small amounts may leave it)
        texts = [by_mult[k][1] for k in mults if by_mult[k][0]] + [by_mult[k][1] for k in mults if not by_mult[k][0]]
    out: list[str] = []
    _take(texts, out, {norm(value)}, N_DISTRACTORS)
    return out


_MULTS = (0.7, 0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3)


@lru_cache(maxsize=1 << 12)
def _money_table(
    value: str,
) -> tuple[tuple[str, ...] | None, dict[float, tuple[bool, str]]] | None:
    """What ``money_distractors`` needs of ``value``, computed once per amount: None if it is not an
    amount; else the texts for a zero amount, or for each multiplier (is it in the band?, the text)."""
    m = _AMOUNT.match(value.strip())
    if not m:
        return None
    amount = float(f"{m.group(1)}.{m.group(2) or 0}")
    decimals = len(m.group(2) or "")
    rest = m.group(3)
    step = _nice_step(amount)
    if amount < 20 and decimals:
        step = 0.5
    if amount == 0:
        return tuple(f"{step * k:.{decimals}f}{rest}" for k in (5, 10, 20, 50)), {}
    by_mult = {}
    for k in _MULTS:
        v = max(step, round(amount * k / step) * step)
        by_mult[k] = (0.0999 <= abs(v / amount - 1) <= 0.3001, f"{v:.{decimals}f}{rest}")
    return None, by_mult


_UPPER = {"job_success": 100.0, "rating": 5.0}
_RATINGS = (3.0, 3.5, 4.0, 4.3, 4.5, 4.6, 4.7, 4.8, 4.9, 5.0)


def _fmt_num(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}" if decimals else str(int(round(x)))


def number_distractors(value: str, rng: Rng, attribute: str = "") -> list[str]:
    """Nearby numbers: ±1..±3 for small counts, ±5..30 % for larger ones, within the attribute's range."""
    texts = _number_candidates(value, attribute)
    if texts is None:
        return []
    shuffled = list(texts)
    rng.shuffle(shuffled)
    out: list[str] = []
    _take([t for t in shuffled if t is not None], out, {norm(value)}, N_DISTRACTORS)
    return out


@lru_cache(maxsize=1 << 12)
def _number_candidates(value: str, attribute: str) -> tuple[str | None, ...] | None:
    """The candidates of ``number_distractors`` before its shuffle, as texts (None for one out of the
    attribute's range, dropped after the shuffle); None if ``value`` is not a number. Computed once."""
    try:
        v = float(value)
    except ValueError:
        return None
    decimals = len(value.split(".", 1)[1]) if "." in value else 0
    upper = _UPPER.get(attribute)
    if attribute == "rating":
        cands = [r for r in _RATINGS if r != v]
        cands.sort(key=lambda r: (abs(r - v), r))
        return tuple(_fmt_num(r, 1 if not r.is_integer() else 0) for r in cands[:5])
    if abs(v) <= 12:
        deltas = [-1, 1, -2, 2, -3, 3]
    else:
        deltas = sorted({max(1, int(abs(v) * p)) * s for p in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3) for s in (-1, 1)})
    low = 1 if v >= 1 else 0
    return tuple(
        _fmt_num(v + d, decimals) if v + d >= low and (upper is None or v + d <= upper) else None for d in deltas
    )


_MADE: WeakKeyDictionary[Context, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def distractors_for(fact: Fact, ctx: Context) -> tuple[str, ...]:
    """Three wrong answers in display form, made once per context and fact (empty when none can be made)."""
    cache = _MADE.setdefault(ctx, {})
    got = cache.get(fact.key)
    if got is None:
        got = cache[fact.key] = make_distractors(fact, ctx)
    return got
