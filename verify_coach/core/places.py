"""What the grader knows about places: other names of the same place, countries and their people, and
which names are countries or US states (so that "Lagos, Portugal" is known to contradict "Lagos, Nigeria").

All keys are folded: lower case, no accents, words separated by one space.
"""

from __future__ import annotations

# Other names of one place, as people say them: the old name, the English exonym, the short form.
# A name that is also something else ("LA" is Louisiana too) is in AMBIGUOUS_ALIASES instead.
ALIASES: dict[str, str] = {
    "bombay": "mumbai", "bangalore": "bengaluru", "calcutta": "kolkata", "madras": "chennai", "poona": "pune",
    "gurgaon": "gurugram", "cracow": "krakow", "krakau": "krakow", "warszawa": "warsaw", "kiev": "kyiv",
    "odessa": "odesa", "lvov": "lviv", "lwow": "lviv", "kharkov": "kharkiv", "dnepr": "dnipro", "dnipropetrovsk": "dnipro",
    "peking": "beijing", "canton": "guangzhou", "saigon": "ho chi minh city", "hcmc": "ho chi minh city",
    "hcm": "ho chi minh city", "ho chi minh": "ho chi minh city", "tp hcm": "ho chi minh city",
    "cdmx": "mexico city", "ciudad de mexico": "mexico city", "mexico df": "mexico city",
    "ncr": "metro manila", "national capital region": "metro manila", "sao paulo city": "sao paulo",
    "bsas": "buenos aires", "bs as": "buenos aires", "caba": "buenos aires", "rio": "rio de janeiro",
    "the states": "united states", "states": "united states", "u s a": "united states", "u s": "united states",
    "phillipines": "philippines", "philipines": "philippines", "phillippines": "philippines",
    "philippine": "philippines", "pilipinas": "philippines", "phils": "philippines",
    "calif": "california", "cali": "california", "mass": "massachusetts", "penn": "pennsylvania",
    "bengal": "west bengal", "kp": "khyber pakhtunkhwa", "kpk": "khyber pakhtunkhwa", "ict": "islamabad capital territory",
    "edomex": "estado de mexico", "bc": "british columbia", "nsw": "new south wales",
    "sf": "san francisco", "kl": "kuala lumpur",
    "jkt": "jakarta", "hk": "hong kong", "hong kong sar": "hong kong",
}
# Short forms that are only read as this place when the profile names it.
AMBIGUOUS_ALIASES: dict[str, str] = {
    "la": "los angeles", "qc": "quezon city", "ph": "philippines", "ca": "california", "ny": "new york",
    "sp": "sao paulo", "bh": "belo horizonte", "mnl": "manila", "ke": "kenya", "ng": "nigeria", "pk": "pakistan",
    "in": "india", "cn": "china", "br": "brazil", "mx": "mexico", "ua": "ukraine", "pl": "poland", "vn": "vietnam",
    "bd": "bangladesh", "eg": "egypt", "ni": "northern ireland", "ma": "massachusetts", "delhi": "new delhi",
    "new delhi": "delhi", "manila": "metro manila", "quezon": "quezon city", "cebu": "cebu city",
    "davao": "davao city", "mexico": "mexico city",
}
# A generic word a place's name may carry or drop: "Lagos State", "Cebu City", "Guangdong Sheng", "Washington, D.C.".
SUFFIXES = frozenset({"city", "state", "province", "sheng", "shi", "municipality", "metropolitan", "metro", "dc",
                      "region", "prefecture", "county", "district", "capital"})

# Countries with the words for their people ("I'm Filipino" names the Philippines).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "united states": ("american", "us citizen"), "united kingdom": ("british", "english", "scottish", "welsh"),
    "canada": ("canadian",), "australia": ("australian", "aussie"), "new zealand": ("new zealander", "kiwi"),
    "ireland": ("irish",), "germany": ("german",), "france": ("french",), "spain": ("spanish",),
    "italy": ("italian",), "portugal": ("portuguese",), "netherlands": ("dutch",), "belgium": ("belgian",),
    "switzerland": ("swiss",), "austria": ("austrian",), "poland": ("polish",), "ukraine": ("ukrainian",),
    "russia": ("russian",), "belarus": ("belarusian",), "romania": ("romanian",), "bulgaria": ("bulgarian",),
    "serbia": ("serbian",), "croatia": ("croatian",), "hungary": ("hungarian",), "czechia": ("czech",),
    "slovakia": ("slovak",), "greece": ("greek",), "turkey": ("turkish",), "georgia": ("georgian",),
    "armenia": ("armenian",), "azerbaijan": ("azerbaijani",), "kazakhstan": ("kazakh",),
    "uzbekistan": ("uzbek",), "china": ("chinese",), "taiwan": ("taiwanese",), "hong kong": ("hongkonger",),
    "japan": ("japanese",), "south korea": ("korean", "south korean"), "india": ("indian",),
    "pakistan": ("pakistani",), "bangladesh": ("bangladeshi",), "sri lanka": ("sri lankan",), "nepal": ("nepali", "nepalese"),
    "philippines": ("filipino", "filipina", "pinoy", "pinay"), "vietnam": ("vietnamese",),
    "indonesia": ("indonesian",), "malaysia": ("malaysian",), "thailand": ("thai",), "singapore": ("singaporean",),
    "nigeria": ("nigerian",), "kenya": ("kenyan",), "ghana": ("ghanaian",), "egypt": ("egyptian",),
    "morocco": ("moroccan",), "tunisia": ("tunisian",), "algeria": ("algerian",), "ethiopia": ("ethiopian",),
    "uganda": ("ugandan",), "tanzania": ("tanzanian",), "south africa": ("south african",),
    "cameroon": ("cameroonian",), "brazil": ("brazilian",), "mexico": ("mexican",), "argentina": ("argentinian", "argentine"),
    "colombia": ("colombian",), "venezuela": ("venezuelan",), "peru": ("peruvian",), "chile": ("chilean",),
    "ecuador": ("ecuadorian",), "bolivia": ("bolivian",), "uruguay": ("uruguayan",), "paraguay": ("paraguayan",),
    "cuba": ("cuban",), "dominican republic": ("dominican",), "jamaica": ("jamaican",),
    "united arab emirates": ("emirati",), "saudi arabia": ("saudi",), "israel": ("israeli",), "iran": ("iranian",),
    "iraq": ("iraqi",), "jordan": ("jordanian",), "lebanon": ("lebanese",), "sweden": ("swedish",),
    "norway": ("norwegian",), "denmark": ("danish",), "finland": ("finnish",), "estonia": ("estonian",),
    "latvia": ("latvian",), "lithuania": ("lithuanian",), "moldova": ("moldovan",),
}
DEMONYM_OF: dict[str, str] = {d: country for country, ds in COUNTRIES.items() for d in ds}

US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
})
# Provinces and states elsewhere that people name with their city.
REGIONS = frozenset({
    "guangdong", "zhejiang", "jiangsu", "fujian", "shandong", "sichuan", "hubei", "hunan", "henan", "hebei",
    "anhui", "jiangxi", "yunnan", "guizhou", "shaanxi", "shanxi", "liaoning", "jilin", "heilongjiang", "hainan",
    "guangxi", "karnataka", "maharashtra", "tamil nadu", "telangana", "kerala", "gujarat", "rajasthan",
    "west bengal", "uttar pradesh", "punjab", "sindh", "khyber pakhtunkhwa", "balochistan", "ontario", "quebec",
    "british columbia", "alberta", "manitoba", "nova scotia", "new south wales", "victoria", "queensland",
    "bavaria", "hesse", "saxony", "jalisco", "nuevo leon", "yucatan", "minas gerais", "parana", "bahia",
    "metro manila", "cebu", "laguna", "cavite", "bulacan", "oyo", "rivers", "kano", "enugu", "kaduna",
})
# A city people confuse with another of almost the same spelling: never a typo of it.
CITIES = frozenset({
    "zhengzhou", "zhangzhou", "hangzhou", "huangzhou", "changzhou", "guangzhou", "quanzhou", "fuzhou", "wuzhou",
    "suzhou", "xuzhou", "taizhou", "jinzhou", "lanzhou", "yangzhou", "chengdu", "changde", "changsha", "changchun",
    "shenyang", "shenzhen", "xiamen", "jiamen", "nanjing", "nanning", "nanchang", "beijing", "tianjin", "dalian",
    "harbin", "kunming", "guiyang", "taiyuan", "jinan", "qingdao", "ningbo", "wuhan", "wuxi", "hefei", "xian",
    "lagos", "lagoa", "abuja", "ibadan", "kano", "enugu", "mumbai", "delhi", "pune", "pura", "chennai", "kolkata",
    "hyderabad", "ahmedabad", "jaipur", "lahore", "karachi", "islamabad", "rawalpindi", "faisalabad", "multan",
    "manila", "makati", "pasig", "taguig", "cebu", "davao", "austin", "boston", "houston", "dallas", "denver",
})


def country_of(word: str) -> str | None:
    """The country a folded name or demonym stands for: "filipino" -> "philippines", "usa" -> "united states"."""
    w = ALIASES.get(word, word)
    if w in COUNTRIES:
        return w
    return DEMONYM_OF.get(w)


def kind_of(name: str) -> str | None:
    """``country``, ``state`` (a US state) or ``region`` for a folded name, else ``None``."""
    name = ALIASES.get(name, name)
    if name in COUNTRIES or name in DEMONYM_OF:
        return "country"
    if name in US_STATES:
        return "state"
    if name in REGIONS:
        return "region"
    return None
