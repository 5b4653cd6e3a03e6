"""Realistic, self-consistent demo profiles for screenshots, tests and benchmarks.

``make_demo_profile(seed, locale, size, today)`` builds one invented freelancer with Faker: a name and
an address from the locale (in Latin script, as an Upwork profile shows them), a career in one field
(Junior -> Senior -> Lead), education that ends around the first job, jobs in order without overlap,
portfolio projects dated inside the job (or freelance period) they belong to, and an Upwork work
history that starts after ``member_since`` and never after ``today``. Dates are partial, as in real
profiles: jobs ``YYYY-MM``, schools ``YYYY`` (sometimes ``YYYY-MM``), birth ``YYYY-MM-DD``.

The same ``(seed, locale, size, today)`` always gives the same profile: all randomness comes from a
private ``random.Random(seed)`` and private Faker instances seeded with ``seed_instance``.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from .profile import (
    Address,
    Certification,
    Education,
    Employment,
    Identity,
    Language,
    PaymentMethod,
    PlatformJob,
    PlatformProfile,
    PortfolioProject,
    Profile,
)

DEMO_SIZES = ("small", "typical", "large")

# ============================================================================================
# Locales
# ============================================================================================

US_E = "UTC-05:00 Eastern Time (US & Canada)"
US_C = "UTC-06:00 Central Time (US & Canada)"
US_M = "UTC-07:00 Mountain Time (US & Canada)"
US_AZ = "UTC-07:00 Arizona"
US_P = "UTC-08:00 Pacific Time (US & Canada)"
CA_A = "UTC-04:00 Atlantic Time (Canada)"
NATIVE = "Native or Bilingual"


@dataclass(frozen=True)
class _City:
    name: str  # as written in the address (``München``)
    region: str
    tz: str
    en: str = ""  # the English name shown in ``City, Country`` when it differs (``Munich``)
    postcode: str = ""  # a Faker ``bothify`` pattern; empty: Faker's postcode for the locale
    phone: str = ""  # a pattern overriding the locale's (area codes)
    language: str = ""  # native language here when it differs from the locale's
    districts: tuple[str, ...] = ()  # for addresses built by hand (zh_CN, ja_JP)

    @property
    def english(self) -> str:
        return self.en or self.name


@dataclass(frozen=True)
class _Locale:
    country: str
    nationality: str
    language: str  # the native language ("English" for English-speaking countries)
    english_levels: tuple[str, ...]
    rate: tuple[int, int]  # plausible hourly rate in USD for this market
    local_currency: str
    phones: tuple[str, ...]
    cities: tuple[_City, ...]
    schools: tuple[str, ...]  # {city} (local name) or {en} (English name); "+" tech only, "*" art only
    script: str = "latin"  # "latin", "zh", "ja" or "uk": how names and addresses are made Latin
    id_documents: tuple[str, ...] = ("Passport", "National ID card", "Driver's license")
    bachelor_years: tuple[int, ...] = (3, 4)
    academic: tuple[int, int] = (9, 6)  # months a school year starts and ends
    extra_languages: tuple[str, ...] = ()
    company_suffixes: tuple[str, ...] = ()  # added to single-word company names
    payments: tuple[str, ...] = ()


def _c(name: str, region: str, tz: str, **kw: object) -> _City:
    return _City(name, region, tz, **kw)  # type: ignore[arg-type]


_EN_SCHOOLS = ("University of {en}", "{en} Institute of Technology", "{en} University of Technology")
_EU_PAY = ("Direct to local bank (EUR)", "Payoneer", "PayPal", "Wire transfer (USD)")

_LOCALES: dict[str, _Locale] = {
    "en_US": _Locale(
        "United States", "American", "English", (NATIVE,), (60, 150), "USD", ("+1 %##-%##-####",),
        (
            _c("New York", "NY", US_E, phone="+1 212-%##-####"), _c("Austin", "TX", US_C, phone="+1 512-%##-####"),
            _c("Denver", "CO", US_M, phone="+1 303-%##-####"), _c("Seattle", "WA", US_P, phone="+1 206-%##-####"),
            _c("Chicago", "IL", US_C, phone="+1 312-%##-####"), _c("Atlanta", "GA", US_E, phone="+1 404-%##-####"),
            _c("Portland", "OR", US_P, phone="+1 503-%##-####"), _c("Raleigh", "NC", US_E, phone="+1 919-%##-####"),
            _c("Phoenix", "AZ", US_AZ, phone="+1 602-%##-####"), _c("Columbus", "OH", US_E, phone="+1 614-%##-####"),
            _c("San Diego", "CA", US_P, phone="+1 619-%##-####"), _c("Boston", "MA", US_E, phone="+1 617-%##-####"),
            _c("Minneapolis", "MN", US_C, phone="+1 612-%##-####"),
        ),
        ("University of {en}", "{en} State University", "+{en} Institute of Technology", "{en} Community College"),
        id_documents=("Passport", "Driver's license"), bachelor_years=(4,),
        payments=("Direct to U.S. bank (ACH)", "PayPal", "Wire transfer (USD)"),
    ),
    "en_GB": _Locale(
        "United Kingdom", "British", "English", (NATIVE,), (50, 120), "GBP", ("+44 7### ######",),
        (
            _c("London", "Greater London", "UTC+00:00 London"), _c("Manchester", "Greater Manchester", "UTC+00:00 London"),
            _c("Bristol", "Bristol", "UTC+00:00 London"), _c("Leeds", "West Yorkshire", "UTC+00:00 London"),
            _c("Edinburgh", "Scotland", "UTC+00:00 London"), _c("Birmingham", "West Midlands", "UTC+00:00 London"),
            _c("Brighton", "East Sussex", "UTC+00:00 London"), _c("Glasgow", "Scotland", "UTC+00:00 London"),
            _c("Cardiff", "Wales", "UTC+00:00 London"), _c("Nottingham", "Nottinghamshire", "UTC+00:00 London"),
        ),
        ("University of {en}", "{en} Metropolitan University", "*{en} College of Art", "+{en} Institute of Technology"),
        id_documents=("Passport", "Driver's license"), bachelor_years=(3,),
        payments=("Direct to local bank (GBP)", "PayPal", "Payoneer", "Wire transfer (USD)"),
    ),
    "en_CA": _Locale(
        "Canada", "Canadian", "English", (NATIVE,), (50, 120), "CAD", ("+1 %##-%##-####",),
        (
            _c("Toronto", "ON", US_E, phone="+1 416-%##-####"), _c("Vancouver", "BC", US_P, phone="+1 604-%##-####"),
            _c("Calgary", "AB", US_M, phone="+1 403-%##-####"), _c("Ottawa", "ON", US_E, phone="+1 613-%##-####"),
            _c("Halifax", "NS", CA_A, phone="+1 902-%##-####"), _c("Winnipeg", "MB", US_C, phone="+1 204-%##-####"),
            _c("Edmonton", "AB", US_M, phone="+1 780-%##-####"),
        ),
        ("University of {en}", "+{en} Polytechnic", "*{en} College of Art and Design"),
        id_documents=("Passport", "Driver's license"), bachelor_years=(4,), extra_languages=("French",),
        payments=("Direct to local bank (CAD)", "PayPal", "Payoneer", "Wire transfer (USD)"),
    ),
    "en_AU": _Locale(
        "Australia", "Australian", "English", (NATIVE,), (55, 130), "AUD", ("+61 4## ### ###",),
        (
            _c("Sydney", "NSW", "UTC+10:00 Sydney", postcode="2###"), _c("Melbourne", "VIC", "UTC+10:00 Melbourne", postcode="3###"),
            _c("Brisbane", "QLD", "UTC+10:00 Brisbane", postcode="4###"), _c("Perth", "WA", "UTC+08:00 Perth", postcode="6###"),
            _c("Adelaide", "SA", "UTC+09:30 Adelaide", postcode="5###"), _c("Hobart", "TAS", "UTC+10:00 Hobart", postcode="7###"),
            _c("Canberra", "ACT", "UTC+10:00 Canberra", postcode="26##"),
        ),
        ("University of {en}", "+{en} Institute of Technology", "+{en} University of Technology"),
        id_documents=("Passport", "Driver's license"), bachelor_years=(3,), academic=(2, 11),
        payments=("Direct to local bank (AUD)", "PayPal", "Payoneer", "Wire transfer (USD)"),
    ),
    "en_IN": _Locale(
        "India", "Indian", "Hindi", ("Fluent", "Fluent", NATIVE), (15, 45), "INR", ("+91 9#### #####", "+91 8#### #####"),
        (
            _c("Bengaluru", "Karnataka", "UTC+05:30 Kolkata", postcode="560###", language="Kannada"),
            _c("Pune", "Maharashtra", "UTC+05:30 Kolkata", postcode="411###", language="Marathi"),
            _c("Hyderabad", "Telangana", "UTC+05:30 Kolkata", postcode="500###", language="Telugu"),
            _c("Chennai", "Tamil Nadu", "UTC+05:30 Kolkata", postcode="600###", language="Tamil"),
            _c("Kochi", "Kerala", "UTC+05:30 Kolkata", postcode="682###", language="Malayalam"),
            _c("Jaipur", "Rajasthan", "UTC+05:30 Kolkata", postcode="302###"),
            _c("Ahmedabad", "Gujarat", "UTC+05:30 Kolkata", postcode="380###", language="Gujarati"),
            _c("Noida", "Uttar Pradesh", "UTC+05:30 Kolkata", postcode="201###"),
            _c("Kolkata", "West Bengal", "UTC+05:30 Kolkata", postcode="700###", language="Bengali"),
            _c("Indore", "Madhya Pradesh", "UTC+05:30 Kolkata", postcode="452###"),
        ),
        ("University of {en}", "+{en} Institute of Technology", "+{en} Engineering College", "{en} College of Arts and Science"),
        bachelor_years=(3, 4), academic=(7, 5), extra_languages=("Hindi",),
        payments=("Direct to local bank (INR)", "Payoneer", "PayPal"),
    ),
    "en_PH": _Locale(
        "Philippines", "Filipino", "Filipino", ("Fluent", "Fluent", NATIVE), (15, 45), "PHP", ("+63 9## ### ####",),
        (
            _c("Quezon City", "Metro Manila", "UTC+08:00 Manila", postcode="11##"),
            _c("Makati", "Metro Manila", "UTC+08:00 Manila", postcode="12##"),
            _c("Pasig", "Metro Manila", "UTC+08:00 Manila", postcode="16##"),
            _c("Cebu City", "Cebu", "UTC+08:00 Manila", postcode="6000", language="Cebuano"),
            _c("Davao City", "Davao del Sur", "UTC+08:00 Manila", postcode="8000", language="Cebuano"),
            _c("Iloilo City", "Iloilo", "UTC+08:00 Manila", postcode="5000", language="Hiligaynon"),
            _c("Baguio", "Benguet", "UTC+08:00 Manila", postcode="2600"),
            _c("Cagayan de Oro", "Misamis Oriental", "UTC+08:00 Manila", postcode="9000", language="Cebuano"),
        ),
        ("University of {en}", "{en} State University", "+{en} Institute of Technology", "+{en} Polytechnic College"),
        bachelor_years=(4,), academic=(6, 4), extra_languages=("Filipino",),
        payments=("Direct to local bank (PHP)", "Payoneer", "PayPal", "GCash"),
    ),
    "zh_CN": _Locale(
        "China", "Chinese", "Chinese", ("Fluent", "Conversational", "Fluent"), (20, 60), "CNY",
        ("+86 13# #### ####", "+86 15# #### ####", "+86 18# #### ####"),
        (
            _c("Shanghai", "Shanghai", "UTC+08:00 Beijing", postcode="200###", districts=("Xuhui", "Pudong New Area", "Jing'an", "Changning", "Yangpu")),
            _c("Beijing", "Beijing", "UTC+08:00 Beijing", postcode="100###", districts=("Chaoyang", "Haidian", "Dongcheng", "Xicheng")),
            _c("Shenzhen", "Guangdong", "UTC+08:00 Beijing", postcode="518###", districts=("Nanshan", "Futian", "Luohu", "Longgang")),
            _c("Guangzhou", "Guangdong", "UTC+08:00 Beijing", postcode="510###", districts=("Tianhe", "Yuexiu", "Haizhu")),
            _c("Hangzhou", "Zhejiang", "UTC+08:00 Beijing", postcode="310###", districts=("Xihu", "Binjiang", "Gongshu")),
            _c("Chengdu", "Sichuan", "UTC+08:00 Beijing", postcode="610###", districts=("Wuhou", "Jinjiang", "Qingyang")),
            _c("Wuhan", "Hubei", "UTC+08:00 Beijing", postcode="430###", districts=("Wuchang", "Hongshan", "Jianghan")),
            _c("Nanjing", "Jiangsu", "UTC+08:00 Beijing", postcode="210###", districts=("Gulou", "Xuanwu", "Jianye")),
            _c("Xi'an", "Shaanxi", "UTC+08:00 Beijing", postcode="710###", districts=("Yanta", "Beilin", "Lianhu")),
        ),
        ("{en} University", "+{en} University of Technology", "{en} Normal University", "{en} University of Finance and Economics"),
        script="zh", bachelor_years=(4,), academic=(9, 7),
        payments=("Payoneer", "Wire transfer (USD)", "Direct to local bank (CNY)"),
    ),
    "ja_JP": _Locale(
        "Japan", "Japanese", "Japanese", ("Conversational", "Fluent", "Fluent"), (45, 110), "JPY",
        ("+81 90-####-####", "+81 80-####-####", "+81 70-####-####"),
        (
            _c("Tokyo", "Tokyo", "UTC+09:00 Tokyo", postcode="1##-####", districts=("Shibuya-ku", "Minato-ku", "Setagaya-ku", "Shinjuku-ku", "Meguro-ku")),
            _c("Osaka", "Osaka", "UTC+09:00 Tokyo", postcode="5##-####", districts=("Kita-ku", "Chuo-ku", "Tennoji-ku")),
            _c("Yokohama", "Kanagawa", "UTC+09:00 Tokyo", postcode="2##-####", districts=("Naka-ku", "Kohoku-ku", "Nishi-ku")),
            _c("Fukuoka", "Fukuoka", "UTC+09:00 Tokyo", postcode="8##-####", districts=("Hakata-ku", "Chuo-ku", "Sawara-ku")),
            _c("Sapporo", "Hokkaido", "UTC+09:00 Tokyo", postcode="06#-####", districts=("Chuo-ku", "Kita-ku", "Toyohira-ku")),
            _c("Nagoya", "Aichi", "UTC+09:00 Tokyo", postcode="4##-####", districts=("Naka-ku", "Chikusa-ku", "Showa-ku")),
            _c("Kyoto", "Kyoto", "UTC+09:00 Tokyo", postcode="6##-####", districts=("Sakyo-ku", "Nakagyo-ku", "Shimogyo-ku")),
        ),
        ("{en} University", "+{en} Institute of Technology", "*{en} University of Arts"),
        script="ja", bachelor_years=(4,), academic=(4, 3),
        payments=("Direct to local bank (JPY)", "PayPal", "Payoneer", "Wire transfer (USD)"),
    ),
    "de_DE": _Locale(
        "Germany", "German", "German", ("Fluent", "Fluent", "Conversational"), (55, 120), "EUR",
        ("+49 15# ########", "+49 17# #######"),
        (
            _c("Berlin", "Berlin", "UTC+01:00 Berlin", postcode="1####"),
            _c("München", "Bayern", "UTC+01:00 Berlin", en="Munich", postcode="8####"),
            _c("Hamburg", "Hamburg", "UTC+01:00 Berlin", postcode="2####"),
            _c("Köln", "Nordrhein-Westfalen", "UTC+01:00 Berlin", en="Cologne", postcode="5####"),
            _c("Frankfurt am Main", "Hessen", "UTC+01:00 Berlin", en="Frankfurt", postcode="6####"),
            _c("Stuttgart", "Baden-Württemberg", "UTC+01:00 Berlin", postcode="7####"),
            _c("Leipzig", "Sachsen", "UTC+01:00 Berlin", postcode="04###"),
            _c("Düsseldorf", "Nordrhein-Westfalen", "UTC+01:00 Berlin", postcode="4####"),
            _c("Dresden", "Sachsen", "UTC+01:00 Berlin", postcode="01###"),
            _c("Nürnberg", "Bayern", "UTC+01:00 Berlin", en="Nuremberg", postcode="9####"),
        ),
        ("Universität {city}", "+Technische Universität {city}", "Hochschule {city}", "*Kunsthochschule {city}"),
        extra_languages=("French", "Spanish"), company_suffixes=("GmbH", "AG", "GmbH & Co. KG"), payments=_EU_PAY,
    ),
    "fr_FR": _Locale(
        "France", "French", "French", ("Fluent", "Conversational", "Fluent"), (45, 110), "EUR",
        ("+33 6 ## ## ## ##", "+33 7 ## ## ## ##"),
        (
            _c("Paris", "Île-de-France", "UTC+01:00 Paris", postcode="750##"),
            _c("Lyon", "Auvergne-Rhône-Alpes", "UTC+01:00 Paris", postcode="6900#"),
            _c("Marseille", "Provence-Alpes-Côte d'Azur", "UTC+01:00 Paris", postcode="130##"),
            _c("Toulouse", "Occitanie", "UTC+01:00 Paris", postcode="310##"),
            _c("Bordeaux", "Nouvelle-Aquitaine", "UTC+01:00 Paris", postcode="330##"),
            _c("Nantes", "Pays de la Loire", "UTC+01:00 Paris", postcode="440##"),
            _c("Lille", "Hauts-de-France", "UTC+01:00 Paris", postcode="590##"),
            _c("Strasbourg", "Grand Est", "UTC+01:00 Paris", postcode="670##"),
            _c("Rennes", "Bretagne", "UTC+01:00 Paris", postcode="350##"),
            _c("Montpellier", "Occitanie", "UTC+01:00 Paris", postcode="340##"),
        ),
        ("Université de {city}", "+INSA {city}", "*École supérieure d'art de {city}"),
        extra_languages=("Spanish", "German"), company_suffixes=("SAS", "SARL", "SA"), payments=_EU_PAY,
    ),
    "es_ES": _Locale(
        "Spain", "Spanish", "Spanish", ("Fluent", "Conversational", "Fluent"), (35, 80), "EUR", ("+34 6## ### ###",),
        (
            _c("Madrid", "Comunidad de Madrid", "UTC+01:00 Madrid", postcode="280##"),
            _c("Barcelona", "Cataluña", "UTC+01:00 Madrid", postcode="080##", language="Catalan"),
            _c("Valencia", "Comunidad Valenciana", "UTC+01:00 Madrid", postcode="460##"),
            _c("Sevilla", "Andalucía", "UTC+01:00 Madrid", en="Seville", postcode="410##"),
            _c("Málaga", "Andalucía", "UTC+01:00 Madrid", en="Malaga", postcode="290##"),
            _c("Bilbao", "País Vasco", "UTC+01:00 Madrid", postcode="480##"),
            _c("Zaragoza", "Aragón", "UTC+01:00 Madrid", postcode="500##"),
            _c("Las Palmas de Gran Canaria", "Canarias", "UTC+00:00 Canary Islands", en="Las Palmas", postcode="350##"),
        ),
        ("Universidad de {city}", "+Universidad Politécnica de {city}", "*Escuela de Arte de {city}"),
        bachelor_years=(4,), extra_languages=("French",), company_suffixes=("S.L.", "S.A."), payments=_EU_PAY,
    ),
    "es_MX": _Locale(
        "Mexico", "Mexican", "Spanish", ("Fluent", "Conversational", "Fluent"), (25, 60), "MXN", ("+52 55 #### ####",),
        (
            _c("Ciudad de México", "CDMX", "UTC-06:00 Mexico City", en="Mexico City", postcode="0####", phone="+52 55 #### ####"),
            _c("Guadalajara", "Jalisco", "UTC-06:00 Mexico City", postcode="44###", phone="+52 33 #### ####"),
            _c("Monterrey", "Nuevo León", "UTC-06:00 Mexico City", postcode="64###", phone="+52 81 #### ####"),
            _c("Puebla", "Puebla", "UTC-06:00 Mexico City", postcode="72###", phone="+52 222 ### ####"),
            _c("Querétaro", "Querétaro", "UTC-06:00 Mexico City", en="Queretaro", postcode="76###", phone="+52 442 ### ####"),
            _c("Mérida", "Yucatán", "UTC-06:00 Mexico City", en="Merida", postcode="97###", phone="+52 999 ### ####"),
            _c("Tijuana", "Baja California", "UTC-08:00 Tijuana", postcode="22###", phone="+52 664 ### ####"),
        ),
        ("Universidad de {city}", "+Instituto Tecnológico de {city}", "Universidad Autónoma de {city}"),
        bachelor_years=(4,), academic=(8, 6), payments=("Direct to local bank (MXN)", "Payoneer", "PayPal", "Wire transfer (USD)"),
    ),
    "it_IT": _Locale(
        "Italy", "Italian", "Italian", ("Fluent", "Conversational", "Fluent"), (35, 85), "EUR", ("+39 3## ### ####",),
        (
            _c("Milano", "Lombardia", "UTC+01:00 Rome", en="Milan", postcode="201##"),
            _c("Roma", "Lazio", "UTC+01:00 Rome", en="Rome", postcode="001##"),
            _c("Torino", "Piemonte", "UTC+01:00 Rome", en="Turin", postcode="101##"),
            _c("Bologna", "Emilia-Romagna", "UTC+01:00 Rome", postcode="401##"),
            _c("Firenze", "Toscana", "UTC+01:00 Rome", en="Florence", postcode="501##"),
            _c("Napoli", "Campania", "UTC+01:00 Rome", en="Naples", postcode="801##"),
            _c("Padova", "Veneto", "UTC+01:00 Rome", en="Padua", postcode="351##"),
        ),
        ("Università di {city}", "+Politecnico di {city}", "*Accademia di Belle Arti di {city}"),
        academic=(10, 7), extra_languages=("Spanish", "French"), company_suffixes=("S.r.l.", "S.p.A."), payments=_EU_PAY,
    ),
    "nl_NL": _Locale(
        "Netherlands", "Dutch", "Dutch", ("Fluent", NATIVE, "Fluent"), (55, 120), "EUR", ("+31 6 ########",),
        (
            _c("Amsterdam", "Noord-Holland", "UTC+01:00 Amsterdam", postcode="10## ??"),
            _c("Rotterdam", "Zuid-Holland", "UTC+01:00 Amsterdam", postcode="30## ??"),
            _c("Utrecht", "Utrecht", "UTC+01:00 Amsterdam", postcode="35## ??"),
            _c("Den Haag", "Zuid-Holland", "UTC+01:00 Amsterdam", en="The Hague", postcode="25## ??"),
            _c("Eindhoven", "Noord-Brabant", "UTC+01:00 Amsterdam", postcode="56## ??"),
            _c("Groningen", "Groningen", "UTC+01:00 Amsterdam", postcode="97## ??"),
        ),
        ("Universiteit {city}", "Hogeschool {city}", "+Technische Universiteit {city}"),
        extra_languages=("German", "French"), company_suffixes=("B.V.",), payments=_EU_PAY,
    ),
    "pt_BR": _Locale(
        "Brazil", "Brazilian", "Portuguese", ("Fluent", "Conversational", "Fluent"), (25, 65), "BRL", ("+55 11 9####-####",),
        (
            _c("São Paulo", "SP", "UTC-03:00 Brasilia", en="Sao Paulo", postcode="0####-###", phone="+55 11 9####-####"),
            _c("Rio de Janeiro", "RJ", "UTC-03:00 Brasilia", postcode="2####-###", phone="+55 21 9####-####"),
            _c("Belo Horizonte", "MG", "UTC-03:00 Brasilia", postcode="3####-###", phone="+55 31 9####-####"),
            _c("Curitiba", "PR", "UTC-03:00 Brasilia", postcode="8####-###", phone="+55 41 9####-####"),
            _c("Porto Alegre", "RS", "UTC-03:00 Brasilia", postcode="9####-###", phone="+55 51 9####-####"),
            _c("Recife", "PE", "UTC-03:00 Brasilia", postcode="5####-###", phone="+55 81 9####-####"),
            _c("Florianópolis", "SC", "UTC-03:00 Brasilia", en="Florianopolis", postcode="88###-###", phone="+55 48 9####-####"),
            _c("Brasília", "DF", "UTC-03:00 Brasilia", en="Brasilia", postcode="7####-###", phone="+55 61 9####-####"),
            _c("Manaus", "AM", "UTC-04:00 Manaus", postcode="69###-###", phone="+55 92 9####-####"),
        ),
        ("Universidade Federal de {city}", "Universidade de {city}", "+Instituto Federal de {city}"),
        bachelor_years=(4,), academic=(3, 12), extra_languages=("Spanish",), company_suffixes=("Ltda.", "S.A."),
        payments=("Direct to local bank (BRL)", "Payoneer", "PayPal", "Wire transfer (USD)"),
    ),
    "pl_PL": _Locale(
        "Poland", "Polish", "Polish", ("Fluent", "Conversational", "Fluent"), (35, 80), "PLN",
        ("+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###"),
        (
            _c("Warszawa", "mazowieckie", "UTC+01:00 Warsaw", en="Warsaw", postcode="0#-###"),
            _c("Kraków", "małopolskie", "UTC+01:00 Warsaw", en="Krakow", postcode="3#-###"),
            _c("Wrocław", "dolnośląskie", "UTC+01:00 Warsaw", en="Wroclaw", postcode="5#-###"),
            _c("Gdańsk", "pomorskie", "UTC+01:00 Warsaw", en="Gdansk", postcode="80-###"),
            _c("Poznań", "wielkopolskie", "UTC+01:00 Warsaw", en="Poznan", postcode="6#-###"),
            _c("Łódź", "łódzkie", "UTC+01:00 Warsaw", en="Lodz", postcode="9#-###"),
            _c("Katowice", "śląskie", "UTC+01:00 Warsaw", postcode="40-###"),
            _c("Lublin", "lubelskie", "UTC+01:00 Warsaw", postcode="20-###"),
        ),
        ("University of {en}", "+{en} University of Technology", "*Academy of Fine Arts in {en}"),
        academic=(10, 6), extra_languages=("German",), company_suffixes=("Sp. z o.o.", "S.A."),
        payments=("Direct to local bank (PLN)", "Payoneer", "PayPal", "Wire transfer (USD)"),
    ),
    "ro_RO": _Locale(
        "Romania", "Romanian", "Romanian", ("Fluent", "Fluent", "Conversational"), (30, 70), "RON", ("+40 7## ### ###",),
        (
            _c("București", "București", "UTC+02:00 Bucharest", en="Bucharest", postcode="0#####"),
            _c("Cluj-Napoca", "Cluj", "UTC+02:00 Bucharest", postcode="400###"),
            _c("Iași", "Iași", "UTC+02:00 Bucharest", en="Iasi", postcode="700###"),
            _c("Timișoara", "Timiș", "UTC+02:00 Bucharest", en="Timisoara", postcode="300###"),
            _c("Brașov", "Brașov", "UTC+02:00 Bucharest", en="Brasov", postcode="500###"),
            _c("Constanța", "Constanța", "UTC+02:00 Bucharest", en="Constanta", postcode="900###"),
        ),
        ("Universitatea din {city}", "+Universitatea Tehnică din {city}", "*Universitatea de Artă și Design din {city}"),
        academic=(10, 7), extra_languages=("French", "Italian"), company_suffixes=("SRL", "SA"),
        payments=("Direct to local bank (RON)", "Payoneer", "PayPal", "Wire transfer (USD)"),
    ),
    "uk_UA": _Locale(
        "Ukraine", "Ukrainian", "Ukrainian", ("Fluent", "Conversational", "Fluent"), (30, 70), "UAH",
        ("+380 67 ### ## ##", "+380 50 ### ## ##", "+380 93 ### ## ##", "+380 97 ### ## ##"),
        (
            _c("Kyiv", "Kyiv", "UTC+02:00 Kyiv", postcode="0####"),
            _c("Lviv", "Lviv Oblast", "UTC+02:00 Kyiv", postcode="79###"),
            _c("Kharkiv", "Kharkiv Oblast", "UTC+02:00 Kyiv", postcode="61###"),
            _c("Odesa", "Odesa Oblast", "UTC+02:00 Kyiv", postcode="65###"),
            _c("Dnipro", "Dnipropetrovsk Oblast", "UTC+02:00 Kyiv", postcode="49###"),
            _c("Vinnytsia", "Vinnytsia Oblast", "UTC+02:00 Kyiv", postcode="21###"),
            _c("Ivano-Frankivsk", "Ivano-Frankivsk Oblast", "UTC+02:00 Kyiv", postcode="76###"),
        ),
        ("{en} National University", "+{en} Polytechnic Institute", "*{en} National Academy of Arts"),
        script="uk", bachelor_years=(4,), academic=(9, 6), extra_languages=("Polish", "German"),
        payments=("Payoneer", "Wire transfer (USD)", "Direct to local bank (UAH)"),
    ),
    "id_ID": _Locale(
        "Indonesia", "Indonesian", "Indonesian", ("Fluent", "Conversational", "Fluent"), (15, 40), "IDR",
        ("+62 81#-####-####", "+62 85#-####-####"),
        (
            _c("Jakarta", "DKI Jakarta", "UTC+07:00 Jakarta", postcode="1####"),
            _c("Bandung", "Jawa Barat", "UTC+07:00 Jakarta", postcode="40###"),
            _c("Surabaya", "Jawa Timur", "UTC+07:00 Jakarta", postcode="60###"),
            _c("Yogyakarta", "DI Yogyakarta", "UTC+07:00 Jakarta", postcode="55###"),
            _c("Semarang", "Jawa Tengah", "UTC+07:00 Jakarta", postcode="50###"),
            _c("Medan", "Sumatera Utara", "UTC+07:00 Jakarta", postcode="20###"),
            _c("Denpasar", "Bali", "UTC+08:00 Makassar", postcode="80###"),
        ),
        ("Universitas {city}", "+Institut Teknologi {city}", "+Politeknik Negeri {city}"),
        bachelor_years=(4,), academic=(8, 7), payments=("Direct to local bank (IDR)", "Payoneer", "PayPal"),
    ),
}

SUPPORTED_LOCALES: tuple[str, ...] = tuple(_LOCALES)

#: Plausible hourly rates (USD) by locale: the platform rate of a demo profile lies inside this range.
HOURLY_RATE_RANGES: dict[str, tuple[int, int]] = {code: loc.rate for code, loc in _LOCALES.items()}

# ============================================================================================
# Fields (careers)
# ============================================================================================

_Era = tuple[int, tuple[str, str, str, str]]  # from year, titles for junior / mid / senior / lead


@dataclass(frozen=True)
class _Field:
    key: str
    name: str
    tracks: tuple[tuple[_Era, ...], ...]
    skills: dict[str, tuple[int, int]]  # skill -> (first year it existed, last year it was used)
    stacks: tuple[tuple[str, ...], ...]  # core skills that go together, listed first on the profile
    extras: tuple[str, ...]
    categories: tuple[str, ...]
    studies: tuple[str, ...]  # fields of study
    degrees: tuple[tuple[str, str], ...]  # (bachelor, master)
    certifications: tuple[tuple[str, str, int, int], ...]  # name, issuer, from year, to year
    product_words: tuple[str, ...]  # second word of project names: "Radar", "Hub"
    artifacts: tuple[tuple[str, str], ...]  # (appended to the project name, what it was); empty: name alone
    roles: tuple[str, str, str, str]
    project_lines: tuple[str, ...]
    job_titles: tuple[str, ...]  # Upwork job titles with {domain}
    duties: tuple[str, ...]
    lead_duty: str
    activity: str  # "building web applications"
    rate_factor: float = 1.0


_NOW = 2100


def _sk(spec: str) -> dict[str, tuple[int, int]]:
    """``"Python:1991, Perl:1988-2008"`` -> {skill: (from, to)}."""
    out: dict[str, tuple[int, int]] = {}
    for item in spec.split(","):
        name, _, years = item.strip().rpartition(":")
        start, _, end = years.partition("-")
        out[name] = (int(start), int(end) if end else _NOW)
    return out


_PRODUCT = (
    "Radar", "Hub", "Desk", "Board", "Pilot", "Track", "Flow", "Bridge", "Kit", "Lens", "Nest", "Pulse",
    "Scope", "Sync", "Link", "Base", "Works", "Dock", "Beacon", "Ledger", "Compass", "Portal", "Go", "Mate",
)

_FIELDS: dict[str, _Field] = {
    "web": _Field(
        "web", "Web development",
        (
            ((1900, ("Junior Programmer", "Programmer", "Senior Programmer", "Lead Programmer")),
             (1997, ("Junior Web Developer", "Web Developer", "Senior Web Developer", "Lead Web Developer"))),
            ((1900, ("Junior Software Developer", "Software Developer", "Senior Software Developer", "Development Team Lead")),
             (2012, ("Junior Full-Stack Developer", "Full-Stack Developer", "Senior Full-Stack Engineer", "Engineering Lead"))),
            ((1900, ("Junior Programmer", "Programmer Analyst", "Senior Programmer Analyst", "Lead Developer")),
             (2008, ("Junior Front-End Developer", "Front-End Developer", "Senior Front-End Engineer", "Front-End Lead"))),
        ),
        _sk("C:1972, HTML:1993, CSS:1996, JavaScript:1995, PHP:1995, Perl:1988-2008, MySQL:1995, SQL:1986, Java:1996, "
            "jQuery:2006, WordPress:2004, Python:1991, Django:2005, Ruby on Rails:2005, PostgreSQL:1997, Laravel:2012, "
            "React:2014, TypeScript:2013, Node.js:2010, Vue.js:2015, Next.js:2017, GraphQL:2016, Docker:2014, AWS:2008, "
            "REST APIs:2005, Tailwind CSS:2019, Shopify:2010, Git:2006, Redis:2010, CI/CD:2012, Flash:1997-2012, "
            "ASP.NET:2002, C#:2001"),
        (("React", "TypeScript", "Node.js", "PostgreSQL"), ("PHP", "Laravel", "MySQL", "Vue.js"),
         ("Python", "Django", "PostgreSQL", "React"), ("JavaScript", "WordPress", "PHP", "CSS"),
         ("Next.js", "React", "TypeScript", "Tailwind CSS"), ("C#", "ASP.NET", "SQL", "JavaScript")),
        ("HTML", "CSS", "JavaScript", "REST APIs", "Git", "Docker", "AWS", "GraphQL", "Redis", "CI/CD", "jQuery",
         "Shopify", "MySQL", "PostgreSQL", "Node.js", "TypeScript"),
        ("Web Development", "Ecommerce Development", "Scripts & Utilities", "QA & Testing"),
        ("Computer Science", "Software Engineering", "Information Technology"),
        (("Bachelor of Science", "Master of Science"), ("Bachelor of Engineering", "Master of Engineering")),
        (("AWS Certified Developer – Associate", "Amazon Web Services", 2014, _NOW),
         ("AWS Certified Solutions Architect – Associate", "Amazon Web Services", 2013, _NOW),
         ("Meta Front-End Developer Professional Certificate", "Meta", 2022, _NOW),
         ("Professional Scrum Master I", "Scrum.org", 2010, _NOW),
         ("Google Cloud Professional Cloud Developer", "Google Cloud", 2019, _NOW),
         ("MongoDB Certified Developer Associate", "MongoDB", 2016, _NOW),
         ("Zend Certified PHP Engineer", "Zend", 2005, 2019),
         ("Sun Certified Java Programmer", "Sun Microsystems", 1997, 2010),
         ("Microsoft Certified Professional Developer", "Microsoft", 2006, 2013)),
        _PRODUCT, (),
        ("Front-end developer", "Full-stack developer", "Senior full-stack developer", "Technical lead"),
        ("Customer portal with online booking and payments", "Internal dashboard that replaced a set of spreadsheets",
         "Marketing site with a headless CMS", "Order tracking web app with real-time status updates",
         "Multi-tenant SaaS admin panel with role-based access", "Online store with a custom checkout"),
        ("Build a booking website for a {domain} business", "Develop a REST API for a {domain} platform",
         "Speed up a slow {domain} WordPress site", "React front end for a {domain} dashboard",
         "Migrate a {domain} site to Next.js", "Shopify store setup for a {domain} brand",
         "Add Stripe payments to a {domain} web app", "Laravel admin panel for a {domain} company",
         "Landing page for a {domain} startup", "Integrate a third-party API into a {domain} portal",
         "Ongoing full-stack support for a {domain} SaaS", "Fix checkout bugs on a {domain} online store"),
        ("Built and maintained customer-facing web applications.",
         "Developed new features and fixed production issues across the web stack.",
         "Worked on the company's e-commerce site and internal tools."),
        "Led a team of {n} developers and owned the architecture of the main product.",
        "building web applications",
    ),
    "data": _Field(
        "data", "Data science",
        (
            ((1900, ("Junior Data Analyst", "Data Analyst", "Senior Data Analyst", "Analytics Lead")),
             (2013, ("Junior Data Scientist", "Data Scientist", "Senior Data Scientist", "Lead Data Scientist"))),
            ((1900, ("Junior BI Developer", "BI Developer", "Senior BI Developer", "BI Team Lead")),
             (2016, ("Junior Data Engineer", "Data Engineer", "Senior Data Engineer", "Lead Data Engineer"))),
            ((1900, ("Junior Statistician", "Statistician", "Senior Statistician", "Principal Statistician")),
             (2016, ("Junior Machine Learning Engineer", "Machine Learning Engineer", "Senior Machine Learning Engineer",
                     "Machine Learning Lead"))),
        ),
        _sk("Python:1991, SQL:1986, R:1995, Excel:1987, SAS:1976, SPSS:1968, Statistics:1900, MATLAB:1984, "
            "Data Visualization:1990, Machine Learning:1995, pandas:2010, NumPy:2006, scikit-learn:2010, Tableau:2004, "
            "Power BI:2015, TensorFlow:2016, PyTorch:2017, Deep Learning:2012, NLP:2000, Apache Spark:2014, Airflow:2016, "
            "dbt:2018, BigQuery:2012, Snowflake:2015, Looker:2013, A/B Testing:2005, ETL:1995, Jupyter:2015, "
            "Time Series Forecasting:1990, LLMs:2023"),
        (("Python", "pandas", "scikit-learn", "SQL"), ("SQL", "Tableau", "Excel", "Power BI"),
         ("Python", "PyTorch", "Deep Learning", "NLP"), ("R", "Statistics", "SQL", "Data Visualization"),
         ("SQL", "dbt", "Airflow", "BigQuery"), ("Python", "Apache Spark", "Snowflake", "ETL")),
        ("Machine Learning", "Data Visualization", "A/B Testing", "Jupyter", "NumPy", "Time Series Forecasting", "Looker",
         "TensorFlow", "Excel", "Statistics", "ETL", "BigQuery", "Power BI", "SAS", "MATLAB", "LLMs"),
        ("Data Analysis & Testing", "AI & Machine Learning", "Data Extraction/ETL", "Data Visualization"),
        ("Statistics", "Mathematics", "Computer Science", "Economics"),
        (("Bachelor of Science", "Master of Science"),),
        (("Google Data Analytics Professional Certificate", "Google", 2021, _NOW),
         ("TensorFlow Developer Certificate", "Google", 2020, 2024),
         ("Microsoft Certified: Azure Data Scientist Associate", "Microsoft", 2019, _NOW),
         ("AWS Certified Machine Learning – Specialty", "Amazon Web Services", 2019, _NOW),
         ("Microsoft Certified: Power BI Data Analyst Associate", "Microsoft", 2020, _NOW),
         ("Tableau Desktop Specialist", "Tableau", 2018, _NOW),
         ("SAS Certified Base Programmer", "SAS Institute", 1999, _NOW),
         ("Databricks Certified Data Engineer Associate", "Databricks", 2022, _NOW),
         ("Cloudera Certified Professional: Data Scientist", "Cloudera", 2013, 2020)),
        ("Forecast", "Insights", "Analytics", "Radar", "Lens", "Monitor", "Scorecard", "Pulse", "Signals", "Model",
         "Dashboard", "Metrics", "Atlas", "Index"), (),
        ("Data analyst", "Data scientist", "Senior data scientist", "Analytics lead"),
        ("Demand forecasting model for weekly orders", "Customer churn prediction with monthly retraining",
         "Executive KPI dashboard fed by a nightly pipeline", "Pricing analysis across regions",
         "Text classification of support tickets", "Data warehouse and reporting layer"),
        ("Build a churn model for a {domain} company", "Power BI dashboard for a {domain} business",
         "Clean and analyze {domain} sales data", "Set up a data pipeline for a {domain} startup",
         "Forecast demand for a {domain} retailer", "A/B test analysis for a {domain} app",
         "Scrape and structure {domain} listings", "NLP model for {domain} customer reviews",
         "SQL reporting for a {domain} platform", "Tableau dashboards for a {domain} team"),
        ("Built reports and dashboards for the sales and operations teams.",
         "Developed statistical models and presented the findings to management.",
         "Maintained the data pipelines behind the company's reporting."),
        "Led a team of {n} analysts and set the direction for data and reporting.",
        "turning data into models and dashboards",
    ),
    "mobile": _Field(
        "mobile", "Mobile development",
        (
            ((1900, ("Junior Software Developer", "Software Developer", "Senior Software Developer", "Lead Software Developer")),
             (2010, ("Junior Mobile Developer", "Mobile Developer", "Senior Mobile Developer", "Mobile Team Lead"))),
            ((1900, ("Junior Software Engineer", "Software Engineer", "Senior Software Engineer", "Principal Engineer")),
             (2010, ("Junior Mobile App Developer", "Mobile App Developer", "Senior Mobile Engineer", "Mobile Engineering Lead"))),
        ),
        _sk("C:1972, Java:1996, C++:1985, J2ME:2000-2012, Objective-C:2008, Swift:2014, SwiftUI:2019, Kotlin:2016, "
            "Jetpack Compose:2021, Android Development:2008, iOS Development:2008, Flutter:2018, Dart:2018, "
            "React Native:2015, JavaScript:1995, TypeScript:2013, Firebase:2014, REST APIs:2005, GraphQL:2016, Xcode:2003, "
            "Core Data:2009, Realm:2014, App Store Optimization:2010, Mobile UI Design:2008, Unit Testing:2000, CI/CD:2012, "
            "In-App Purchases:2009, Push Notifications:2009, Symbian:2001-2012"),
        (("Swift", "SwiftUI", "iOS Development", "Xcode"), ("Kotlin", "Android Development", "Jetpack Compose", "Firebase"),
         ("Flutter", "Dart", "Firebase", "REST APIs"), ("React Native", "TypeScript", "JavaScript", "Firebase")),
        ("REST APIs", "GraphQL", "Firebase", "Unit Testing", "CI/CD", "App Store Optimization", "In-App Purchases",
         "Push Notifications", "Core Data", "Realm", "Mobile UI Design", "Objective-C", "Java", "C++"),
        ("Mobile Development", "Web & Mobile Design", "QA & Testing"),
        ("Computer Science", "Software Engineering", "Computer Engineering"),
        (("Bachelor of Science", "Master of Science"), ("Bachelor of Engineering", "Master of Engineering")),
        (("Associate Android Developer", "Google", 2018, 2023),
         ("Meta iOS Developer Professional Certificate", "Meta", 2022, _NOW),
         ("Meta Android Developer Professional Certificate", "Meta", 2022, _NOW),
         ("AWS Certified Developer – Associate", "Amazon Web Services", 2014, _NOW),
         ("Professional Scrum Master I", "Scrum.org", 2010, _NOW),
         ("Sun Certified Mobile Application Developer", "Sun Microsystems", 2003, 2010),
         ("Sun Certified Java Programmer", "Sun Microsystems", 1997, 2010)),
        _PRODUCT + ("Pocket", "Buddy", "Now"), (),
        ("Mobile developer", "Mobile developer", "Lead mobile developer", "Technical lead"),
        ("iOS and Android app with offline mode and sync", "Booking app with push notifications and payments",
         "Field-service app for technicians", "Fitness tracker with wearable integration",
         "Delivery app with live map tracking", "Loyalty app with in-app purchases"),
        ("iOS app for a {domain} startup", "Flutter MVP for a {domain} service", "Fix crashes in a {domain} Android app",
         "Publish a {domain} app to the App Store and Google Play", "Add push notifications to a {domain} app",
         "React Native app for {domain} bookings", "Update a {domain} iOS app for the latest iOS",
         "In-app purchases for a {domain} app", "Offline mode for a {domain} field app",
         "Kotlin Android app for a {domain} company"),
        ("Built and shipped features for the company's mobile apps.",
         "Developed mobile applications for clients and kept them up to date with new OS releases.",
         "Worked on the consumer app, from UI to API integration."),
        "Led a team of {n} mobile engineers and owned the release process.",
        "building mobile apps",
    ),
    "design": _Field(
        "design", "Design",
        (
            ((1900, ("Junior Graphic Designer", "Graphic Designer", "Senior Graphic Designer", "Art Director")),),
            ((1900, ("Junior Designer", "Graphic Designer", "Senior Designer", "Design Lead")),
             (2012, ("Junior UI/UX Designer", "UI/UX Designer", "Senior Product Designer", "Design Lead"))),
            ((1900, ("Junior Designer", "Designer", "Senior Designer", "Creative Lead")),
             (1997, ("Junior Web Designer", "Web Designer", "Senior Web Designer", "Creative Lead"))),
        ),
        _sk("Adobe Photoshop:1990, Adobe Illustrator:1987, Adobe InDesign:1999, QuarkXPress:1987-2008, CorelDRAW:1989, "
            "Figma:2016, Sketch:2010, Adobe XD:2016, UI Design:1995, UX Design:2000, User Research:2000, Wireframing:1995, "
            "Prototyping:1995, Logo Design:1900, Brand Identity:1900, Typography:1900, Print Design:1900, Web Design:1995, "
            "Mobile App Design:2008, Design Systems:2014, Illustration:1900, Packaging Design:1900, Motion Graphics:1995, "
            "Adobe After Effects:1993, Canva:2013, Presentation Design:1990"),
        (("Figma", "UI Design", "UX Design", "Prototyping"), ("Adobe Illustrator", "Logo Design", "Brand Identity", "Typography"),
         ("Adobe Photoshop", "Adobe InDesign", "Print Design", "Packaging Design"),
         ("Figma", "Web Design", "Design Systems", "Mobile App Design")),
        ("Adobe Photoshop", "Adobe Illustrator", "Adobe InDesign", "Sketch", "Adobe XD", "Wireframing", "User Research",
         "Illustration", "Motion Graphics", "Adobe After Effects", "Presentation Design", "Canva", "Typography",
         "Brand Identity", "Web Design"),
        ("Graphic Design", "Branding & Logo Design", "Web & Mobile Design", "Product Design", "Presentation Design"),
        ("Graphic Design", "Visual Communication", "Fine Arts", "Interaction Design"),
        (("Bachelor of Arts", "Master of Arts"), ("Bachelor of Fine Arts", "Master of Fine Arts")),
        (("Google UX Design Professional Certificate", "Google", 2021, _NOW),
         ("Adobe Certified Professional in Visual Design", "Adobe", 2020, _NOW),
         ("Adobe Certified Expert – Photoshop", "Adobe", 2000, 2019),
         ("UX Certification", "Nielsen Norman Group", 2015, _NOW),
         ("Certified Usability Analyst", "Human Factors International", 2003, _NOW),
         ("Interaction Design Specialization", "UC San Diego (Coursera)", 2016, _NOW)),
        _PRODUCT + ("Studio", "Loop", "Bloom"),
        (("brand identity", "Logo, colour palette and brand guidelines"),
         ("app redesign", "Redesigned sign-up flow that cut drop-off"),
         ("design system", "Component library shared by web and mobile"),
         ("logo and packaging", "Logo and packaging for a new product line"),
         ("website UI", "Responsive website design from wireframes to final screens"),
         ("mobile app UI", "Mobile app screens from user flows to final UI"),
         ("landing page", "Landing page for a product launch"),
         ("pitch deck", "Investor pitch deck with custom charts and illustrations")),
        ("Junior designer", "Designer", "Lead designer", "Design lead"),
        (),
        ("Logo and brand identity for a {domain} startup", "Redesign a {domain} mobile app in Figma",
         "Landing page design for a {domain} company", "Pitch deck design for a {domain} startup",
         "Packaging design for a {domain} brand", "UX audit of a {domain} web app",
         "Social media graphics for a {domain} business", "Design system for a {domain} SaaS",
         "Brochure design for a {domain} firm", "Icon set for a {domain} app"),
        ("Designed print and digital materials for clients.",
         "Created brand identities, websites and campaign visuals.",
         "Designed product screens and ran usability tests with customers."),
        "Led a team of {n} designers and set the visual direction for the brand.",
        "designing brands and digital products", 0.9,
    ),
    "marketing": _Field(
        "marketing", "Marketing",
        (
            ((1900, ("Marketing Assistant", "Marketing Coordinator", "Marketing Manager", "Head of Marketing")),
             (2010, ("Digital Marketing Assistant", "Digital Marketing Specialist", "Senior Digital Marketing Manager",
                     "Head of Growth"))),
            ((1900, ("Marketing Assistant", "Marketing Executive", "Senior Marketing Executive", "Marketing Director")),
             (2006, ("Junior SEO Specialist", "SEO Specialist", "Senior SEO Specialist", "SEO Lead"))),
            ((1900, ("Advertising Assistant", "Media Buyer", "Senior Media Buyer", "Head of Media")),
             (2010, ("Junior PPC Specialist", "PPC Specialist", "Senior Paid Media Manager", "Head of Paid Media"))),
        ),
        _sk("Marketing Strategy:1900, Market Research:1900, Direct Marketing:1900, Copywriting:1900, Email Marketing:1995, "
            "SEO:1997, PPC:1998, Google Ads:2001, Google Analytics:2005, Facebook Ads:2007, LinkedIn Ads:2008, TikTok Ads:2019, "
            "Social Media Marketing:2006, Content Marketing:2000, HubSpot:2006, Mailchimp:2001, Marketing Automation:2005, "
            "Conversion Rate Optimization:2005, Semrush:2008, Ahrefs:2011, Google Tag Manager:2012, Looker Studio:2016, "
            "Lead Generation:1900, Public Relations:1900, Event Marketing:1900"),
        (("SEO", "Semrush", "Ahrefs", "Content Marketing"), ("Google Ads", "PPC", "Google Analytics", "Conversion Rate Optimization"),
         ("Facebook Ads", "Social Media Marketing", "TikTok Ads", "Copywriting"),
         ("Email Marketing", "HubSpot", "Marketing Automation", "Mailchimp")),
        ("Marketing Strategy", "Market Research", "Google Analytics", "Google Tag Manager", "Looker Studio", "Lead Generation",
         "LinkedIn Ads", "Copywriting", "Content Marketing", "Email Marketing", "SEO", "Public Relations", "Direct Marketing"),
        ("Digital Marketing", "Marketing, PR & Brand Strategy", "Lead Generation", "Search Engine Optimization",
         "Social Media Marketing"),
        ("Marketing", "Business Administration", "Communications", "Economics"),
        (("Bachelor of Business Administration", "Master of Business Administration"),
         ("Bachelor of Arts", "Master of Science")),
        (("Google Ads Search Certification", "Google", 2018, _NOW),
         ("Google Analytics Certification", "Google", 2020, _NOW),
         ("HubSpot Inbound Marketing Certification", "HubSpot Academy", 2013, _NOW),
         ("Meta Certified Digital Marketing Associate", "Meta", 2019, _NOW),
         ("HubSpot Content Marketing Certification", "HubSpot Academy", 2016, _NOW),
         ("Semrush SEO Toolkit Certification", "Semrush Academy", 2019, _NOW),
         ("Google AdWords Certified Professional", "Google", 2004, 2017),
         ("Professional Certificate in Marketing", "Chartered Institute of Marketing", 1990, _NOW)),
        _PRODUCT + ("Spark", "Boost"),
        (("SEO overhaul", "Technical SEO fixes and new content that doubled organic traffic in nine months"),
         ("Google Ads rebuild", "Restructured search campaigns that cut the cost per lead by a third"),
         ("launch campaign", "Launch plan and campaign for a new product line"),
         ("email nurture sequence", "Automated onboarding emails for new customers"),
         ("paid social campaign", "Paid social campaign across three markets"),
         ("content strategy", "Content calendar and editorial guidelines"),
         ("rebrand campaign", "Campaign introducing the new brand to existing customers")),
        ("Marketing coordinator", "Campaign manager", "Senior marketer", "Marketing lead"),
        (),
        ("SEO audit for a {domain} website", "Manage Google Ads for a {domain} business",
         "Facebook ads campaign for a {domain} brand", "Mailchimp email setup for a {domain} store",
         "Content calendar for a {domain} startup", "Keyword research for a {domain} blog",
         "HubSpot workflows for a {domain} company", "Launch strategy for a {domain} app",
         "LinkedIn lead generation for a {domain} firm", "Monthly SEO retainer for a {domain} agency"),
        ("Planned and ran campaigns across search, social and email.",
         "Managed the marketing budget and reported results to the leadership team.",
         "Worked on SEO, paid media and the company's content."),
        "Led a marketing team of {n} and owned the growth targets.",
        "growing businesses online", 0.85,
    ),
    "writing": _Field(
        "writing", "Writing",
        (
            ((1900, ("Editorial Assistant", "Staff Writer", "Senior Writer", "Managing Editor")),
             (2005, ("Junior Content Writer", "Content Writer", "Senior Content Writer", "Content Lead"))),
            ((1900, ("Junior Technical Writer", "Technical Writer", "Senior Technical Writer", "Documentation Lead")),),
            ((1900, ("Junior Copywriter", "Copywriter", "Senior Copywriter", "Creative Director")),),
        ),
        _sk("Copywriting:1900, Content Writing:1995, Blog Writing:2000, SEO Writing:2000, Technical Writing:1900, Editing:1900, "
            "Proofreading:1900, Ghostwriting:1900, Article Writing:1900, White Papers:1900, Case Studies:1900, "
            "API Documentation:2000, Press Releases:1900, Newsletter Writing:1900, Creative Writing:1900, Research:1900, "
            "WordPress:2004, Content Strategy:2000, AP Style:1900, Markdown:2004, Chicago Manual of Style:1900, "
            "Product Descriptions:1998, Email Copywriting:1995, UX Writing:2012, Grant Writing:1900"),
        (("Blog Writing", "SEO Writing", "Content Writing", "WordPress"), ("Technical Writing", "API Documentation", "Markdown", "Editing"),
         ("Copywriting", "Email Copywriting", "Product Descriptions", "UX Writing"),
         ("Editing", "Proofreading", "Chicago Manual of Style", "Ghostwriting")),
        ("Research", "Article Writing", "White Papers", "Case Studies", "Press Releases", "Newsletter Writing",
         "Content Strategy", "AP Style", "Creative Writing", "Grant Writing", "Proofreading", "Editing", "Copywriting"),
        ("Content Writing", "Editing & Proofreading", "Professional & Business Writing", "Technical Writing",
         "Sales & Marketing Copywriting"),
        ("English Literature", "Journalism", "Communications", "Linguistics"),
        (("Bachelor of Arts", "Master of Arts"),),
        (("HubSpot Content Marketing Certification", "HubSpot Academy", 2016, _NOW),
         ("Certified Professional Technical Communicator", "Society for Technical Communication", 2011, 2024),
         ("Certified Content Marketer", "Copyblogger", 2013, _NOW),
         ("Fundamentals of Digital Marketing", "Google Digital Garage", 2016, _NOW),
         ("Content Marketing Fundamentals", "Semrush Academy", 2019, _NOW),
         ("Certificate in Editing", "ACES: The Society for Editing", 2017, _NOW)),
        _PRODUCT + ("Press", "Notes"),
        (("blog series", "Long-form articles ranking on the first page for key terms"),
         ("help center", "Help center rewritten in plain language"),
         ("white paper", "Research-based white paper for the sales team"),
         ("case study series", "Customer stories for the sales team"),
         ("product docs", "Developer documentation for a public API"),
         ("newsletter", "Weekly newsletter with a growing readership"),
         ("website copy", "Homepage and product page copy rewritten for conversions"),
         ("style guide", "Voice and tone guide for the whole company")),
        ("Writer", "Writer", "Senior writer", "Lead writer and editor"),
        (),
        ("SEO blog posts for a {domain} website", "Proofread a {domain} e-book", "Website copy for a {domain} startup",
         "Ghostwrite LinkedIn posts for a {domain} founder", "Product descriptions for a {domain} store",
         "User guide for {domain} software", "Case studies for a {domain} company", "Weekly newsletter for a {domain} brand",
         "White paper on {domain} trends", "Rewrite landing pages for a {domain} company"),
        ("Wrote and edited articles, guides and web copy.",
         "Produced documentation and customer-facing content with the product team.",
         "Wrote campaign copy and kept the brand voice consistent."),
        "Led a team of {n} writers and editors and owned the content calendar.",
        "writing clear, useful content", 0.75,
    ),
}

_DOMAINS = (
    "real estate", "logistics", "fitness", "restaurant", "healthcare", "e-commerce", "travel", "education", "fintech",
    "nonprofit", "legal", "construction", "beauty", "pet care", "event planning", "recruiting", "insurance", "automotive",
    "agriculture", "gaming", "hospitality", "energy",
)

_NAME_WORDS = (
    "Parcel", "Invoice", "Churn", "Fleet", "Clinic", "Budget", "Travel", "Tenant", "Harvest", "Retail", "Energy", "Freight",
    "Ticket", "Patient", "Claims", "Loan", "Menu", "Route", "Sales", "Talent", "Campus", "Pet", "Lesson", "Shift",
    "Supply", "Event", "Grocery", "Fitness", "Property", "Crop", "Bright", "Swift", "Clear", "Smart", "Quick", "Open",
    "Simple", "Green", "Blue", "True", "North", "Solid",
)

_CLOSINGS = (
    "I reply within a few hours and keep every project on a clear, written plan.",
    "Clients hire me again because I deliver on time and explain my work in plain language.",
    "I am happy to start with a small paid trial so you can see how I work.",
    "Long-term collaborations are my favourite, and I am available for ongoing work.",
)

_SIZES = {
    # jobs, job months (min, max), gap months, masters chance, certs, projects, platform jobs,
    # platform history months (min, max), freelance chance, age range
    "small": dict(jobs=(2, 2), dur=(6, 96), gap=(0, 3), master=0.0, certs=(0, 1), projects=(3, 3),
                  pjobs=(3, 3), span=(6, 36), freelance=0.5, age=(22, 50)),
    "typical": dict(jobs=(3, 5), dur=(8, 120), gap=(0, 4), master=0.4, certs=(1, 3), projects=(6, 10),
                    pjobs=(8, 15), span=(12, 72), freelance=0.5, age=(22, 50)),
    "large": dict(jobs=(40, 60), dur=(3, 12), gap=(0, 2), master=0.5, certs=(4, 6), projects=(150, 165),
                  pjobs=(150, 170), span=(96, 156), freelance=0.0, age=(55, 65)),
}

_FREELANCE_COMPANY = "Self-employed"
_AN = re.compile(r"\ba (?=[aeiou])")

# ============================================================================================
# Script helpers
# ============================================================================================

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "", "ы": "y", "э": "e", "ё": "io", "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate_uk(text: str) -> str:
    """Ukrainian Cyrillic -> Latin with the official national system (2010): ``Київ`` -> ``Kyiv``."""
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in _UK:
            if low == "г" and prev == "з":
                latin = "gh"
            elif not prev.isalpha() and low in _UK_INITIAL:
                latin = _UK_INITIAL[low]
            else:
                latin = _UK[low]
            if ch != low and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
        else:
            out.append(ch)
        prev = low if low not in ("'", "’", "ʼ") else prev
    return "".join(out)


_ASCII_FIX = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "œ": "oe"})


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII_FIX))
    return "".join(ch for ch in text if ch.isascii())


# ============================================================================================
# Month arithmetic (a month is an index: year * 12 + month - 1)
# ============================================================================================


def _ym(idx: int) -> str:
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


# ============================================================================================
# The generator
# ============================================================================================


@dataclass
class _Job:
    start: int
    end: int | None  # None: current
    company: str = ""
    title: str = ""
    level: int = 0
    freelance: bool = False
    location: str = ""


@dataclass
class _PJob:
    start: int
    end: int | None
    title: str
    client: str
    hourly: bool
    rate: float | None = None
    budget: float | None = None
    rating: float | None = None
    earned: float = 0.0


@dataclass
class _Ctx:
    rng: random.Random
    fake: Faker
    clients: Faker
    loc: _Locale
    code: str
    fld: _Field
    size: dict
    today: date
    today_idx: int
    track: tuple[_Era, ...] = ()
    home: _City | None = None
    used_companies: set[str] = field(default_factory=set)


def make_demo_profile(
    seed: int = 0, locale: str = "en_US", size: str = "typical", today: date | None = None
) -> Profile:
    """An invented but realistic profile; the same arguments always give the same profile."""
    if size not in DEMO_SIZES:
        raise ValueError(f"unknown demo size {size!r}; choose one of: {', '.join(DEMO_SIZES)}")
    code = str(locale).strip().replace("-", "_")
    if code not in AVAILABLE_LOCALES:
        raise ValueError(f"Faker has no locale {locale!r}; demo profiles support: {', '.join(SUPPORTED_LOCALES)}")
    if code not in _LOCALES:
        raise ValueError(
            f"there is no demo data for the locale {locale!r} yet; choose one of: {', '.join(SUPPORTED_LOCALES)}"
        )
    today = today or date.today()
    rng = random.Random(f"verify_coach.demo:{seed}:{code}:{size}")
    fake = Faker(code)
    fake.seed_instance(seed)
    clients = Faker("en_US")
    clients.seed_instance(seed + 1)
    fld = _FIELDS[rng.choice(sorted(_FIELDS))]
    ctx = _Ctx(rng, fake, clients, _LOCALES[code], code, fld, _SIZES[size], today, today.year * 12 + today.month - 1)
    ctx.track = rng.choice(fld.tracks)
    ctx.home = rng.choice(ctx.loc.cities)
    return _build(ctx)


def _build(ctx: _Ctx) -> Profile:
    rng, sz = ctx.rng, ctx.size
    # -- the plan: how many jobs, which schooling, then an age that leaves room for both ----------
    n_jobs = 0 if sz["jobs"][0] >= 20 else rng.randint(*sz["jobs"])  # 0: as many as the years hold
    bachelor = rng.choice(ctx.loc.bachelor_years)
    master = rng.choice((1, 2)) if rng.random() < sz["master"] else 0
    freelance = rng.random() < sz["freelance"]
    dmin, _ = sz["dur"]
    need = max((n_jobs - 1) * (dmin + 1) + 4, sz["span"][0] + 2) if n_jobs else 40 * 4 + 4
    lo_age, hi_age = sz["age"]
    # the last school year ends at most 19 + bachelor + master years after birth, the first job starts
    # at most five months later and a finished last job may have ended four months ago
    age_min = 19 + bachelor + master + math.ceil((16 + need - ctx.today.month) / 12)
    age = rng.randint(min(max(lo_age, age_min), hi_age), hi_age)
    dob = _birth_date(ctx, age)

    education, edu_end_idx = _education(ctx, dob, bachelor, master)
    first_start = edu_end_idx + 1 + rng.randint(0, 4)
    jobs = _career(ctx, first_start, n_jobs, freelance)
    years = (ctx.today_idx - first_start) // 12

    rate = _hourly_rate(ctx, years)
    skills = _platform_skills(ctx)
    member_since = _member_since(ctx, jobs, first_start)
    pjobs = _platform_jobs(ctx, member_since, rate, skills)
    projects = _portfolio(ctx, jobs, pjobs, skills)
    certs = _certifications(ctx, education, first_start)

    total_jobs = len(pjobs) + rng.randint(0, max(1, len(pjobs) // 3))
    listed = sum(j.earned for j in pjobs)
    earnings = round(listed * total_jobs / max(1, len(pjobs)))
    job_success = max(85, 100 - int(abs(rng.gauss(0, 5))))

    identity = _identity(ctx, dob)
    home = ctx.home
    assert home is not None
    platform = PlatformProfile(
        platform="Upwork",
        title=_profile_title(ctx, years, skills),
        overview=_overview(ctx, years, skills),
        hourly_rate=float(rate),
        currency="USD",
        member_since=_ym(member_since),
        location=f"{home.english}, {ctx.loc.country}",
        time_zone=home.tz,
        english_level=(english := rng.choice(ctx.loc.english_levels)),
        languages=_languages(ctx, english),
        skills=skills,
        categories=_categories(ctx),
        total_jobs=total_jobs,
        total_earnings=float(earnings),
        job_success=job_success,
        payment_methods=[PaymentMethod(method=m, holder=identity.full_name) for m in _payments(ctx)],
    )
    return Profile(
        identity=identity,
        platform=platform,
        employment=[_employment(ctx, j, i, jobs) for i, j in enumerate(jobs)],
        education=education,
        certifications=certs,
        portfolio=projects,
        platform_jobs=[
            PlatformJob(title=j.title, client=j.client, start=_ym(j.start), end=_ym(j.end) if j.end is not None else None,
                        rate=j.rate, budget=j.budget, currency="USD", rating=j.rating)
            for j in pjobs
        ],
    )


# -- identity -------------------------------------------------------------------------------


def _birth_date(ctx: _Ctx, age: int) -> date:
    """A birthday that makes the person exactly ``age`` years old on ``today``."""
    latest = _years_before(ctx.today, age)
    earliest = _years_before(ctx.today, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=ctx.rng.randint(0, (latest - earliest).days))


def _person_name(ctx: _Ctx) -> tuple[str, str]:
    fake, script = ctx.fake, ctx.loc.script
    female = ctx.rng.random() < 0.5
    if script in ("zh", "ja"):
        given = getattr(fake, f"first_romanized_name_{'female' if female else 'male'}", fake.first_romanized_name)()
        return given, fake.last_romanized_name()
    given = fake.first_name_female() if female else fake.first_name_male()
    family = fake.last_name_female() if female else fake.last_name_male()
    if ctx.code in ("es_ES", "es_MX") and ctx.rng.random() < 0.7:
        family = f"{family} {fake.last_name()}"
    if script == "uk":
        given, family = transliterate_uk(given), transliterate_uk(family)
    return given, family


def _id_name(ctx: _Ctx, given: str, family: str) -> str:
    """The name as the ID prints it: a Chinese passport has the family name first, in capitals ("LIN MEI"), and
    the profile writes it in the same order ("Lin Mei", see ``_identity``); elsewhere the profile's own name."""
    if ctx.loc.script == "zh":
        return f"{family} {given}".upper()
    return f"{given} {family}"


def _identity(ctx: _Ctx, dob: date) -> Identity:
    rng, fake, loc, home = ctx.rng, ctx.fake, ctx.loc, ctx.home
    assert home is not None
    given, family = _person_name(ctx)
    user = _ascii(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    last = _ascii(family.split()[0]).lower().replace("'", "").replace("-", "")
    local = rng.choice((f"{user}.{last}", f"{user}{last}", f"{user[:1]}{last}", f"{user}.{last}{dob.year % 100:02d}",
                        f"{user}_{last}{rng.randint(1, 99)}"))
    phone = fake.numerify(home.phone or rng.choice(loc.phones))
    return Identity(
        full_name=f"{family} {given}" if loc.script == "zh" else f"{given} {family}",  # as the ID: no audit finding
        id_name=_id_name(ctx, given, family),
        date_of_birth=dob.isoformat(),
        address=Address(street=_street(ctx), city=home.name, region=home.region, postal_code=_postcode(ctx),
                        country=loc.country),
        phone=phone,
        email=f"{local}@{fake.free_email_domain()}",
        nationality=loc.nationality,
        id_document_type=rng.choice(loc.id_documents),
    )


_ZH_ROADS = ("Zhongshan", "Renmin", "Jiefang", "Jianshe", "Heping", "Wenhua", "Xinhua", "Dongfeng", "Changjiang",
             "Yan'an", "Huaihai", "Kexue", "Chuangye", "Xueyuan", "Binhe", "Tianmu", "Wensan", "Gaoxin")
_JA_TOWNS = ("Honcho", "Sakuragicho", "Motomachi", "Asahicho", "Midoricho", "Sakaemachi", "Kotobuki", "Nishiki",
             "Higashi", "Minami", "Kitahama", "Ebisu", "Jingumae", "Hikarigaoka")


def _street(ctx: _Ctx) -> str:
    rng, fake, script, home = ctx.rng, ctx.fake, ctx.loc.script, ctx.home
    assert home is not None
    if script == "zh":
        room = f"Room {rng.randint(2, 28)}{rng.randint(1, 12):02d}, " if rng.random() < 0.7 else ""
        return (f"{room}No. {rng.randint(1, 999)} {rng.choice(_ZH_ROADS)} {rng.choice(('Road', 'Street', 'Avenue'))}, "
                f"{rng.choice(home.districts)} District")
    if script == "ja":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(_JA_TOWNS)}, {rng.choice(home.districts)}"
    if script == "uk":
        flat = f", apt. {rng.randint(1, 120)}" if rng.random() < 0.8 else ""
        return f"{rng.randint(1, 150)} {transliterate_uk(fake.street_name())} St.{flat}"
    return " ".join(fake.street_address().replace("\n", ", ").split())


def _postcode(ctx: _Ctx) -> str:
    fake, home = ctx.fake, ctx.home
    assert home is not None
    if home.postcode:
        return fake.bothify(home.postcode, letters="ABCDEFGHJKLMNPRSTVWXZ")
    if ctx.code == "en_US":
        return fake.postcode_in_state(home.region)
    if ctx.code == "en_CA":
        pc = fake.postalcode_in_province(home.region).replace(" ", "")
        return f"{pc[:3]} {pc[3:]}"
    return fake.postcode()


def _languages(ctx: _Ctx, english: str) -> list[Language]:
    """English at the profile's level, the native language, the country's main language if it is a
    second one (Hindi for a Tamil speaker), and sometimes a foreign language learned at school."""
    rng, loc, home = ctx.rng, ctx.loc, ctx.home
    assert home is not None
    out = [Language(name="English", proficiency=english)]
    native = home.language or loc.language
    if native != "English":
        out.append(Language(name=native, proficiency=NATIVE))
    if loc.language not in ("English", native):
        out.append(Language(name=loc.language, proficiency="Fluent"))
    extras = [x for x in loc.extra_languages if x not in {lang.name for lang in out}]
    if extras and rng.random() < 0.35:
        out.append(Language(name=rng.choice(extras), proficiency=rng.choice(("Conversational", "Basic"))))
    return out


def _payments(ctx: _Ctx) -> list[str]:
    options = list(ctx.loc.payments)
    k = ctx.rng.randint(1, min(3, len(options)))
    return [options[0]] + ctx.rng.sample(options[1:], k - 1)


# -- education and career ---------------------------------------------------------------------


def _school(ctx: _Ctx, exclude: str = "") -> str:
    """A school that fits the field: technical schools for tech careers, art schools for designers."""
    allowed = {"web": "+", "data": "+", "mobile": "+", "design": "*"}.get(ctx.fld.key, "")
    patterns = [p for p in ctx.loc.schools if p[0] not in "+*" or p[0] == allowed]
    for _ in range(10):
        city = ctx.rng.choice(ctx.loc.cities)
        name = ctx.rng.choice(patterns).lstrip("+*").format(city=city.name, en=city.english)
        if name != exclude:
            return name
    return name


def _education(ctx: _Ctx, dob: date, bachelor: int, master: int) -> tuple[list[Education], int]:
    """Bachelor (and maybe master) from age 18-19; returns the entries and the month the last one ended."""
    rng, fld = ctx.rng, ctx.fld
    start_month, end_month = ctx.loc.academic
    b_start = dob.year + rng.choice((18, 19))
    # a school year that starts in September ends the next calendar year; one that starts in
    # February (Australia, Brazil) ends in the same calendar year
    b_end = b_start + bachelor - (1 if end_month >= start_month else 0)
    degree_names = rng.choice(fld.degrees)
    subject = rng.choice(fld.studies)
    if ctx.code == "en_IN" and fld.name in ("Web development", "Mobile development") and rng.random() < 0.7:
        degree_names = ("Bachelor of Technology", "Master of Technology")
    entries: list[tuple[str, str, str, int, int]] = [(_school(ctx), degree_names[0], subject, b_start, b_end)]
    last_end = b_end
    if master:
        m_start = b_end if end_month < start_month else b_end + 1
        m_end = m_start + master - (0 if end_month < start_month else 1)
        m_subject = rng.choice([s for s in fld.studies if s != subject] or [subject])
        entries.append((_school(ctx, exclude=entries[0][0]), degree_names[1], m_subject, m_start, m_end))
        last_end = m_end
    out = []
    for school, degree, subject_, start, end in entries:
        monthly = rng.random() < 0.3 or start == end  # "2017-02 to 2017-11", not "2017 to 2017"
        out.append(Education(
            school=school, degree=degree, field_of_study=subject_,
            start=f"{start}-{start_month:02d}" if monthly else str(start),
            end=f"{end}-{end_month:02d}" if monthly else str(end),
        ))
    return out, last_end * 12 + end_month - 1


def _career(ctx: _Ctx, first_start: int, n_jobs: int, freelance: bool) -> list[_Job]:
    rng, sz = ctx.rng, ctx.size
    dmin, dmax = sz["dur"]
    gmin, gmax = sz["gap"]
    current = freelance or rng.random() < 0.75
    anchor = ctx.today_idx if current else ctx.today_idx - rng.randint(0, 4)
    total = anchor - first_start
    if not n_jobs:  # large: as many short contracts as the years hold
        lo, hi = sz["jobs"]
        n_jobs = max(lo, min(hi, round(total / rng.uniform(8.0, 10.0)), total // (dmin + gmin + 1)))
    last_max = dmax if n_jobs >= 20 else 10_000
    durations, gaps = _allocate(rng, total, n_jobs, (dmin, dmax), (gmin, gmax), (min(dmin, 4), last_max))
    jobs: list[_Job] = []
    start = first_start
    for i in range(n_jobs):
        end = start + durations[i]
        jobs.append(_Job(start, end))
        if i < n_jobs - 1:
            start = end + 1 + gaps[i]
    if current:
        jobs[-1].end = None
    jobs[-1].freelance = freelance
    _name_jobs(ctx, jobs, first_start)
    return jobs


def _allocate(
    rng: random.Random, total: int, n: int, dur: tuple[int, int], gap: tuple[int, int], last: tuple[int, int]
) -> tuple[list[int], list[int]]:
    """Job lengths and gaps (in months) that fill exactly ``total`` months: sum(d) + sum(g) + n - 1."""
    g = [rng.randint(*gap) for _ in range(n - 1)]
    bounds = [dur] * (n - 1) + [last]
    room = total - sum(g) - (n - 1)
    weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    d = [min(hi, max(lo, round(room * w / sum(weights)))) for w, (lo, hi) in zip(weights, bounds, strict=True)]
    diff = total - (sum(d) + sum(g) + n - 1)
    while diff:
        step = 1 if diff > 0 else -1
        slots = [i for i in range(n) if bounds[i][0] <= d[i] + step <= bounds[i][1]]
        gslots = [i for i in range(n - 1) if gap[0] <= g[i] + step <= gap[1]]
        if not slots and not gslots:
            raise RuntimeError("demo timeline does not fit")  # pragma: no cover - guarded by the age choice
        if slots and (not gslots or rng.random() < 0.85):
            d[rng.choice(slots)] += step
        else:
            g[rng.choice(gslots)] += step
        diff -= step
    return d, g


def _titles_at(ctx: _Ctx, year: int) -> tuple[str, str, str, str]:
    titles = ctx.track[0][1]
    for since, names in ctx.track:
        if year >= since:
            titles = names
    return titles


def _company(ctx: _Ctx) -> str:
    for _ in range(20):
        name = _company_name(ctx)
        if name not in ctx.used_companies:
            ctx.used_companies.add(name)
            return name
    ctx.used_companies.add(name)
    return name


_INDUSTRY = ("Digital", "Software", "Solutions", "Media", "Systems", "Consulting", "Labs", "Group", "Technologies")
_ZH_BRANDS = ("Huaxin", "Tianyu", "Jinding", "Hengtai", "Xinda", "Zhongke", "Yunfan", "Haitong", "Boyuan", "Shengshi",
              "Lianchuang", "Qiming", "Dingsheng", "Hongtu", "Jiahe", "Anxin", "Yida", "Zhiyuan", "Ruifeng", "Kaiyuan")
_ZH_TRADES = ("Technology", "Information Technology", "Network Technology", "Software", "Digital Technology",
              "Culture Media", "E-commerce")


def _company_name(ctx: _Ctx) -> str:
    rng, fake, script = ctx.rng, ctx.fake, ctx.loc.script
    if script == "zh":
        return f"{rng.choice(ctx.loc.cities).english} {rng.choice(_ZH_BRANDS)} {rng.choice(_ZH_TRADES)} Co., Ltd."
    if script == "ja":
        return f"{fake.last_romanized_name()} {rng.choice(_INDUSTRY)} Co., Ltd."
    if script == "uk":
        brand = transliterate_uk(fake.last_name_male())
        return f"{brand} {rng.choice(('Soft', 'Tech', 'Lab', 'Digital', 'Systems', 'Solutions'))}" + (" LLC" if rng.random() < 0.5 else "")
    name = " ".join(fake.company().split())
    if " " not in name and ctx.loc.company_suffixes:
        middle = f" {rng.choice(_INDUSTRY)}" if rng.random() < 0.5 else ""
        name = f"{name}{middle} {rng.choice(ctx.loc.company_suffixes)}"
    return name


def _name_jobs(ctx: _Ctx, jobs: list[_Job], first_start: int) -> None:
    """Titles that climb Junior -> mid -> Senior -> Lead with experience; companies; locations."""
    rng, home = ctx.rng, ctx.home
    assert home is not None
    level = 0
    for i, job in enumerate(jobs):
        years = (job.start - first_start) / 12
        wanted = 0 if years < 2 else 1 if years < 5 else 2 if years < 10 else 3
        if wanted == 3 and level < 3 and rng.random() < 0.4:
            wanted = 2  # not everyone becomes a lead the year they could
        level = max(level, wanted) if i else 0
        job.level = level
        titles = _titles_at(ctx, job.start // 12)
        if job.freelance:
            job.company = _FREELANCE_COMPANY
            job.title = f"Freelance {_titles_at(ctx, ctx.today.year)[1]}"
            job.location = "Remote"
            continue
        job.company = _company(ctx)
        job.title = titles[level]
        recent = i >= len(jobs) - 2
        city = home if recent or rng.random() < 0.5 else rng.choice(ctx.loc.cities)
        job.location = "Remote" if recent and job.start // 12 >= 2020 and rng.random() < 0.3 else f"{city.english}, {ctx.loc.country}"


def _employment(ctx: _Ctx, job: _Job, index: int, jobs: list[_Job]) -> Employment:
    rng, fld = ctx.rng, ctx.fld
    if job.freelance:
        desc = (f"Independent work for clients in {', '.join(rng.sample(_DOMAINS, 2))} and {rng.choice(_DOMAINS)}, "
                f"mostly through Upwork.")
    elif job.level == 3:
        desc = fld.lead_duty.format(n=rng.randint(3, 9))
    else:
        desc = rng.choice(fld.duties)
    return Employment(
        company=job.company, title=job.title, location=job.location, start=_ym(job.start),
        end=_ym(job.end) if job.end is not None else None, current=job.end is None, description=desc,
    )


def _certifications(ctx: _Ctx, education: list[Education], first_start: int) -> list[Certification]:
    rng = ctx.rng
    want = rng.randint(*ctx.size["certs"])
    earliest = max(first_start - 12, int((education[0].start or "1900")[:4]) * 12 + 12)
    options = []
    for name, issuer, since, until in ctx.fld.certifications:
        lo = max(since * 12, earliest)
        hi = min(until * 12 + 11, ctx.today_idx)
        if lo <= hi:
            options.append((name, issuer, lo, hi))
    chosen = rng.sample(options, min(want, len(options)))
    certs = [(rng.randint(lo, hi), name, issuer) for name, issuer, lo, hi in chosen]
    return [Certification(name=n, issuer=i, date=_ym(m)) for m, n, i in sorted(certs)]


# -- the platform ---------------------------------------------------------------------------


def _hourly_rate(ctx: _Ctx, years: int) -> int:
    lo, hi = ctx.loc.rate
    t = (min(1.0, years / 15) * 0.6 + ctx.rng.random() * 0.4) * ctx.fld.rate_factor
    rate = lo + round(t * (hi - lo))
    return min(hi, max(lo, 5 * round(rate / 5) if rate >= 40 else rate))


def _available(ctx: _Ctx, skills: Sequence[str], year: int) -> list[str]:
    out = []
    for s in skills:
        since, until = ctx.fld.skills[s]
        if since <= year <= until and s not in out:
            out.append(s)
    return out


def _platform_skills(ctx: _Ctx) -> list[str]:
    rng, fld, year = ctx.rng, ctx.fld, ctx.today.year
    core = _available(ctx, rng.choice(fld.stacks), year)
    rest = [s for s in _available(ctx, fld.extras, year) if s not in core]
    want = rng.randint(8, 15)
    skills = core + rng.sample(rest, max(0, min(len(rest), want - len(core))))
    if len(skills) < 8:  # an early ``today``: fill from everything the field had then
        more = [s for s in _available(ctx, list(fld.skills), year) if s not in skills]
        skills += rng.sample(more, min(len(more), 8 - len(skills)))
    return skills[:15]


def _profile_title(ctx: _Ctx, years: int, skills: list[str]) -> str:
    mid = _titles_at(ctx, ctx.today.year)[1]
    head = mid if years < 6 or mid.startswith("Senior") else f"Senior {mid}"
    top = skills[:3]
    return f"{head} | {', '.join(top[:-1])} & {top[-1]}" if len(top) > 1 else head


def _overview(ctx: _Ctx, years: int, skills: list[str]) -> str:
    rng, home = ctx.rng, ctx.home
    assert home is not None
    role = _keep_acronyms(_titles_at(ctx, ctx.today.year)[1])
    article = "an" if role[0] in "aeio" or role.startswith(("SEO", "MBA", "AI")) else "a"
    exp = f"{years}+ years" if years >= 2 else "over a year"
    domains = rng.sample(_DOMAINS, 3)
    first = f"I'm {article} {role} based in {home.english} with {exp} of experience {ctx.fld.activity}."
    tools = skills[:3]
    second = (f"My core tools are {', '.join(tools[:-1])} and {tools[-1]}, and I have worked with clients in "
              f"{domains[0]}, {domains[1]} and {domains[2]}.")
    parts = [first, second]
    if rng.random() < 0.7:
        parts.append(rng.choice(_CLOSINGS))
    return " ".join(parts)


def _keep_acronyms(title: str) -> str:
    """``UI/UX Designer`` -> ``UI/UX designer``; ``SEO Specialist`` -> ``SEO specialist``."""
    words = [w if (w.isupper() or "/" in w or w[1:2].isupper()) else w.lower() for w in title.split()]
    return " ".join(words)


def _categories(ctx: _Ctx) -> list[str]:
    cats = ctx.fld.categories
    k = ctx.rng.randint(1, min(3, len(cats)))
    return [cats[0]] + ctx.rng.sample(cats[1:], k - 1)


def _member_since(ctx: _Ctx, jobs: list[_Job], first_start: int) -> int:
    rng, (span_min, span_max) = ctx.rng, ctx.size["span"]
    latest = ctx.today_idx - span_min
    if jobs[-1].freelance:
        wanted = jobs[-1].start + rng.randint(-12, 1)
    else:
        wanted = ctx.today_idx - rng.randint(span_min, span_max)
    return max(min(wanted, latest), min(first_start, latest))


def _platform_jobs(ctx: _Ctx, member_since: int, rate: int, skills: list[str]) -> list[_PJob]:
    rng, fld, today = ctx.rng, ctx.fld, ctx.today_idx
    n = rng.randint(*ctx.size["pjobs"])
    first = min(today, member_since + rng.randint(1, 3))
    starts = sorted([first] + [rng.randint(member_since + 1, today) for _ in range(n - 1)])
    combos = [(t, d) for t in fld.job_titles for d in _DOMAINS]
    picks = rng.sample(combos, min(n, len(combos)))
    long_max = 3 if n > 50 else 6
    out: list[_PJob] = []
    ongoing = 0
    for i, start in enumerate(starts):
        template, domain = picks[i % len(picks)]
        hourly = rng.random() < 0.6
        length = rng.randint(0, long_max) if hourly else rng.randint(0, 1)
        end: int | None = start + length
        assert end is not None
        if end > today:
            if ongoing < 2 and today - start <= 3:
                end, ongoing = None, ongoing + 1
            else:
                end = today
        progress = (start - member_since) / max(1, today - member_since)
        job = _PJob(start, end, _AN.sub("an ", template.format(domain=domain)), _client(ctx), hourly)
        months = (end if end is not None else today) - start + 1
        if hourly:
            job.rate = float(max(5, round(rate * (0.65 + 0.35 * progress + rng.uniform(-0.05, 0.05)))))
            job.earned = job.rate * months * rng.randint(15, 80)
        else:
            hours = rng.randint(10, 80)
            job.budget = float(max(50, 50 * round(rate * 0.85 * hours / 50)))
            job.earned = job.budget
        if end is not None and rng.random() < 0.9:
            job.rating = rng.choice((5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 4.9, 4.8, 4.8, 4.7, 4.5, 4.3, 4.0))
        out.append(job)
    return out


def _client(ctx: _Ctx) -> str:
    """A client company that is none of the user's employers (work for an employer is dated in its tenure)."""
    for _ in range(20):
        name = " ".join(ctx.clients.company().split())
        if name not in ctx.used_companies:
            return name
    return name + " Inc."


# -- portfolio ------------------------------------------------------------------------------


def _portfolio(ctx: _Ctx, jobs: list[_Job], pjobs: list[_PJob], skills: list[str]) -> list[PortfolioProject]:
    rng, fld = ctx.rng, ctx.fld
    n = rng.randint(*ctx.size["projects"])
    names = [f"{a} {b}" for a in _NAME_WORDS for b in fld.product_words if a != b]
    titles = rng.sample(names, n)
    weights = [((j.end if j.end is not None else ctx.today_idx) - j.start + 1) * (1 + j.level) for j in jobs]
    out: list[tuple[int, PortfolioProject]] = []
    for title in titles:
        job = rng.choices(jobs, weights=weights)[0]
        end = job.end if job.end is not None else ctx.today_idx
        client = job.company
        lo, hi = job.start, end
        if job.freelance:
            inside = [p for p in pjobs if p.start >= job.start]
            if inside and rng.random() < 0.75:
                p = rng.choice(inside)
                client, lo, hi = p.client, p.start, (p.end if p.end is not None else ctx.today_idx)
            else:
                client = _client(ctx)
        when = rng.randint(lo, hi)
        year = when // 12
        chosen = _project_skills(ctx, skills, year)
        if fld.artifacts:
            artifact, line = rng.choice(fld.artifacts)
            full = f"{title} {artifact}"
            desc = f"{line}. Tools: {', '.join(chosen)}." if chosen else f"{line}."
        else:
            full, line = title, rng.choice(fld.project_lines)
            desc = f"{line}. Built with {', '.join(chosen[:-1])} and {chosen[-1]}." if len(chosen) > 1 else f"{line}."
        out.append((when, PortfolioProject(
            title=full, role=fld.roles[job.level], client=client, completed=_ym(when), skills=chosen, description=desc,
        )))
    out.sort(key=lambda t: t[0])
    return [p for _, p in out]


def _project_skills(ctx: _Ctx, skills: list[str], year: int) -> list[str]:
    """Mostly the person's own skills, as far as they existed that year, plus one of the field's."""
    rng = ctx.rng
    own = _available(ctx, skills, year)
    other = [s for s in _available(ctx, list(ctx.fld.skills), year) if s not in own]
    chosen = rng.sample(own, min(len(own), rng.randint(2, 4)))
    if other and (len(chosen) < 2 or rng.random() < 0.3):
        chosen += rng.sample(other, min(len(other), max(1, 2 - len(chosen))))
    return chosen
