"""Writes ``grading_corpus.tsv`` next to this file: answers as people give them, with a fair agent's verdict.

The rows are written by hand, grouped by what they test; a few groups combine a hand-written list of
values with a hand-written list of ways people say them (each combination is a fair verdict on its own).
Run ``python tests/core/corpus/build_corpus.py`` after editing; the TSV is what the tests read.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROWS: list[tuple[str, str, str, str, str, str]] = []  # class, kind, context, expected, answer, verdict


def add(cls: str, kind: str, context: str, expected: str, answers: str, verdict: str) -> None:
    """``answers``: one answer per line."""
    for a in answers.strip("\n").split("\n"):
        a = a.strip()
        if a:
            ROWS.append((cls, kind, context, expected, a, verdict))


A, R = "accept", "reject"

# --- framing ---------------------------------------------------------------------------------------
add("framing", "text", "", "Passport", """
my passport
My passport.
I will show my passport
passport, sir
It's my passport
I'm going to show my passport
""", A)
add("framing", "name", "role=org", "Self-employed", """
I'm self-employed
self employed
I am self-employed.
I work for myself, I'm a freelancer
freelancer
""", A)
add("framing", "name", "role=org", "Brightline Logistics", """
I worked at Brightline Logistics
Brightline Logistics.
I was working at Brightline Logistics
i work for brightline logistics
It was Brightline Logistics, I think
I worked at Brightline Logistics for three years
Well, Brightline Logistics
brightline
Brightline, the logistics company
""", A)
add("framing", "date", "", "2022-03", """
it was in March 2022
I started in March 2022
March 2022
march of 2022
In March, 2022
around March 2022
since March 2022
03/2022
2022-03
I think it was March 2022
""", A)
add("framing", "text", "role=language", "Native or Bilingual", """
I'm a native speaker
native speaker
Native
Bilingual
it's my mother tongue
native or bilingual
""", A)
add("framing", "text", "role=title", "Senior Python Developer", """
I was a Senior Python Developer
Senior Python Developer
senior python developer
Sr. Python Developer
I worked as a senior Python developer
My title was Senior Python Developer
Sr Python Dev
""", A)
add("framing", "name", "role=person", "Lin Mei (林美)", """
My name is Lin Mei
Lin Mei
lin mei
LIN Mei
Mei Lin
林美
Ms. Lin Mei
I'm Lin Mei
It's Lin Mei, sir
""", A)
add("framing", "name", "role=place", "Hangzhou", """
I live in Hangzhou
Hangzhou
Hangzhou, China
I'm based in Hangzhou
hangzhou city
""", A)
add("framing", "number", "", "7", """
7
seven
I have 7 years
about 7
around seven years
七年
七
""", A)
add("framing", "money", "", "45.00 USD/hour", """
$45 per hour
45 dollars an hour
my rate is $45/hr
I charge 45 USD per hour
forty-five dollars an hour
USD 45
45
四十五美元
每小时45美元
""", A)

# --- negation ----------------------------------------------------------------------------------------
add("negation", "name", "role=org", "Brightline Logistics", """
I never worked at Brightline Logistics
not Brightline Logistics
It wasn't Brightline Logistics
I didn't work at Brightline Logistics
""", R)
add("negation", "date", "", "2019", """
not 2019
it was not 2019
never in 2019
""", R)
add("negation", "number", "", "10", """
not 10
definitely not 10
""", R)
add("negation", "name", "role=org", "Brightline Logistics", """
Brightline Logistics, not Brightline Media
Brightline Logistics — not the Shenzhen branch
I'm not sure, but Brightline Logistics
""", A)
add("negation", "date", "", "2019-08", """
I'm not sure, maybe August 2019
not sure, August 2019
""", A)

# --- organisations ------------------------------------------------------------------------------------
ORGS_ACCEPT = [
    ("Brightline Logistics", "Brightline\nBrightline Logistics Inc.\nbrightline logistics"),
    ("Hangzhou Cloudwave Technology Co., Ltd.", "Hangzhou Cloudwave\nCloudwave\nCloudwave Technology\nHangzhou Cloudwave Technology\nCloudwave, Hangzhou"),
    ("Tsinghua University", "Tsinghua\nTsinghua Univ.\nTHU"),
    ("Zhejiang University", "ZJU\nZhejiang Univ\nZhejiang University, Hangzhou"),
    ("Shenzhen Qianhai Fintech Group Ltd.", "Qianhai Fintech\nShenzhen Qianhai Fintech\nQianhai Fintech Group"),
    ("Acme Software GmbH", "Acme Software\nAcme"),
    ("Northwind Traders Inc", "Northwind Traders\nNorthwind"),
    ("Infosys Limited", "Infosys\nInfosys Ltd"),
    ("Tata Consultancy Services", "TCS\nTata Consultancy"),
    ("Massachusetts Institute of Technology", "MIT\nMassachusetts Institute of Technology"),
    ("University of California, Los Angeles", "UCLA\nUniversity of California Los Angeles"),
    ("Peking University", "PKU\nPeking Univ."),
    ("Shanghai Jiao Tong University", "SJTU\nShanghai Jiaotong University\nJiao Tong University Shanghai"),
    ("Indian Institute of Technology Bombay", "IIT Bombay\nIndian Institute of Technology, Bombay"),
    ("Universidad Nacional Autónoma de México", "UNAM\nUniversidad Nacional Autonoma de Mexico"),
    ("Globant S.A.", "Globant"),
    ("Accenture plc", "Accenture"),
    ("Alibaba Group", "Alibaba"),
    ("ByteDance Ltd.", "ByteDance\nBytedance"),
    ("Lagos Business School", "Lagos Business School"),
    ("Ateneo de Manila University", "Ateneo de Manila\nAteneo"),
    ("Parcel Radar", "Parcel Radar\nParcelRadar"),
    ("Technische Universität München", "Technische Universitat Munchen\nTU Munchen"),
    ("Wuhan University", "WHU\nWuhan Univ"),
    ("Fudan University", "Fudan"),
]
for exp, answers in ORGS_ACCEPT:
    cls = "uni-abbrev" if any(w.isupper() and len(w) <= 5 for w in answers.split("\n")) else "org-distinctive"
    add(cls, "name", "role=org", exp, answers, A)
add("org-legal-form", "name", "role=org", "Hangzhou Cloudwave Technology Co., Ltd.", """
Hangzhou Cloudwave Technology Company Limited
Hangzhou Cloudwave Tech Co Ltd
""", A)
add("org-legal-form", "name", "role=org", "Müller & Söhne GmbH", "Muller & Sohne\nMüller und Söhne GmbH", A)
ORGS_REJECT = [
    ("Brightline Logistics", "Brightline Media\nBrightpath Logistics\nBrightline Media Group\nLightline Logistics"),
    ("Zhejiang University", "Zhejiang Normal University\nZhejiang University of Technology\nZhejiang Sci-Tech University"),
    ("Hangzhou Cloudwave Technology Co., Ltd.", "Hangzhou Skywave Technology\nCloudpeak Technology\nHangzhou Technology Co., Ltd."),
    ("Tsinghua University", "Peking University\nTsinghua High School"),
    ("Peking University", "Beijing Normal University\nPeking Union Medical College"),
    ("Infosys Limited", "Wipro\nInfosys BPM Solutions Media"),
    ("Acme Software GmbH", "Acme Hardware\nApex Software"),
    ("Shanghai Jiao Tong University", "Xi'an Jiaotong University\nShanghai University"),
    ("Alibaba Group", "Ant Group\nAlibaba Pictures Media"),
    ("Globant S.A.", "Endava"),
    ("Northwind Traders Inc", "Southwind Traders\nNorthwind Media"),
    ("Massachusetts Institute of Technology", "Harvard\nCaltech\nMichigan Institute of Technology"),
    ("Wuhan University", "Wuhan University of Technology\nHuazhong University"),
    ("Ateneo de Manila University", "De La Salle University"),
    ("Parcel Radar", "Parcel Express\nPackage Radar"),
]
for exp, answers in ORGS_REJECT:
    add("org-different", "name", "role=org", exp, answers, R)
add("org-different", "name", "role=org", "Hangzhou Cloudwave Technology Co., Ltd.", "Hangzhou\nTechnology Co., Ltd.\nChangzhou Cloudwave", R)

# --- people's names ----------------------------------------------------------------------------------
PEOPLE_ACCEPT = [
    ("Lin Mei (林美)", "Lin Mei\nMei Lin\n林美\nLín Měi\nLinMei\nMs Lin Mei"),
    ("Zhang Wei", "Zhang Wei\nWei Zhang\nMr. Zhang Wei\nzhang wei"),
    ("Wang Xiaoming (王小明)", "Wang Xiaoming\nXiaoming Wang\n王小明\nWang Xiao Ming"),
    ("Chen Jing", "Chen Jing\nJing Chen"),
    ("Priya Raghunathan", "Priya Raghunathan\nPriya Ragunathan\nRaghunathan Priya"),
    ("Oluwaseun Adeyemi", "Oluwaseun Adeyemi\nOluwaseun Adyeemi\nAdeyemi Oluwaseun"),
    ("María Fernanda García López", "Maria Fernanda Garcia Lopez\nMaría García López\nMaria Garcia Lopez\nMaria Fernanda Garcia Lopez"),
    ("Hans Müller", "Hans Müller\nHans Muller\nHans Mueller"),
    ("Juan dela Cruz", "Juan dela Cruz\nJuan Dela Cruz"),
    ("Alexander Konstantinopoulos", "Alexander Konstantinopoulos\nAlexander Konstantinopulos"),
    ("Nguyen Thi Anh", "Nguyen Thi Anh\nAnh Nguyen Thi"),
    ("Sarah O'Connor", "Sarah O'Connor\nSarah OConnor\nSarah O Connor"),
    ("Dr. Rajesh Kumar", "Rajesh Kumar\nDr Rajesh Kumar"),
    ("Emily Johnson", "Emily Johnson\nJohnson Emily\nEmily Jonhson"),
    ("Fatima Al-Sayed", "Fatima Al-Sayed\nFatima Al Sayed\nFatima AlSayed"),
]
for exp, answers in PEOPLE_ACCEPT:
    add("person-order", "name", "role=person", exp, answers, A)
add("person-title", "name", "role=person", "Lin Mei (林美)", "Ms. Lin Mei\nMiss Lin Mei", A)
add("person-zh", "name", "role=person", "Liu Yang (刘洋)", "刘洋\nLiu Yang\nYang Liu", A)
add("person-zh", "name", "role=person", "Liu Yang (刘洋)", "刘阳\n柳洋", R)
add("person-zh", "name", "role=person", "Zhao Lei (赵磊)", "赵磊", A)
add("person-zh", "name", "role=person", "Zhao Lei (赵磊)", "赵雷", R)
add("person-long-typo", "name", "role=person", "Bartholomew Richardson", "Bartholomew Richardsen\nBartolomew Richardson", A)
add("person-long-typo", "name", "role=person", "Siddharth Venkataraman", "Siddharth Venkatraman\nSidharth Venkataraman", A)
PEOPLE_REJECT = [
    ("Lin Mei (林美)", "Li Mei\nLin Wei\nLing Mei\nLin Mai\nLiu Mei"),
    ("Zhang Wei", "Zhang Fei\nZhang Wen\nChang Wei\nZhong Wei\nZhang"),
    ("Wang Fang", "Wang Feng\nWang Fan\nWan Fang\nHuang Fang"),
    ("Nguyen An", "Nguyen Anh\nNguyen Ann\nNguyen Van An"),
    ("Hans Müller", "Hans Miller\nHans Moller\nHans Fuller"),
    ("Li Na", "Lin Na\nLi Nan\nLi Ma"),
    ("Chen Jing", "Cheng Jing\nChen Ying\nChen Jin"),
    ("Priya Raghunathan", "Priya Raghavan\nPriyanka Raghunathan"),
    ("Emily Johnson", "Emily Johnston\nEmma Johnson\nEmily Jackson"),
    ("Oluwaseun Adeyemi", "Oluwaseun Adebayo\nOluwatobi Adeyemi"),
    ("Juan Pérez", "Juan Perea\nJuana Perez\nJuan Lopez"),
    ("Kim Min-jun", "Kim Min-jin\nKim Min-soo"),
    ("Sara Khan", "Sarah Khan\nSara Kahn"),
    ("Ali Hassan", "Ali Hasan\nAli Hussain\nAlia Hassan"),
    ("Yang Bo", "Yang Bao\nYan Bo"),
]
for exp, answers in PEOPLE_REJECT:
    add("person-short-syllable", "name", "role=person", exp, answers, R)
add("person-first-letter", "name", "role=person", "Mark Taylor", "Mark Baylor\nMark Naylor", R)
add("person-first-letter", "name", "role=person", "Anna Schmidt", "Anna Chmidt\nAnna Smidt", R)
add("person-first-letter", "name", "role=person", "Daniel Rossi", "Daniel Bossi\nDaniel Russo", R)

# --- places ------------------------------------------------------------------------------------------
PLACES_ACCEPT = [
    ("Hangzhou", "Hangzhou\nHangzhou, Zhejiang\nHangzhou, China\nHangzhou City"),
    ("Shenzhen, Guangdong, China", "Shenzhen\nShenzhen, Guangdong\nShenzhen China"),
    ("Austin, Texas, United States", "Austin\nAustin, TX\nAustin Texas\nAustin, USA"),
    ("Bengaluru, Karnataka, India", "Bengaluru\nBengaluru, India"),
    ("New York", "NYC\nNew York\nNew York City"),
    ("China", "China\nPRC\n中国\nPeople's Republic of China"),
    ("United States", "USA\nUS\nthe United States\nAmerica\nU.S."),
    ("United Kingdom", "UK\nthe UK\nGreat Britain"),
    ("Manila, Philippines", "Manila\nManila, Philippines"),
    ("Lagos, Nigeria", "Lagos\nLagos, Nigeria"),
]
for exp, answers in PLACES_ACCEPT:
    add("place-extra", "name", "role=place", exp, answers, A)
add("place-nationality", "name", "role=place", "Chinese", "Chinese\nchinese", A)
PLACES_REJECT = [
    ("Hangzhou", "Changzhou\nGuangzhou\nHuangzhou\nZhengzhou"),
    ("Shenzhen, Guangdong, China", "Shenyang\nZhuhai\nGuangzhou"),
    ("Austin, Texas, United States", "Dallas\nHouston, Texas\nBoston"),
    ("Bengaluru, Karnataka, India", "Mumbai\nChennai"),
    ("Lagos, Nigeria", "Abuja\nLagoa"),
    ("Manila, Philippines", "Cebu\nMakati City"),
    ("Suzhou", "Xuzhou\nFuzhou"),
    ("Wuhan", "Wuxi\nWuhu"),
    ("Jinan", "Jian\nJining"),
    ("China", "Taiwan\nJapan"),
]
for exp, answers in PLACES_REJECT:
    add("place-different", "name", "role=place", exp, answers, R)

# --- addresses ---------------------------------------------------------------------------------------
add("address", "text", "role=address", "12 W 5th St, Apt 3", """
12 West 5th Street, Apt 3
12 W Fifth St #3
12 West Fifth Street, Apartment 3
12 W. 5th St., Apt. 3
""", A)
add("address", "text", "role=address", "12 W 5th St, Apt 3", "14 W 5th St, Apt 3\n12 W 6th St, Apt 3\n12 E 5th St, Apt 3", R)
add("address", "text", "role=address", "1600 Amphitheatre Pkwy", "1600 Amphitheatre Parkway", A)
add("address", "text", "role=address", "1600 Amphitheatre Pkwy", "1601 Amphitheatre Parkway", R)
add("address", "text", "role=address", "221B Baker Street", "221b Baker St\n221B Baker St.", A)
add("address", "text", "role=address", "221B Baker Street", "212B Baker Street\n221B Parker Street", R)
add("address", "text", "role=address", "45 Elm Rd", "45 Elm Road\n45 elm rd.", A)
add("address", "text", "role=address", "45 Elm Rd", "45 Oak Road", R)
add("address-zh-order", "text", "role=address", "Room 1203, No. 88 Wensan Road, Xihu District",
    "Xihu District, Wensan Road No. 88, Room 1203\nRm 1203, 88 Wensan Rd, Xihu Dist.\nXihu District Wensan Road 88 Room 1203\n88 Wensan Road, Xihu District, Room 1203", A)
add("address-zh-order", "text", "role=address", "Room 1203, No. 88 Wensan Road, Xihu District",
    "Room 1203, No. 86 Wensan Road, Xihu District\nRoom 1203, No. 88 Wenyi Road, Xihu District\nXihu District, Wensan Road No. 88, Room 1302", R)
add("address-zh-order", "text", "role=address accept=杭州市西湖区文三路88号1203室", "Room 1203, No. 88 Wensan Road, Xihu District",
    "杭州市西湖区文三路88号1203室", A)
add("address", "text", "role=address", "Flat 4, 7 Church Lane", "7 Church Lane, Flat 4\nflat 4 7 church ln", A)
add("address", "text", "role=address", "Flat 4, 7 Church Lane", "7 Chapel Lane, Flat 4", R)

# --- titles ------------------------------------------------------------------------------------------
add("title-abbrev", "text", "role=title", "Senior Software Engineer", "Sr. Software Engineer\nSenior Software Eng\nsenior software engineer\nSr Software Eng.", A)
add("title-abbrev", "text", "role=title", "Full Stack Developer", "Full-stack developer\nFullstack Dev\nfull stack dev", A)
add("title-abbrev", "text", "role=title", "Quality Assurance Engineer", "QA Engineer\nQA Eng", A)
add("title-abbrev", "text", "role=title", "Chief Technology Officer", "CTO\nChief Technology Officer", A)
add("title-abbrev", "text", "role=title", "Junior Web Developer", "Jr. Web Developer\nJunior Web Dev", A)
add("title-level", "text", "role=title", "Senior Python Developer", "Python Developer\nLead Python Developer\nJunior Python Developer\nPrincipal Python Developer", R)
add("title-level", "text", "role=title", "Senior Software Engineer", "Software Engineer\nStaff Software Engineer\nLead Engineer", R)
add("title-level", "text", "role=title", "Junior Web Developer", "Senior Web Developer\nWeb Developer", R)
add("title-level", "text", "role=title", "Engineering Manager", "Senior Engineering Manager\nEngineer", R)
add("title-other", "text", "role=title", "Data Analyst", "Data Scientist\nBusiness Analyst", R)
add("title-other", "text", "role=title", "Frontend Developer", "Backend Developer\nFront end designer", R)

# --- lists -------------------------------------------------------------------------------------------
add("list-order", "list", "", "Python; Django; PostgreSQL", "PostgreSQL, Django, Python\nDjango, Python and PostgreSQL\npython / django / postgresql\nDjango; PostgreSQL; Python", A)
add("list-synonym", "list", "", "PostgreSQL; JavaScript; Vue.js", "Postgres, JS, Vue\npostgres, javascript and vue\nJS, Vue.js, Postgres\nVue, PostgreSQL, JavaScript", A)
add("list-synonym", "list", "", "Kubernetes; Docker; Go", "K8s, Docker, Golang\nDocker, k8s and Go", A)
add("list-synonym", "list", "", "TypeScript; Node.js; React", "TS, Node, React\nReact, NodeJS, TypeScript\nnode.js, react.js, typescript", A)
add("list-separator", "list", "", "Python; Go; SQL", "Python、Go、SQL\nPython，Go，SQL\nPython, Go 和 SQL\nPython；Go；SQL", A)
add("list-separator", "list", "", "PostgreSQL; JavaScript; Vue.js", "Postgres, JS", R)
add("list-react-native", "list", "", "React; Node.js", "React Native, Node.js\nReact Native and Node", R)
add("list-react-native", "list", "", "React Native; Firebase", "React, Firebase", R)
add("list-react-native", "list", "", "React Native; Firebase", "React Native, Firebase\nFirebase and React Native", A)
add("list-whole-extra", "list", "whole", "English; Chinese", "English, Chinese, Japanese\nEnglish, Chinese, Spanish, French", R)
add("list-whole-extra", "list", "whole", "English; Chinese", "English and Chinese\nChinese, English\n中文和English\nEnglish、Chinese", A)
add("list-whole-extra", "list", "whole", "English; Spanish; Portuguese", "English, Spanish\nSpanish and Portuguese", R)
add("list-whole-extra", "list", "whole", "Payoneer; Direct to Local Bank", "Payoneer, PayPal\nPayoneer, local bank, PayPal, Wise", R)
add("list-whole-extra", "list", "whole", "Payoneer; Direct to Local Bank", "Payoneer and Direct to Local Bank", A)
add("list-dump", "list", "", "Python; Django; PostgreSQL; Docker; AWS",
    "Python, Django, PostgreSQL, Docker, AWS, Java, C++, Rust, Go, PHP, Ruby, Kotlin, Swift, Scala\n"
    "Python, Django, Flask, FastAPI, PostgreSQL, MySQL, MongoDB, Redis, Docker, Kubernetes, AWS, GCP, Azure, Linux, Git, CI/CD, Terraform, React, Vue, Angular", R)
add("list-partial", "list", "", "Python; Django; PostgreSQL; Docker; AWS", "Python, Django\nDocker\nPython, Django, MySQL", R)
add("list-partial", "list", "", "Figma; Adobe XD; Sketch", "Figma\nPhotoshop, Illustrator", R)
add("list-order", "list", "", "Figma; Adobe XD; Sketch", "Sketch, Figma, Adobe XD\nFigma, XD, Sketch", A)

# --- Chinese numerals and full-width -----------------------------------------------------------------
ZH_NUMBERS = [("29", "二十九\n29岁\n二十九岁"), ("10", "十\n十年\n10年"), ("3", "三个\n三\n3个"), ("12", "十二\n一打"),
              ("45", "四十五\n45"), ("100", "一百\n100"), ("2", "两个\n两\n二"), ("15", "十五个"), ("250", "二百五十\n两百五十"),
              ("1200", "一千二百\n一千两百\n1200")]
for exp, answers in ZH_NUMBERS:
    add("zh-numeral-number", "number", "", exp, answers, A)
add("zh-numeral-number", "number", "", "29", "二十八\n三十九\n十九", R)
add("zh-numeral-number", "number", "", "10", "十一\n一百", R)
add("zh-numeral-number", "number", "", "3", "四个\n五", R)
ZH_MONEY = [("45.00 USD/hour", "四十五美元\n每小时四十五美元\n45美元/小时\n45刀每小时\n时薪45美元"),
            ("12000 USD", "1.2万美元\n一万二千美元\n12000美元\n一万两千美元"),
            ("30.00 USD/hour", "三十美元每小时\n三十刀"), ("5000 CNY", "五千元\n5000块\n五千人民币\n5千元"),
            ("50000 USD", "5万美元\n五万美元")]
for exp, answers in ZH_MONEY:
    add("zh-numeral-money", "money", "", exp, answers, A)
add("zh-numeral-money", "money", "", "45.00 USD/hour", "四十美元\n五十四美元\n45欧元", R)
add("zh-numeral-money", "money", "", "12000 USD", "1.3万美元\n两万美元\n12000欧元", R)
add("zh-numeral-money", "money", "", "5000 CNY", "五千美元\n五百元", R)
ZH_DATES = [("2019-08", "2019年八月\n2019年8月\n二〇一九年八月\n二零一九年八月\n2019年08月"),
            ("2021-03-15", "2021年3月15日\n二〇二一年三月十五日\n2021年3月15号"),
            ("2018", "2018年\n二〇一八年"), ("2020-11", "2020年十一月\n2020年11月")]
for exp, answers in ZH_DATES:
    add("zh-numeral-date", "date", "", exp, answers, A)
add("zh-numeral-date", "date", "", "2019-08", "2019年九月\n2018年八月\n二〇一九年七月", R)
add("zh-numeral-date", "date", "", "2021-03-15", "2021年3月16日\n2021年5月15日", R)
add("fullwidth", "number", "", "2019", "２０１９", A)
add("fullwidth", "date", "", "2019-08", "２０１９年８月\n２０１９－０８", A)
add("fullwidth", "money", "", "45.50 USD/hour", "＄４５．５０\n４５．５美元", A)
add("fullwidth", "text", "", "Passport", "ＰＡＳＳＰＯＲＴ\nｐａｓｓｐｏｒｔ", A)
add("fullwidth", "number", "", "29", "２８", R)

# --- dates -------------------------------------------------------------------------------------------
add("date-misspelled-month", "date", "", "2019-08", "Agust 2019\nAugst 2019\naugust 2019\nAug 2019", A)
add("date-misspelled-month", "date", "", "2020-02", "Febuary 2020\nFebruray 2020\nFeburary 2020", A)
add("date-misspelled-month", "date", "", "2017-09", "Septmber 2017\nSeptember 2017\nSept 2017", A)
add("date-misspelled-month", "date", "", "2016-01", "Janury 2016\nJanuray 2016", A)
add("date-misspelled-month", "date", "", "2015-12", "Decmber 2015\nDecember, 2015", A)
add("date-misspelled-month", "date", "", "2019-08", "Agust 2018\nOctober 2019\nApril 2019", R)
add("date-year-words", "date", "", "2019", "twenty nineteen\ntwo thousand nineteen\ntwo thousand and nineteen\nin twenty nineteen", A)
add("date-year-words", "date", "", "1998", "nineteen ninety-eight\nnineteen ninety eight", A)
add("date-year-words", "date", "", "2005-03", "March twenty oh five\nMarch two thousand five", A)
add("date-year-words", "date", "", "2022-06", "June twenty twenty-two\nJune two thousand twenty-two", A)
add("date-year-words", "date", "", "2019", "twenty eighteen\ntwo thousand and seventeen\nnineteen nineteen", R)
add("date-month-enough", "date", "month", "2022-03-15", "March 2022\nin March 2022\nMar 2022\n2022年3月\n03/2022\nI started in March 2022", A)
add("date-month-enough", "date", "month", "2018-07-01", "July 2018\nJuly of 2018\n2018-07", A)
add("date-month-enough", "date", "month", "2022-03-15", "April 2022\nMarch 2021\n2022\nMarch 20, 2022", R)
add("date-birth-needs-day", "date", "", "1994-03-15", "March 1994\n1994\n1994年3月", R)
add("date-birth-needs-day", "date", "", "1994-03-15", "15 March 1994\nMarch 15, 1994\n1994-03-15\n15/03/1994\n1994年3月15日\nthe fifteenth of March 1994", A)
add("date-birth-needs-day", "date", "", "1994-03-15", "16 March 1994\n15 March 1995\n15 April 1994", R)
add("date-plain", "date", "", "2020", "2020\nin 2020\nsometime in 2020", A)
add("date-plain", "date", "", "2020", "2021\n2019\n'19", R)
add("date-plain", "date", "", "2017-05", "May 2017\n05/2017\n2017-05\nMay of '17", A)
add("date-plain", "date", "", "2017-05", "May 2016\nJune 2017\n2017\nMay", R)

# --- numbers and money (everyday) --------------------------------------------------------------------
add("number-plain", "number", "", "11", "11\neleven\nabout 11\naround 11 years\nroughly eleven\nI have 11 years of experience", A)
add("number-plain", "number", "", "11", "10\n12\ntwenty\nfive", R)
add("number-plain", "number", "", "24", "24\ntwenty-four\n24 months\ntwo years", A)
add("number-plain", "number", "", "24", "25\n3 years\n18 months", R)
add("number-plain", "number", "", "12", "12 months\none year\na year\ntwelve", A)
add("money-plain", "money", "", "45.00 USD/hour", "45\n$45\n45 USD\n$45.00/hr\nUS$45 an hour", A)
add("money-plain", "money", "", "45.00 USD/hour", "$40\n$54\n€45\n45 pounds\n$450\n$45 per month", R)
add("money-plain", "money", "", "12000 USD", "$12,000\n12k\n12 thousand dollars\ntwelve thousand dollars\n12,000 USD", A)
add("money-plain", "money", "", "12000 USD", "$1,200\n$120,000\n13k\n12000 EUR", R)
add("money-plain", "money", "", "25.00 EUR/hour", "25 euros an hour\n€25/h\n25 EUR", A)
add("money-plain", "money", "", "25.00 EUR/hour", "$25\n25 pounds\n€52", R)
add("money-plain", "money", "", "1500 INR/hour", "1500 rupees per hour\n₹1,500\nRs 1500", A)
add("money-plain", "money", "", "1500 INR/hour", "$1500\n1050 rupees", R)

# --- everyday text and names -------------------------------------------------------------------------
add("text-plain", "text", "", "Bachelor of Science in Computer Science", "BSc Computer Science\nB.S. in Computer Science\nBachelor of Science, Computer Science", A)
add("text-plain", "text", "", "Bachelor of Science in Computer Science", "Master of Science in Computer Science\nBachelor of Arts in Computer Science\nBSc Mathematics", R)
add("text-plain", "text", "", "Master of Business Administration", "MBA\nmaster of business administration", A)
add("text-plain", "text", "", "Master of Business Administration", "BBA\nMaster of Science", R)
add("text-plain", "text", "", "Passport", "ID card\ndriver's license\nnational ID", R)
add("text-plain", "text", "", "National ID card", "passport\ndriving licence", R)
add("text-plain", "text", "", "lin.mei@example.com", "lin.mei@example.com\nLin.Mei@Example.com\nlin dot mei at example dot com", A)
add("text-plain", "text", "", "lin.mei@example.com", "linmei@example.com\nlin.mei@example.org\nlin_mei@example.com", R)
add("text-plain", "text", "", "+86 138 0013 8000", "+86 13800138000\n13800138000\n0086 138 0013 8000", A)
add("text-plain", "text", "", "+86 138 0013 8000", "+86 138 0013 8001\n13900138000", R)
add("language-level", "text", "role=language", "Fluent", "fluent\nI'm fluent\nadvanced\nC1", A)
add("language-level", "text", "role=language", "Fluent", "native\nbasic\nconversational", R)
add("language-level", "text", "role=language", "Conversational", "conversational\nintermediate\nB2", A)
add("language-level", "text", "role=language", "Conversational", "fluent\nnative speaker\nbeginner", R)
add("language-level", "text", "role=language", "Native or Bilingual", "fluent\nconversational\nbasic", R)
add("name-plain", "name", "", "Tea Farm Booking Site", "Tea Farm Booking Site\nthe tea farm booking site\nTea-Farm Booking Site", A)
add("name-plain", "name", "", "Tea Farm Booking Site", "Coffee Farm Booking Site\nTea Shop Site", R)
add("name-plain", "name", "role=org", "Harbor Health Clinics", "Harbor Health\nHarbour Health Clinics", A)
add("name-plain", "name", "role=org", "Harbor Health Clinics", "Harbor Dental Clinics\nHarbor Wealth", R)
add("accept-form", "name", "role=org accept=杭州云波科技有限公司", "Hangzhou Cloudwave Technology Co., Ltd.", "杭州云波科技有限公司\n杭州云波科技\nHangzhou Cloudwave", A)
add("accept-form", "name", "role=org accept=杭州云波科技有限公司", "Hangzhou Cloudwave Technology Co., Ltd.", "杭州云海科技有限公司\n杭州星波科技", R)
add("accept-form", "name", "role=org accept=浙江大学", "Zhejiang University", "浙江大学\n浙大", A)
add("accept-form", "name", "role=org accept=浙江大学", "Zhejiang University", "浙江工业大学\n浙江师范大学", R)
add("accept-form", "name", "role=org accept=清华大学", "Tsinghua University", "清华大学\n清华", A)
add("accept-form", "name", "role=org accept=清华大学", "Tsinghua University", "北京大学", R)
add("no-answer", "name", "role=org", "Brightline Logistics", "I don't know\n?\nno idea\nI forgot\n...", R)
add("no-answer", "date", "", "2019-08", "I don't remember\nidk", R)

# --- more wrong answers people give ------------------------------------------------------------------
add("org-different", "name", "role=org", "Tencent Holdings Ltd.", "Alibaba\nBaidu\nTencent Music Media\nNetEase", R)
add("org-different", "name", "role=org", "Tencent Holdings Ltd.", "Tencent\nTencent Holdings", A)
add("org-different", "name", "role=org", "Huawei Technologies Co., Ltd.", "ZTE\nHonor\nXiaomi\nHuawai Media", R)
add("org-different", "name", "role=org", "Huawei Technologies Co., Ltd.", "Huawei\nHuawei Technologies", A)
add("org-different", "name", "role=org", "University of Lagos", "Lagos State University\nUniversity of Ibadan\nCovenant University", R)
add("org-different", "name", "role=org", "Universidad de los Andes", "Universidad Nacional\nUniversidad de Chile", R)
add("person-short-syllable", "name", "role=person", "Zhou Jie", "Zhou Jia\nZhuo Jie\nZhou Xie\nZou Jie", R)
add("person-short-syllable", "name", "role=person", "Sun Li", "Sun Lin\nSong Li\nSun Lei", R)
add("person-short-syllable", "name", "role=person", "Huang Min", "Huang Ming\nHuang Mei\nWang Min", R)
add("person-short-syllable", "name", "role=person", "Tran Van Nam", "Tran Van Lam\nTran Van Na", R)
add("date-plain", "date", "month", "2021-09-01", "September 2020\nAugust 2021\nOctober 2021\n2020", R)
add("date-plain", "date", "", "2023-11", "November 2022\nDecember 2023\n2024", R)
add("money-plain", "money", "", "60.00 USD/hour", "$65 an hour\n$16\n60 euros per hour\n$600\n$60 a month", R)
add("number-plain", "number", "", "5", "6\nfour\n50\nfifteen", R)
add("title-level", "text", "role=title", "Senior Data Engineer", "Data Engineer\nJunior Data Engineer\nLead Data Engineer", R)
add("place-different", "name", "role=place", "Hangzhou, Zhejiang, China", "Ningbo\nShanghai\nChangzhou, Jiangsu", R)
add("list-partial", "list", "", "Go; gRPC; Kafka; Redis", "Go and Kafka\nJava, Spring, Kafka\nRedis", R)
add("text-plain", "text", "", "Bachelor of Engineering", "Master of Engineering\nBachelor of Arts\ndiploma", R)

# --- held out: written before the grader was run on them (the first run agreed on 65 of 68) ----------
HELD_OUT = [
("name","role=org","Shopee Singapore Pte. Ltd.","I worked at Shopee",A),
("name","role=org","Shopee Singapore Pte. Ltd.","Lazada",R),
("name","role=org","Ant Financial Services Group","Ant Financial",A),
("name","role=org","Ant Financial Services Group","Ant Group Media",R),
("name","role=org","JD.com","JD",A),
("name","role=org","JD.com","JD Logistics",R),
("name","role=org","Beijing Institute of Technology","BIT",A),
("name","role=org","Beijing Institute of Technology","Beijing Jiaotong University",R),
("name","role=org","South China University of Technology","SCUT",A),
("name","role=org","South China University of Technology","South China Normal University",R),
("name","role=org","Wipro Technologies","I was at Wipro",A),
("name","role=org","Wipro Technologies","Infosys",R),
("name","role=org","Freelance","I'm a freelancer",A),
("name","role=person","Gao Yuan (高远)","Gao Yuan",A),
("name","role=person","Gao Yuan (高远)","高远",A),
("name","role=person","Gao Yuan (高远)","Gao Yun",R),
("name","role=person","Gao Yuan (高远)","Guo Yuan",R),
("name","role=person","Gao Yuan (高远)","Yuan Gao",A),
("name","role=person","Arjun Krishnamurthy","Arjun Krishnamurty",A),
("name","role=person","Arjun Krishnamurthy","Arun Krishnamurthy",R),
("name","role=person","Ana Souza","Anna Souza",R),
("name","role=person","Ana Souza","Ana Sousa",R),
("name","role=person","Ana Souza","My name is Ana Souza",A),
("name","role=place","Chengdu, Sichuan, China","Chengdu",A),
("name","role=place","Chengdu, Sichuan, China","Chongqing",R),
("name","role=place","Chengdu, Sichuan, China","I live in Chengdu, Sichuan",A),
("name","role=place","Pune, Maharashtra, India","Pune",A),
("name","role=place","Pune, Maharashtra, India","Puna",R),
("date","month","2020-06-10","June 2020",A),
("date","month","2020-06-10","I joined in June, 2020",A),
("date","month","2020-06-10","July 2020",R),
("date","","1991-11-02","2 November 1991",A),
("date","","1991-11-02","November 1991",R),
("date","","1991-11-02","1991年11月2日",A),
("date","","2016-04","Apirl 2016",A),
("date","","2016-04","April 2017",R),
("date","","2016","twenty sixteen",A),
("date","","2016","twenty fifteen",R),
("number","","8","八年",A),
("number","","8","about eight years",A),
("number","","8","九",R),
("number","","36","三十六个月",A),
("number","","36","three years",A),
("money","","35.00 USD/hour","三十五美元一小时",A),
("money","","35.00 USD/hour","I charge thirty-five dollars per hour",A),
("money","","35.00 USD/hour","$53",R),
("money","","8000 USD","8千美元",A),
("money","","8000 USD","八千美元",A),
("money","","8000 USD","8000 RMB",R),
("text","role=title","Lead Frontend Engineer","Lead Front-end Engineer",A),
("text","role=title","Lead Frontend Engineer","Frontend Engineer",R),
("text","role=title","Lead Frontend Engineer","Senior Frontend Engineer",R),
("text","role=title","Mobile App Developer","I was a mobile app developer",A),
("text","role=language","Fluent","I speak it fluently",A),
("text","role=language","Basic","basic",A),
("text","role=language","Basic","fluent",R),
("text","role=address","No. 5 Jianguo Road, Chaoyang District","5 Jianguo Rd, Chaoyang Dist",A),
("text","role=address","No. 5 Jianguo Road, Chaoyang District","Chaoyang District, Jianguo Road No. 5",A),
("text","role=address","No. 5 Jianguo Road, Chaoyang District","No. 6 Jianguo Road, Chaoyang District",R),
("list","","Swift; Kotlin; Firebase","Kotlin, Swift and Firebase",A),
("list","","Swift; Kotlin; Firebase","Swift、Kotlin、Firebase",A),
("list","","Swift; Kotlin; Firebase","Swift, Kotlin",R),
("list","whole","English; Hindi","English, Hindi, Tamil",R),
("list","whole","English; Hindi","Hindi and English",A),
("list","","Vue.js; Node.js; MongoDB","Vue, Node and Mongo",A),
("list","","React; Redux","React Native, Redux",R),
("text","","Passport","my Chinese passport",A),
("text","","Passport","my ID card",R),
]
for kind, context, expected, answer, verdict in HELD_OUT:
    add(f"heldout-{kind}", kind, context, expected, answer, verdict)

# --- from a real résumé (../shared/fixtures/jsonresume/real-diego-parra.resume.json), answered naturally ------
add("real-resume", "name", "role=person", "Diego Miguel Parra Nava", "Diego Parra\nDiego Parra Nava\nDiego Miguel Parra Nava", A)
add("real-resume", "name", "role=person", "Diego Miguel Parra Nava", "Diego Miguel\nDiego Parro\nDiego Ibarra", R)
add("real-resume", "text", "role=title", "DevOps Engineer - Devoteam", "DevOps Engineer\nI'm a DevOps engineer at Devoteam", A)
add("real-resume", "text", "role=title", "DevOps Engineer - Devoteam", "Senior DevOps Engineer\nSoftware Engineer", R)
add("real-resume", "text", "role=title", "Technical Consultant - Agiliza SA", "I was a technical consultant\nTechnical Consultant", A)
add("real-resume", "name", "role=org", "Universidad del Zulia", "University of Zulia\nLa Universidad del Zulia\nthe Universidad del Zulia", A)
add("real-resume", "name", "role=org", "Universidad del Zulia", "Universidad de Carabobo\nUniversidad Central de Venezuela", R)
add("real-resume", "name", "role=place", "Gijon", "Gijón\nGijón, Spain\nI live in Gijon", A)
add("real-resume", "name", "role=place", "Gijon", "Oviedo\nGirona", R)
add("real-resume", "name", "role=org", "Devoteam", "I work at Devoteam\nDevoteam Spain", A)
add("real-resume", "name", "role=org", "Devoteam", "Accenture\nDevo Team Media", R)


# --- second round: answers a blind corpus got wrong (aliases, corrections, titles, short names) ---------
SECOND_ROUND = [
    ('language-level', 'text', 'role=language', 'Native or Bilingual', "I'm not a native speaker", R),
    ('language-level', 'text', 'role=language', 'Fluent', 'not native, fluent', A),
    ('language-level', 'text', 'role=language', 'Native or Bilingual', 'Not fluent, native', A),
    ('org-different', 'name', 'role=org', 'Andela', 'Adela', R),
    ('person-short-syllable', 'name', 'role=person', 'Gabriel Santos', 'Gabriela Santos', R),
    ('org-different', 'name', 'role=org', 'Pixel Forge Studio', 'Pixel Studio', R),
    ('org-different', 'name', 'role=org', 'Indian Institute of Technology Bombay', 'IIT Delhi', R),
    ('place-different', 'name', 'role=place', 'Zhengzhou', 'Zhangzhou', R),
    ('person-short-syllable', 'name', 'role=person', 'Wang Xiaolin', 'Wang Xiaoming', R),
    ('place-different', 'name', 'role=place', 'Lagos, Nigeria', 'Lagos, Portugal', R),
    ('place-different', 'name', 'role=place', 'Austin, Texas', 'Austin, Minnesota', R),
    ('place-alias', 'name', 'role=place', 'Mumbai', 'Bombay', A),
    ('place-alias', 'name', 'role=place', 'Bengaluru', 'Bangalore', A),
    ('place-alias', 'name', 'role=place', 'Kraków', 'Cracow', A),
    ('place-alias', 'name', 'role=place', 'Los Angeles', 'LA', A),
    ('place-alias', 'name', 'role=place', 'Mexico City', 'CDMX', A),
    ('place-alias', 'name', 'role=place', 'Quezon City', 'QC', A),
    ('place-alias', 'name', 'role=place', 'United States', 'the States', A),
    ('place-alias', 'name', 'role=place', 'Philippines', 'PH', A),
    ('place-alias', 'name', 'role=place', 'San Jose, California', 'San Jose, Calif.', A),
    ('place-alias', 'name', 'role=place', 'Philippines', "I'm Filipino", A),
    ('place-alias', 'name', 'role=place', 'Lagos State', 'Lagos', A),
    ('place-alias', 'name', 'role=place', 'Washington, D.C.', 'Washington', A),
    ('place-alias', 'name', 'role=place', 'Guangdong', 'Guangdong Sheng', A),
    ('place-alias', 'name', 'role=place', 'Philippines', 'Phillipines', A),
    ('place-alias', 'name', 'role=place', 'Bangladesh', 'Bangaldesh', A),
    ('uni-abbrev', 'name', 'role=org', 'University of Lagos', 'UNILAG', A),
    ('uni-abbrev', 'name', 'role=org', 'University of Toronto', 'UofT', A),
    ('uni-abbrev', 'name', 'role=org', 'Ateneo de Manila University', 'ADMU', A),
    ('uni-abbrev', 'name', 'role=org', 'De La Salle University', 'DLSU', A),
    ('uni-abbrev', 'name', 'role=org', 'Indian Institute of Technology Bombay', 'IIT-B', A),
    ('org-distinctive', 'name', 'role=org', 'Technical University of Munich', 'TU Munich', A),
    ('org-distinctive', 'name', 'role=org', 'Brightline Logistics', 'Brightline Logistics Group', A),
    ('org-distinctive', 'name', 'role=org', 'Brightline Logistics', 'Brightline Logistics Limited', A),
    ('org-distinctive', 'name', 'role=org', 'Brightline Logistics', 'Brightline Logistics, Manila', A),
    ('person-title', 'name', 'role=person', 'Carlos Reyes', 'Engr. Carlos Reyes', A),
    ('person-title', 'name', 'role=person', 'Jonas Müller', 'Herr Jonas Müller', A),
    ('person-title', 'name', 'role=person', 'Maria Santos', 'Maria Santos po', A),
    ('correction', 'money', '', '45.00 USD/hour', '$45 an hour, not 40', A),
    ('correction', 'money', '', '40.00 USD/hour', '$45 an hour, not 40', R),
    ('correction', 'date', 'month', '2022-03-01', 'Not February, March 2022', A),
    ('correction', 'date', 'month', '2022-02-01', 'Not February, March 2022', R),
    ('text-plain', 'text', '', 'Computer Science', 'CS', A),
    ('text-plain', 'text', '', 'BS Computer Science', 'BSCS', A),
    ('correction', 'name', 'role=place', 'Lagos, Nigeria', 'Not Lagos, Abuja', R),
    ('correction', 'name', 'role=place', 'Cebu City, Philippines', 'Manila, not Cebu', R),
    ('place-alias', 'name', 'role=place', 'Cebu City, Philippines', 'Cebu', A),
    ('place-alias', 'name', 'role=place', 'Cebu City, Philippines', 'Cebu, Philippines', A),
    ('place-alias', 'name', 'role=place', 'Lagos, Nigeria', 'Lagos Nigeria', A),
    ('place-different', 'name', 'role=place', 'Lagos, Nigeria', 'Lagos, Ghana', R),
    ('place-different', 'name', 'role=place', 'Lagos, Nigeria', 'Lagos Ghana', R),
    ('place-alias', 'name', 'role=place', 'Austin, TX, United States', 'Austin, Texas', A),
    ('place-alias', 'name', 'role=place', 'Austin, TX, United States', 'Austin, Texas, USA', A),
    ('place-different', 'name', 'role=place', 'Austin, TX, United States', 'Austin, Ohio', R),
    ('place-alias', 'name', 'role=place', 'Austin, TX, United States', 'Austin TX', A),
    ('place-alias', 'name', 'role=place', 'Baton Rouge, LA', 'Baton Rouge, Louisiana', A),
    ('place-alias', 'name', 'role=place', 'Los Angeles, California', 'LA, CA', A),
    ('place-alias', 'name', 'role=place', 'Los Angeles, California', 'L.A.', A),
    ('place-alias', 'name', 'role=place', 'Quezon City, Metro Manila, Philippines', 'QC', A),
    ('place-alias', 'name', 'role=place', 'Quezon City, Metro Manila, Philippines', 'Quezon City, NCR', A),
    ('place-different', 'name', 'role=place', 'Quezon City, Metro Manila, Philippines', 'Makati', R),
    ('place-alias', 'name', 'role=place', 'Hangzhou, Zhejiang, China', 'Hangzhou, China', A),
    ('place-different', 'name', 'role=place', 'Hangzhou, Zhejiang, China', 'Hangzhou, Jiangsu', R),
    ('place-different', 'name', 'role=place', 'Hangzhou, Zhejiang, China', 'Changzhou', R),
    ('place-alias', 'name', 'role=place', 'Hangzhou, Zhejiang, China', 'Hangzhuo', A),
    ('place-alias', 'name', 'role=place', 'Zhengzhou', 'Zhengzou', A),
    ('place-alias', 'name', 'role=place', 'Philippines', 'Filipino', A),
    ('place-alias', 'name', 'role=place', 'India', "I'm Indian", A),
    ('place-different', 'name', 'role=place', 'India', 'Indonesian', R),
    ('place-different', 'name', 'role=place', 'Manila, Philippines', 'Filipino', R),
    ('place-alias', 'name', 'role=place', 'Georgia', 'Georgia', A),
    ('place-alias', 'name', 'role=place', 'Mumbai, Maharashtra, India', 'Bombay, India', A),
    ('place-alias', 'name', 'role=place', 'Kyiv, Ukraine', 'Kiev', A),
    ('place-different', 'name', 'role=place', 'Kyiv, Ukraine', 'Kharkiv', R),
    ('person-title', 'name', 'role=person', 'Lin Mei', 'Ms. Lin Mei', A),
    ('person-title', 'name', 'role=person', 'Lin Mei', 'Lin Mei po', A),
    ('person-title', 'name', 'role=person', 'Pan Wei', 'Pan Wei', A),
    ('person-short-syllable', 'name', 'role=person', 'Pan Wei', 'Wei', R),
    ('person-short-syllable', 'name', 'role=person', 'Li Wei', 'Pan Wei', R),
    ('person-short-syllable', 'name', 'role=person', 'Zhang Xiaoming', 'Zhang Xiaoling', R),
    ('person-long-typo', 'name', 'role=person', 'Alexander Fernandez', 'Alexander Fernandes', A),
    ('person-long-typo', 'name', 'role=person', 'Alexander Fernandez', 'Alexander Frenandez', A),
    ('person-title', 'name', 'role=person', 'Oluwaseun Adebayo', 'Oluwaseun Adebayoo', A),
    ('correction', 'name', 'role=org', 'Brightline Logistics', 'Brightline, not Brightline Media', A),
    ('org-different', 'name', 'role=org', 'Brightline Logistics', 'Brightline Media', R),
    ('org-distinctive', 'name', 'role=org', 'Brightline Logistics', 'Brightline', A),
    ('org-distinctive', 'name', 'role=org', 'Hangzhou Cloudwave Technology Co., Ltd.', 'Hangzhou Cloudwave', A),
    ('org-distinctive', 'name', 'role=org', 'Hangzhou Cloudwave Technology Co., Ltd.', 'Cloudwave Technology', A),
    ('org-different', 'name', 'role=org', 'Hangzhou Cloudwave Technology Co., Ltd.', 'Shenzhen Cloudwave', R),
    ('org-distinctive', 'name', 'role=org', 'Tata Consultancy Services', 'Tata Consultancy', A),
    ('uni-abbrev', 'name', 'role=org', 'Tata Consultancy Services', 'TCS', A),
    ('org-distinctive', 'name', 'role=org', 'Indian Institute of Technology Bombay', 'IIT Bombay', A),
    ('uni-abbrev', 'name', 'role=org', 'Indian Institute of Technology Bombay', 'IITB', A),
    ('org-different', 'name', 'role=org', 'Indian Institute of Technology Delhi', 'IIT Bombay', R),
    ('org-distinctive', 'name', 'role=org', 'University of the Philippines Diliman', 'UP Diliman', A),
    ('org-different', 'name', 'role=org', 'University of the Philippines Diliman', 'UP', R),
    ('org-different', 'name', 'role=org', 'University of Lagos', 'Lagos State University', R),
    ('org-different', 'name', 'role=org', 'Zhejiang University', 'Zhejiang Normal University', R),
    ('org-distinctive', 'name', 'role=org', 'Andela', 'Andela', A),
    ('org-distinctive', 'name', 'role=org', 'Accenture', 'Acenture', A),
    ('org-distinctive', 'name', 'role=org', 'Globe Telecom', 'Globe Telecom Inc', A),
    ('org-distinctive', 'name', 'role=org', 'Pixel Forge Studio', 'Pixel Forge', A),
    ('org-distinctive', 'name', 'role=org', 'Pixel Forge Studio', 'Forge Studio', A),
    ('language-level', 'text', 'role=language', 'Native or Bilingual', 'native', A),
    ('language-level', 'text', 'role=language', 'Fluent', "I'm fluent but not native", A),
    ('language-level', 'text', 'role=language', 'Native or Bilingual', "I'm fluent but not native", R),
    ('language-level', 'text', 'role=language', 'Conversational', 'not fluent', R),
    ('date-plain', 'date', 'month', '2019-08-01', 'no, it was August 2019', A),
    ('correction', 'date', '', '2019-08', 'August 2019, not July', A),
    ('correction', 'date', '', '2019-07', 'August 2019, not July', R),
    ('correction', 'number', '', '29', '29, not 30', A),
    ('correction', 'number', '', '30', '29, not 30', R),
    ('text-plain', 'text', '', 'Computer Science', 'Computer Science', A),
    ('text-plain', 'text', '', 'Computer Engineering', 'CS', R),
    ('text-plain', 'text', 'role=title', 'Senior Python Developer', 'Sr. Python Dev', A),
    ('correction', 'text', 'role=title', 'Senior Python Developer', 'Python Developer, not senior', R),
]
for cls, kind, context, expected, answer, verdict in SECOND_ROUND:
    add(cls, kind, context, expected, answer, verdict)

# --- third round: checks made while fixing the blind corpus's misses ---------------------------------------
THIRD_ROUND = [
    ("place-different", "name", "role=place", "Bengaluru", "Mumbai, Bengaluru", R),
    ("place-different", "name", "role=place", "Lagos, Nigeria", "Abuja, Lagos", R),
    ("place-different", "name", "role=place", "Hangzhou", "江苏苏州", R),
    ("place-extra", "name", "role=place", "Hangzhou", "浙江杭州", A),
    ("place-extra", "name", "role=place", "Lagos, Nigeria", "Ikeja, Lagos, Nigeria", A),
    ("place-different", "name", "role=place", "Hangzhou", "Hangzhou, Jiangsu", R),
    ("place-different", "name", "role=place", "Karachi", "Karachi, Punjab", R),
    ("place-extra", "name", "role=place", "Lahore", "Lahore, Punjab", A),
    ("address", "text", "role=address", "1234 Oak Street, Apt 5, Austin, TX 78701, USA", "1234 Oak St Apt 5 Austin Texas", A),
    ("address", "text", "role=address", "1234 Oak Street, Apt 5, Austin, TX 78701, USA", "1234 Oak St Apt 5 Dallas Texas", R),
    ("address", "text", "role=address", "1234 Oak Street, Apt 5, Austin, TX 78701, USA", "1234 Oak Street, Apt 5, Austin, Ohio", R),
    ("address", "text", "role=address", "1234 Oak Street, Apt 5, Austin, TX 78701, USA", "1234 Oak Street, Apt 5", R),
    ("title-abbrev", "text", "role=title", "Product Manager", "PM", A),
    ("title-level", "text", "role=title", "Senior Product Manager", "PM", R),
    ("title-level", "text", "role=title", "Senior Product Manager", "产品经理", R),
    ("title-abbrev", "text", "role=title", "Senior Python Developer", "高级Python开发工程师", A),
    ("org-different", "name", "role=org", "Zhejiang University", "浙江工业大学", R),
    ("org-different", "name", "role=org", "Tsinghua University", "北大", R),
    ("org-distinctive", "name", "role=org", "Shenzhen Huawei Technologies Co., Ltd.", "华为", A),
    ("org-different", "name", "role=org", "Northwind Traders Inc", "Northwind Technologies", R),
    ("org-legal-form", "name", "role=org", "Deloitte", "Deloitte Consulting", A),
    ("person-zh", "name", "role=person", "Lin Mei (林美)", "林美 Lin Wei", R),
    ("person-zh", "name", "role=person", "Lin Mei (林美)", "我叫林美", A),
    ("correction", "name", "role=place", "Hangzhou", "Suzhou, no wait, Hangzhou", A),
    ("correction", "date", "", "2019", "2019, no wait, 2020", R),
    ("zh-numeral-money", "money", "", "12000 USD", "一万二美金", A),
    ("zh-numeral-money", "money", "", "1200 USD", "一万二美金", R),
    ("language-level", "text", "role=language", "C1", "C2", R),
]
for cls, kind, context, expected, answer, verdict in THIRD_ROUND:
    add(cls, kind, context, expected, answer, verdict)

if __name__ == "__main__":
    out = Path(__file__).with_name("grading_corpus.tsv")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# Answers as people give them, with a fair agent's verdict. Written by build_corpus.py.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["class", "kind", "context", "expected", "answer", "verdict"])
        seen = set()
        for row in ROWS:
            key = row[1:5]
            if key in seen:
                continue
            seen.add(key)
            w.writerow(row)
    rejects = sum(1 for r in ROWS if r[5] == R)
    print(f"{len(seen)} rows, {rejects / len(ROWS):.0%} reject, written to {out}")
