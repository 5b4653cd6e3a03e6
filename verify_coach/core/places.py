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
    # the English names of cities people write in their own language in the address
    "koln": "cologne", "munchen": "munich", "nurnberg": "nuremberg", "frankfurt am main": "frankfurt",
    "sevilla": "seville", "milano": "milan", "roma": "rome", "torino": "turin", "firenze": "florence",
    "napoli": "naples", "padova": "padua", "venezia": "venice", "genova": "genoa", "den haag": "the hague",
    "s gravenhage": "the hague", "bucuresti": "bucharest", "lisboa": "lisbon", "praha": "prague", "wien": "vienna",
    "moskva": "moscow", "kobenhavn": "copenhagen", "bruxelles": "brussels", "brussel": "brussels", "geneve": "geneva",
    "las palmas de gran canaria": "las palmas", "athina": "athens",
    "jkt": "jakarta", "hk": "hong kong", "hong kong sar": "hong kong", "sai gon": "ho chi minh city",
    "киів": "kyiv", "київ": "kyiv", "киев": "kyiv", "львів": "lviv", "харків": "kharkiv", "одеса": "odesa", "дніпро": "dnipro",
    "украіна": "ukraine", "україна": "ukraine", "украина": "ukraine", "مصر": "egypt", "القاهرة": "cairo",
    "الاسكندرية": "alexandria", "پاکستان": "pakistan", "کراچی": "karachi", "لاہور": "lahore",
}
# Short forms that are only read as this place when the profile names it.
AMBIGUOUS_ALIASES: dict[str, str] = {
    "la": "los angeles", "qc": "quezon city", "ph": "philippines", "ca": "california", "ny": "new york",
    "sp": "sao paulo", "bh": "belo horizonte", "mnl": "manila", "ke": "kenya", "ng": "nigeria", "pk": "pakistan",
    "in": "india", "cn": "china", "br": "brazil", "mx": "mexico", "ua": "ukraine", "pl": "poland", "vn": "vietnam",
    "bd": "bangladesh", "eg": "egypt", "ni": "northern ireland", "ma": "massachusetts", "delhi": "new delhi",
    "new delhi": "delhi", "manila": "metro manila", "quezon": "quezon city", "cebu": "cebu city",
    "davao": "davao city", "mexico": "mexico city", "blr": "bengaluru", "bom": "mumbai", "df": "mexico city",
    "del": "delhi", "khi": "karachi", "lhe": "lahore", "los": "lagos", "nbo": "nairobi",
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
    "philippines": ("filipino", "filipina", "pinoy", "pinay", "pilipino"), "vietnam": ("vietnamese",),
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
# Nationalities as people say them in their own language ("brasileira", "mexicano", "polak").
for _country, _words in {"brazil": "brasileiro brasileira", "mexico": "mexicano mexicana", "argentina": "argentino argentina",
                         "colombia": "colombiano colombiana", "peru": "peruano peruana", "chile": "chileno chilena",
                         "venezuela": "venezolano venezolana", "spain": "espanol espanola", "portugal": "portugues portuguesa",
                         "poland": "polak polka", "germany": "deutsch deutsche", "france": "francais francaise",
                         "italy": "italiano italiana", "ukraine": "ukrainka ukrainets", "vietnam": "nguoi viet"}.items():
    COUNTRIES[_country] = COUNTRIES.get(_country, ()) + tuple(_words.split(" ") if _country != "vietnam" else (_words,))
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


# Main cities of the countries most freelancers live in, by country and province or state: "Hangzhou, Vietnam"
# and "Karachi, Punjab" are wrong even when the profile holds the city alone. Folded names.
_CITY_TABLE = """
china: zhejiang=hangzhou,ningbo,wenzhou,shaoxing,jiaxing,jinhua,taizhou,yiwu; jiangsu=nanjing,suzhou,wuxi,changzhou,xuzhou,nantong,yangzhou;
 guangdong=guangzhou,shenzhen,dongguan,foshan,zhuhai,shantou,huizhou,zhongshan; fujian=fuzhou,xiamen,quanzhou,zhangzhou;
 shandong=jinan,qingdao,yantai,weifang; sichuan=chengdu,mianyang; hubei=wuhan,yichang; hunan=changsha,zhuzhou;
 henan=zhengzhou,luoyang,kaifeng; hebei=shijiazhuang,tangshan,baoding; anhui=hefei,wuhu; jiangxi=nanchang;
 yunnan=kunming; guizhou=guiyang; shaanxi=xian; shanxi=taiyuan; liaoning=shenyang,dalian; jilin=changchun;
 heilongjiang=harbin; hainan=haikou,sanya; guangxi=nanning,guilin; beijing=beijing; shanghai=shanghai;
 tianjin=tianjin; chongqing=chongqing
india: karnataka=bengaluru,mysuru,mangaluru,hubli; maharashtra=mumbai,pune,nagpur,nashik,thane,aurangabad;
 tamil nadu=chennai,coimbatore,madurai; telangana=hyderabad,warangal; kerala=kochi,thiruvananthapuram,kozhikode;
 gujarat=ahmedabad,surat,vadodara,rajkot; rajasthan=jaipur,jodhpur,udaipur; west bengal=kolkata,howrah;
 uttar pradesh=lucknow,kanpur,noida,agra,varanasi,ghaziabad; haryana=gurugram,faridabad; delhi=new delhi,delhi;
 punjab=ludhiana,amritsar,mohali; madhya pradesh=indore,bhopal; bihar=patna; odisha=bhubaneswar; andhra pradesh=visakhapatnam,vijayawada;
 chandigarh=chandigarh
pakistan: sindh=karachi,hyderabad,sukkur; punjab=lahore,faisalabad,rawalpindi,multan,gujranwala,sialkot;
 khyber pakhtunkhwa=peshawar,abbottabad; balochistan=quetta; islamabad capital territory=islamabad
philippines: metro manila=manila,quezon city,makati,pasig,taguig,mandaluyong,paranaque,caloocan,marikina;
 cebu=cebu city,mandaue,lapu lapu; davao del sur=davao city; iloilo=iloilo city; laguna=santa rosa,calamba; cavite=bacoor,imus,dasmarinas;
 bulacan=malolos; pampanga=angeles,san fernando; negros occidental=bacolod; misamis oriental=cagayan de oro; benguet=baguio
nigeria: lagos=lagos,ikeja,lekki; fct=abuja; oyo=ibadan; rivers=port harcourt; kano=kano; enugu=enugu; kaduna=kaduna;
 edo=benin city; ogun=abeokuta; anambra=onitsha,awka; kwara=ilorin; delta=warri,asaba
kenya: nairobi=nairobi; mombasa=mombasa; kisumu=kisumu; nakuru=nakuru; uasin gishu=eldoret
egypt: cairo=cairo; alexandria=alexandria; giza=giza; dakahlia=mansoura; gharbia=tanta
vietnam: hanoi=hanoi; ho chi minh city=ho chi minh city; da nang=da nang; hai phong=hai phong; can tho=can tho; thua thien hue=hue
indonesia: jakarta=jakarta; east java=surabaya,malang; west java=bandung,bekasi,bogor; north sumatra=medan; yogyakarta=yogyakarta; bali=denpasar
bangladesh: dhaka=dhaka; chittagong=chittagong; khulna=khulna; rajshahi=rajshahi; sylhet=sylhet
brazil: sao paulo=sao paulo,campinas,santos; rio de janeiro=rio de janeiro,niteroi; minas gerais=belo horizonte;
 parana=curitiba; rio grande do sul=porto alegre; pernambuco=recife; bahia=salvador; distrito federal=brasilia; ceara=fortaleza; santa catarina=florianopolis
mexico: mexico city=mexico city; jalisco=guadalajara; nuevo leon=monterrey; puebla=puebla; baja california=tijuana,mexicali;
 yucatan=merida; queretaro=queretaro; guanajuato=leon; quintana roo=cancun
argentina: buenos aires=buenos aires,la plata,mar del plata; cordoba=cordoba; santa fe=rosario; mendoza=mendoza
colombia: bogota=bogota; antioquia=medellin; valle del cauca=cali; atlantico=barranquilla; bolivar=cartagena; santander=bucaramanga
ukraine: kyiv=kyiv; kharkiv oblast=kharkiv; odesa oblast=odesa; lviv oblast=lviv; dnipropetrovsk oblast=dnipro; zaporizhzhia oblast=zaporizhzhia; vinnytsia oblast=vinnytsia
poland: masovian=warsaw; lesser poland=krakow; lower silesian=wroclaw; greater poland=poznan; pomeranian=gdansk,gdynia; lodz=lodz; lublin=lublin; silesian=katowice
romania: bucharest=bucharest; cluj=cluj napoca; iasi=iasi; timis=timisoara; constanta=constanta; brasov=brasov
turkey: istanbul=istanbul; ankara=ankara; izmir=izmir; bursa=bursa; antalya=antalya
united states: texas=austin,houston,dallas,san antonio,fort worth,el paso; california=los angeles,san francisco,san diego,san jose,sacramento,oakland,fresno;
 new york=new york,new york city,brooklyn,buffalo,rochester; illinois=chicago; arizona=phoenix,tucson; washington=seattle,spokane;
 colorado=denver,boulder,colorado springs,pueblo; massachusetts=boston,cambridge; georgia=atlanta,savannah; florida=miami,orlando,tampa,jacksonville;
 pennsylvania=philadelphia,pittsburgh; oregon=portland; michigan=detroit; minnesota=minneapolis,saint paul; north carolina=charlotte,raleigh;
 tennessee=nashville,memphis; nevada=las vegas,reno; ohio=columbus,cleveland,cincinnati; virginia=richmond,arlington,alexandria; utah=salt lake city
united kingdom: england=london,manchester,birmingham,leeds,liverpool,bristol,sheffield,newcastle; scotland=glasgow,edinburgh,aberdeen; wales=cardiff; northern ireland=belfast
canada: ontario=toronto,ottawa,mississauga,hamilton; quebec=montreal,quebec city; british columbia=vancouver,victoria; alberta=calgary,edmonton; manitoba=winnipeg; nova scotia=halifax
australia: new south wales=sydney,newcastle; victoria=melbourne; queensland=brisbane,gold coast; western australia=perth; south australia=adelaide; australian capital territory=canberra
germany: berlin=berlin; hamburg=hamburg; bavaria=munich,nuremberg; north rhine westphalia=cologne,dusseldorf,dortmund,essen; hesse=frankfurt; baden wurttemberg=stuttgart; saxony=leipzig,dresden
spain: community of madrid=madrid; catalonia=barcelona; valencian community=valencia,alicante; andalusia=seville,malaga; aragon=zaragoza; basque country=bilbao; asturias=gijon,oviedo
portugal: lisbon=lisbon; porto=porto; braga=braga; coimbra=coimbra; faro=faro,lagos
italy: lazio=rome; lombardy=milan; campania=naples; piedmont=turin; emilia romagna=bologna; tuscany=florence
france: ile de france=paris; auvergne rhone alpes=lyon; provence alpes cote d azur=marseille,nice; occitanie=toulouse; nouvelle aquitaine=bordeaux
israel: tel aviv district=tel aviv,ramat gan; jerusalem district=jerusalem; haifa district=haifa; central district=petah tikva,kiryat ono
costa rica: san jose=san jose
"""
CITY_PLACES: dict[str, list[tuple[str, str]]] = {}  # city -> [(country, region)]
REGION_COUNTRY: dict[str, set[str]] = {}  # Punjab is in India and in Pakistan
for _line in _CITY_TABLE.replace("\n ", " ").strip().splitlines():
    _country, _rest = _line.split(":", 1)
    for _group in _rest.split(";"):
        if "=" not in _group:
            continue
        _region, _cities = (x.strip() for x in _group.split("=", 1))
        REGION_COUNTRY.setdefault(_region, set()).add(_country.strip())
        for _city in _cities.split(","):
            CITY_PLACES.setdefault(_city.strip(), []).append((_country.strip(), _region))
REGIONS = REGIONS | frozenset(r for r in REGION_COUNTRY if r not in CITY_PLACES)
CITIES = CITIES | frozenset(CITY_PLACES)
for _c in ("costa rica", "nicaragua", "honduras", "guatemala", "el salvador", "panama", "puerto rico", "czech republic"):
    COUNTRIES.setdefault(_c, ())


def countries_of(name: str) -> set[str]:
    """The countries a folded country, demonym, US state or province name can lie in (empty: unknown)."""
    name = ALIASES.get(name, name)
    if (country := country_of(name)) is not None:
        return {country}
    out = set(REGION_COUNTRY.get(name, ()))
    if name in US_STATES:
        out.add("united states")
    return out


# Chinese names of places people name in English on their profile (folded English on the right).
ZH_PLACES: dict[str, str] = {
    "中国": "china", "中华人民共和国": "china", "美国": "united states", "英国": "united kingdom", "加拿大": "canada",
    "澳大利亚": "australia", "日本": "japan", "韩国": "south korea", "新加坡": "singapore", "马来西亚": "malaysia",
    "印度": "india", "越南": "vietnam", "泰国": "thailand", "菲律宾": "philippines", "印度尼西亚": "indonesia",
    "德国": "germany", "法国": "france", "西班牙": "spain", "意大利": "italy", "俄罗斯": "russia", "乌克兰": "ukraine",
    "波兰": "poland", "巴西": "brazil", "墨西哥": "mexico", "尼日利亚": "nigeria", "肯尼亚": "kenya", "埃及": "egypt",
    "巴基斯坦": "pakistan", "孟加拉国": "bangladesh", "台湾": "taiwan", "香港": "hong kong", "澳门": "macau",
    "北京": "beijing", "上海": "shanghai", "天津": "tianjin", "重庆": "chongqing", "广州": "guangzhou", "深圳": "shenzhen",
    "杭州": "hangzhou", "南京": "nanjing", "苏州": "suzhou", "无锡": "wuxi", "常州": "changzhou", "宁波": "ningbo",
    "温州": "wenzhou", "成都": "chengdu", "武汉": "wuhan", "西安": "xian", "长沙": "changsha", "郑州": "zhengzhou",
    "漳州": "zhangzhou", "济南": "jinan", "青岛": "qingdao", "厦门": "xiamen", "福州": "fuzhou", "合肥": "hefei",
    "昆明": "kunming", "大连": "dalian", "沈阳": "shenyang", "哈尔滨": "harbin", "长春": "changchun", "东莞": "dongguan",
    "佛山": "foshan", "珠海": "zhuhai", "南宁": "nanning", "贵阳": "guiyang", "南昌": "nanchang", "太原": "taiyuan",
    "石家庄": "shijiazhuang", "海口": "haikou", "三亚": "sanya", "义乌": "yiwu", "绍兴": "shaoxing", "嘉兴": "jiaxing",
    "金华": "jinhua", "台州": "taizhou", "泉州": "quanzhou", "徐州": "xuzhou", "扬州": "yangzhou", "南通": "nantong",
    "浙江": "zhejiang", "江苏": "jiangsu", "广东": "guangdong", "福建": "fujian", "山东": "shandong", "四川": "sichuan",
    "湖北": "hubei", "湖南": "hunan", "河南": "henan", "河北": "hebei", "安徽": "anhui", "江西": "jiangxi",
    "云南": "yunnan", "贵州": "guizhou", "陕西": "shaanxi", "山西": "shanxi", "辽宁": "liaoning", "吉林": "jilin",
    "黑龙江": "heilongjiang", "海南": "hainan", "广西": "guangxi", "孟买": "mumbai", "德里": "delhi", "新德里": "new delhi",
    "班加罗尔": "bengaluru", "马尼拉": "manila", "拉各斯": "lagos", "内罗毕": "nairobi", "开罗": "cairo",
    "胡志明市": "ho chi minh city", "河内": "hanoi", "雅加达": "jakarta", "卡拉奇": "karachi", "拉合尔": "lahore",
    "基辅": "kyiv", "华沙": "warsaw", "伦敦": "london", "纽约": "new york", "洛杉矶": "los angeles", "旧金山": "san francisco",
    "多伦多": "toronto", "温哥华": "vancouver", "悉尼": "sydney", "墨尔本": "melbourne", "东京": "tokyo", "首尔": "seoul",
}
ZH_PLACES.update({"中国人": "chinese", "美国人": "american", "印度人": "indian", "菲律宾人": "filipino",
                  "巴基斯坦人": "pakistani", "尼日利亚人": "nigerian", "越南人": "vietnamese", "英国人": "british"})
_ZH_PLACE_SUFFIX = "省市区县"


def romanize_zh(text: str) -> str | None:
    """A place written in Chinese, largest unit first ("浙江省杭州市", "中国浙江杭州"), in English, city first
    ("hangzhou, zhejiang, china"); ``None`` unless every character is part of a known name."""
    run = "".join(ch for ch in text if not ch.isspace() and ch not in "，,、")
    if not run:
        return None
    names: list[str] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + 6), i, -1):
            if run[i:j] in ZH_PLACES:
                names.append(ZH_PLACES[run[i:j]])
                i = j
                while i < len(run) and run[i] in _ZH_PLACE_SUFFIX:
                    i += 1
                break
        else:
            return None
    return ", ".join(reversed(names))
