<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <location filename="../../verify_coach/core/audit/checks.py" line="+182"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macau</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same words in a different order</source>
        <translation>同样的词，顺序不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an initial on one side, the whole word on the other</source>
        <translation>一边是首字母缩写，另一边是完整的词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a word (a middle name?) on one side only</source>
        <translation>有一个词（中间名？）只出现在一边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a different spelling</source>
        <translation>拼写不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese characters on one side, pinyin on the other</source>
        <translation>一边是汉字，另一边是拼音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in different scripts</source>
        <translation>用了不同的文字书写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accents differ</source>
        <translation>重音符号不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a nickname or a different name</source>
        <translation>昵称或另一个名字</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your profile name “{profile}” is not the name on your ID, “{id}”: {how}.</source>
        <translation>你资料中的姓名“{profile}”与证件上的姓名“{id}”不一致：{how}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the name off your ID and compares it with your profile letter by letter; a different order, an initial, a nickname or a missing middle name is a reason to put the account on hold.</source>
        <translation>审核人员会读出证件上的姓名，并与你的资料逐字母比对；顺序不同、缩写、昵称或缺少中间名，都可能导致账户被暂停。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the profile name to match your ID exactly, before the call.</source>
        <translation>在通话前，把资料中的姓名改成与证件完全一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name on your ID is not in the profile yet.</source>
        <translation>资料中还没有填写证件上的姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent compares your profile name with your ID; the audit can only check the two when it knows both.</source>
        <translation>审核人员会把你资料中的姓名与证件比对；只有两者都已填写，检查才能比对它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the name exactly as your ID prints it in “Name on your ID”.</source>
        <translation>请在“证件上的姓名”中，按证件印刷的样子原样填写姓名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your {method} account is in the name “{holder}”, your profile says “{profile}”: {how}.</source>
        <translation>你的 {method} 账户户名是“{holder}”，而资料中写的是“{profile}”：{how}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payouts must go to an account in your own name. An account holder whose name differs from the profile looks like someone else is paid for your work, and accounts are held for it.</source>
        <translation>收款必须进入你本人名下的账户。户名与资料不一致，看起来就像别人在替你收钱，账户会因此被冻结。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a payout account in your own name, written as on your ID, or correct the holder&apos;s name here if you typed it differently.</source>
        <translation>请使用你本人名下、与证件写法一致的收款账户；如果只是这里填写有误，请更正户名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account holder&apos;s name is missing for: {methods}.</source>
        <translation>以下收款方式缺少户名：{methods}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent may check that your payout accounts are in your own name.</source>
        <translation>审核人员可能会核实你的收款账户是否在你本人名下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the name each account shows as its holder, to check it against your profile.</source>
        <translation>请填写每个账户显示的户名，以便与资料核对。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your profile location “{location}” is in {loc_country}, but your address is in {home}.</source>
        <translation>你资料中的所在地“{location}”位于{loc_country}，但你的地址在{home}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent checks that you are where your profile says; a location in another country than your address (and your ID) is the first sign of an account used by someone else.</source>
        <translation>审核人员会核实你是否在资料所写的地方；所在地与地址（及证件）不在同一个国家，是账户被他人使用的首要迹象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the profile location to where you live, as in your address.</source>
        <translation>把资料中的所在地改成你居住的地方，与地址一致。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your profile location is “{location}”, but your address is in {city}.</source>
        <translation>你资料中的所在地是“{location}”，但你的地址在 {city}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent asks where you are and compares it with the profile and the address.</source>
        <translation>审核人员会问你在哪里，并与资料和地址比对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the city you live in, or be ready to say why the profile names another.</source>
        <translation>请填写你居住的城市，或准备好说明资料为什么写的是另一个城市。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your time zone “{tz}” is not a time zone of {country} ({theirs}).</source>
        <translation>你的时区“{tz}”不是{country}的时区（{theirs}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sees the time zone of your computer. A time zone far from your address suggests the account is used from another country.</source>
        <translation>平台能看到你电脑的时区。时区与地址相差很远，说明账户可能是在另一个国家使用的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time zone of where you live, on the profile and on your computer.</source>
        <translation>在资料和电脑上都设置为你居住地的时区。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your phone number {phone} is from {phone_country}, but you live in {home}.</source>
        <translation>你的电话号码 {phone} 属于{phone_country}，但你住在{home}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number from another country is common for people who moved, but the agent may ask about it.</source>
        <translation>搬家后保留外国号码很常见，但审核人员可能会问起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a local number if you have one, or be ready to say why you keep this one.</source>
        <translation>如果有本地号码请使用本地号码，否则准备好说明为什么保留这个号码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your ID document is a national ID card, but {country} issues none.</source>
        <translation>你的证件类型是国民身份证，但{country}并不签发这种证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent knows which documents a country issues and will ask what you are showing.</source>
        <translation>审核人员知道各国签发哪些证件，会问你出示的是什么证件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the document you will really show (a passport or a driving licence).</source>
        <translation>请填写你实际要出示的证件（护照或驾照）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your ID document is a residence permit, but your nationality is that of the country you live in.</source>
        <translation>你的证件是居留许可，但你的国籍就是你居住的国家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A residence permit is for foreigners; the agent will ask why a citizen shows one.</source>
        <translation>居留许可是发给外国人的；审核人员会问本国公民为什么出示它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the nationality and the document type.</source>
        <translation>请检查国籍和证件类型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your nationality is {nat}, you live in {home} and you will show a {doc}.</source>
        <translation>你的国籍是{nat}，住在{home}，将出示的证件是 {doc}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent may ask which country issued it.</source>
        <translation>审核人员可能会问证件是哪个国家签发的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have your passport at hand as well.</source>
        <translation>请把护照也准备在手边。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“{name}” ends ({end}) before it starts ({start}).</source>
        <translation>“{name}”的结束时间（{end}）早于开始时间（{start}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates that cannot be true make the agent doubt the rest of the profile.</source>
        <translation>不可能成立的日期会让审核人员怀疑资料的其余部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the dates.</source>
        <translation>请更正日期。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your studies at {name} end in {when}, in the future.</source>
        <translation>你在 {name} 的学业结束于 {when}，这是将来的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An expected graduation is fine; the agent may ask whether you still study.</source>
        <translation>预计毕业时间没有问题；审核人员可能会问你是否还在读书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be ready to say when you expect to finish.</source>
        <translation>准备好说明你预计何时毕业。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} is dated {when}, in the future.</source>
        <translation>{what}的日期是 {when}，这是将来的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date that has not come yet is a mistake an agent notices at once.</source>
        <translation>尚未到来的日期是审核人员一眼就能发现的错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the date.</source>
        <translation>请更正日期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two full-time jobs overlap for {months} months from {from_}: {a} and {b}.</source>
        <translation>两份全职工作从 {from_} 起重叠了 {months} 个月：{a} 和 {b}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent may ask how you held two full-time jobs at once.</source>
        <translation>审核人员可能会问你如何同时做两份全职工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If one was part-time or freelance, say so in its title or description; otherwise be ready to explain.</source>
        <translation>如果其中一份是兼职或自由职业，请在职位或描述中注明；否则请准备好解释。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You started at {company} in {start}, before your date of birth.</source>
        <translation>你在 {start} 开始在 {company} 工作，早于你的出生日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date that cannot be true makes the agent doubt the rest of the profile.</source>
        <translation>不可能成立的日期会让审核人员怀疑资料的其余部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the start date or your date of birth.</source>
        <translation>请更正开始日期或出生日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You started at {company} in {start}, at the age of {age}.</source>
        <translation>你在 {start} 开始在 {company} 工作，当时 {age} 岁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job before the age of {min_age} is unusual; the agent may ask about it, or suspect the date of birth.</source>
        <translation>{min_age} 岁之前就工作并不常见；审核人员可能会问起，或者怀疑出生日期有误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the start date and your date of birth; if both are right, be ready to explain.</source>
        <translation>请检查开始日期和出生日期；如果都没错，请准备好解释。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your studies at {school} end in {end}, after you started full-time at {company} in {start}.</source>
        <translation>你在 {school} 的学业结束于 {end}，晚于你 {start} 在 {company} 开始的全职工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many people study while they work; the agent may ask how you did both.</source>
        <translation>很多人边工作边读书；审核人员可能会问你如何兼顾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be ready to say how you combined them (evenings, part-time study…).</source>
        <translation>准备好说明你是如何兼顾的（晚上上课、非全日制学习……）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“{title}” for {company} is dated {when}, outside your time there ({tenure}).</source>
        <translation>为 {company} 做的“{title}”日期是 {when}，不在你的任职期间（{tenure}）内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent may ask how you worked for a company before you joined or after you left.</source>
        <translation>审核人员可能会问你为什么在入职前或离职后还为这家公司工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the dates; if they are right (a contract after you left), be ready to explain.</source>
        <translation>请检查日期；如果没错（例如离职后的合同工作），请准备好解释。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You joined {platform} in {since}, but your job “{title}” there started in {start}.</source>
        <translation>你在 {since} 加入 {platform}，但你在那里的工作“{title}”开始于 {start}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one works on a platform before joining it; the agent sees the real date.</source>
        <translation>没有人能在加入平台之前就在平台上工作；审核人员能看到真实日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct “Member since” or the job&apos;s start date.</source>
        <translation>请更正“加入时间”或这份工作的开始日期。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your profile shows no work since {from_} ({months} months).</source>
        <translation>你的资料显示自 {from_} 以来没有工作（{months} 个月）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent may ask what you do now.</source>
        <translation>审核人员可能会问你现在在做什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what you have done since (freelance work, studies), or be ready to say.</source>
        <translation>请补充此后做过的事（自由职业、学习），或准备好说明。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is a gap of {months} months in your work history, from {from_} to {to}.</source>
        <translation>你的工作经历中有 {months} 个月的空档，从 {from_} 到 {to}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps are normal, but the agent may ask what you did then, and a hesitant answer sounds like a made-up history.</source>
        <translation>有空档很正常，但审核人员可能会问你那段时间在做什么；回答犹豫会让经历听起来像编的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be ready to say what you did in that time.</source>
        <translation>准备好说明那段时间你在做什么。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your profile says {total} jobs in all, but your work history lists {listed}.</source>
        <translation>你的资料写着总共 {total} 份工作，但工作记录列出了 {listed} 份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The total can never be smaller than the jobs listed; the agent sees the real numbers.</source>
        <translation>总数不可能少于列出的工作数；审核人员能看到真实数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the total jobs from your {platform} profile.</source>
        <translation>请从你的 {platform} 资料中照抄工作总数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your total earnings are {total}, but the fixed-price jobs listed add up to {listed}.</source>
        <translation>你的总收入是 {total}，但列出的固定价格工作加起来是 {listed}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The jobs listed cannot have earned more than the total; the agent sees your real earnings.</source>
        <translation>列出的工作收入不可能超过总收入；审核人员能看到你的真实收入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the total earnings from your {platform} profile, and check the prices of the jobs.</source>
        <translation>请从你的 {platform} 资料中照抄总收入，并核对各项工作的价格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your profile shows {total} earned but no jobs.</source>
        <translation>你的资料显示收入 {total}，却没有任何工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings come from jobs; one of the two numbers is wrong.</source>
        <translation>收入来自工作；这两个数字中有一个是错的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy both numbers from your {platform} profile.</source>
        <translation>请从你的 {platform} 资料中照抄这两个数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your profile shows a Job Success Score of {score} % but no jobs.</source>
        <translation>你的资料显示工作成功率为 {score}%，却没有任何工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score is computed from finished jobs; without any there is none.</source>
        <translation>这个分数根据已完成的工作计算；没有工作就没有分数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the score, or add the jobs.</source>
        <translation>请删除这个分数，或补充工作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profile shows a Job Success Score of {score} % after only {jobs} jobs.</source>
        <translation>你的资料在只有 {jobs} 份工作时就显示工作成功率 {score}%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{platform} shows a score only after several finished jobs; the agent may ask about your track record.</source>
        <translation>{platform} 要在完成若干份工作后才显示这个分数；审核人员可能会问你的工作记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check both numbers on your {platform} profile.</source>
        <translation>请在你的 {platform} 资料上核对这两个数字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your hourly rate is {rate}, but your recent hourly jobs paid about {median}.</source>
        <translation>你的时薪是 {rate}，但最近的按时计费工作大约是 {median}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent may ask how you set your rate; a rate far from what clients paid needs a reason.</source>
        <translation>审核人员可能会问你如何定价；时薪与客户实际支付的相差很大，需要有理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be ready to say why your rate changed, and since when.</source>
        <translation>准备好说明你的时薪为什么变了、从什么时候开始。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{count} of your skills appear in no project or job: {skills}.</source>
        <translation>你有 {count} 项技能没有出现在任何项目或工作中：{skills}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of your skills appears in no project or job: {skills}.</source>
        <translation>你有一项技能没有出现在任何项目或工作中：{skills}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent may pick a skill from your profile and ask where you used it.</source>
        <translation>审核人员可能会挑出资料中的某项技能，问你在哪里用过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have one real example ready for each, or add it to a project.</source>
        <translation>为每项技能准备一个真实的例子，或把它加到某个项目中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your English level is “Native or Bilingual”.</source>
        <translation>你的英语水平写的是“母语或双语”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call is in English, so the agent hears your English for themselves. Many people are truly bilingual; it helps when the level on the profile matches what the agent hears.</source>
        <translation>通话使用英语，审核人员会亲耳听到你的英语。很多人确实是双语者；资料上的水平与审核人员听到的一致会更好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearse your answers aloud (practice with “Answer aloud”, and the mock call).</source>
        <translation>请大声练习回答（在练习中使用“大声回答”，以及模拟通话）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your title says “{word}”, but your history shows {years} years of experience.</source>
        <translation>你的头衔中有“{word}”，但你的经历只显示 {years} 年经验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {word} title usually means {needed} years or more; the agent may ask what makes you one.</source>
        <translation>“{word}”头衔通常意味着 {needed} 年或以上经验；审核人员可能会问你凭什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the experience your profile leaves out, or be ready with examples.</source>
        <translation>请补充资料中遗漏的经验，或准备好具体例子。</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/audit_panel.py" line="+28"/>
        <source>Fix before the call</source>
        <translation>通话前要修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be ready to explain</source>
        <translation>准备好解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good to know</source>
        <translation>值得了解</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Show in profile</source>
        <translation>在资料中查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in profile: %1</source>
        <translation>在资料中查看：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile editor at this field</source>
        <translation>在资料编辑器中打开这个字段</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing in your profile looks inconsistent. An agent comparing it with your ID and your answers should find nothing to question.</source>
        <translation>你的资料中没有看起来不一致的地方。审核人员把它与你的证件和回答比对时，应该找不到可质疑之处。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all (%1)</source>
        <translation>全部显示（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to fix</source>
        <translation>%1 项要修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to explain</source>
        <translation>%1 项要解释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to know</source>
        <translation>%1 项值得了解</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/backup.py" line="+37"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the %1 recordings of your spoken answers (%2) in the backup? Without them the backup is smaller; your answers and ratings are in it either way.</source>
        <translation>备份中要包含你口头回答的 %1 条录音（%2）吗？不包含时备份更小；你的回答和评分都会包含在内。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>made on %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 profile: %1</source>
        <translation>1 份资料：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 profiles: %2</source>
        <translation>%1 份资料：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 answer</source>
        <translation>1 个回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers</source>
        <translation>%1 个回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 recording</source>
        <translation>1 段录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recordings</source>
        <translation>%1 段录音</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore “%1”?
%2

This replaces your current profiles and history. Your current data is kept aside in the data folder, not deleted.</source>
        <translation>恢复“%1”？
%2

这会替换你当前的资料和历史记录。当前数据会保留在数据文件夹中，不会被删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored. Your previous data is kept in %1</source>
        <translation>备份已恢复。之前的数据保存在 %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+57"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>CallDateDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/call_date.py" line="+32"/>
        <source>Date of your call</source>
        <translation>通话日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When is your verification call? (your local time)</source>
        <translation>你的验证通话在什么时候？（本地时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call date and time</source>
        <translation>通话日期和时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Type of call</source>
        <translation>通话类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness is the predicted recall of your key facts at this moment.</source>
        <translation>准备度是预测你在这一时刻能记住的关键要点比例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the call date</source>
        <translation>清除通话日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This time has passed. Choose a date and time still to come.</source>
        <translation>这个时间已经过去了。请选择一个尚未到来的日期和时间。</translation>
    </message>
</context>
<context>
    <name>CallReportView</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/call_report.py" line="+90"/>
        <source>Call result</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call summary</source>
        <translation>通话总结</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the call is at risk</source>
        <translation>通话存在风险的原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+123"/>
        <source>Drill the facts from this call</source>
        <translation>专练本次通话中的要点</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>New call…</source>
        <translation>新的通话…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another mock call</source>
        <translation>开始新的模拟通话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dashboard</source>
        <translation>返回概览</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weak facts</source>
        <translation>薄弱要点</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong answers</source>
        <translation>答错的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow or hesitant answers</source>
        <translation>较慢或犹豫的回答</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Identity %1 of %2</source>
        <translation>身份信息 %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All facts %1 of %2 (%3%)</source>
        <translation>全部要点 %1/%2（%3%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 slow or hesitant</source>
        <translation>%1 个较慢或犹豫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>call time %1</source>
        <translation>通话时长 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drill these %1 facts</source>
        <translation>专练这 %1 个要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill this fact</source>
        <translation>专练此要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill next: the facts you missed or answered slowly on this call.</source>
        <translation>下一步专练：本次通话中答错或答得慢的要点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Practise weak facts</source>
        <translation>练习薄弱要点</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing from this call to drill — keep your weak facts fresh.</source>
        <translation>本次通话没有需要专练的内容——继续巩固薄弱要点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weak facts after this call.</source>
        <translation>这次通话后没有薄弱要点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak facts after this call: %1</source>
        <translation>这次通话后的薄弱要点：%1 个</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>An identity answer was wrong — an agent checks these first and expects them exactly.</source>
        <translation>有身份问题答错了——审核人员会首先核对这些信息，并要求完全准确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1% of your answers were right.</source>
        <translation>答对的比例低于 %1%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers came slowly or after a pause; on a call, hesitation looks like uncertainty.</source>
        <translation>有 %1 个回答较慢或有停顿；在通话中，犹豫会显得不确定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rated %1 open answers poor: rehearse them aloud.</source>
        <translation>你有 %1 个开放式回答自评为“差”：请大声练习。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call ended early: %1 of %2 questions answered.</source>
        <translation>通话提前结束：%2 个问题中回答了 %1 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question was answered.</source>
        <translation>没有回答任何问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None — every answer matched your profile.</source>
        <translation>无——每个回答都与你的资料一致。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>You said: %1</source>
        <translation>你的回答：%1</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Profile: %1</source>
        <translation>资料：%1</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>The whole ID was readable: sharp, no glare, nothing covered</source>
        <translation>整个证件清晰可读：不模糊、无反光、无遮挡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo on the ID still looks like you today</source>
        <translation>证件上的照片看起来仍然像现在的你</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name on the ID is exactly “%1”</source>
        <translation>证件上的姓名与“%1”完全一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address on the ID is in %1</source>
        <translation>证件上的地址在%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address on the ID matches your profile</source>
        <translation>证件上的地址与你的资料一致</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Follow-ups: how the agent dug in</source>
        <translation>追问：面试官如何深入追问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your ID (your own check)</source>
        <translation>你的证件（自查）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready to explain: what in your profile the agent asked about (your own rating)</source>
        <translation>准备好解释：审核人员问到的资料中的地方（你自己的评分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account and open questions (your own rating)</source>
        <translation>账户问题和开放式问题（你的自评）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call ended before any question was answered, so there is nothing to report. Start a new call when you are ready.</source>
        <translation>通话在回答任何问题之前就结束了，因此没有可报告的内容。准备好后再开始一次新的通话。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Passed — %1</source>
        <translation>通过 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk — %1</source>
        <translation>有风险 — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 follow-ups</source>
        <translation>%1 个追问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked to repeat %1×</source>
        <translation>请求重复 %1 次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>every identity answer is right</source>
        <translation>所有身份问题都回答正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1% of the identity answers are right</source>
        <translation>至少 %1% 的身份问题回答正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the result is decided for this type of call: passed when %1, at least %2% of all answers are right, no more than %3 answers are slow or hesitant, no more than %4 open answers are rated poor, every point of the ID check held (when the call has one), and the whole call was answered. Open questions are not graded facts; they are not counted in your statistics.</source>
        <translation>此类通话的判定方式：当%1、至少 %2% 的回答正确、慢或犹豫的回答不超过 %3 个、评为“差”的开放式回答不超过 %4 个、证件自查的每一项都通过（如有证件环节），并且完整回答了整个通话时，判定为通过。开放式问题不是评分的事实，不计入你的统计。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every answer in this thread matched your profile.</source>
        <translation>这一串追问中的每个回答都与你的资料一致。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The names differ</source>
        <translation>姓名不一致</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A point of your ID check did not hold — fix it before the call.</source>
        <translation>证件自查有一项未通过——请在通话前解决。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I was right</source>
        <translation>我答对了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I was right: %1</source>
        <translation>我答对了：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer was right and the grader missed it: count it as right (rated Hard) and accept this answer from now on.</source>
        <translation>你的回答其实是对的，只是评分没有识别：把它算作答对（评为“困难”），以后也接受这个回答。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You said: %1 — marked right by you</source>
        <translation>你的回答：%1 — 已由你标记为答对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo I was right: %1</source>
        <translation>撤销“我答对了”：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>▶ You said</source>
        <translation>▶ 你说的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play what you said: %1</source>
        <translation>播放你说的：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None — you started answering in time every time.</source>
        <translation>无——你每次都及时开始作答。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>started after %1</source>
        <translation>%1 后开始作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Okay</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A good answer: %1</source>
        <translation>好的回答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1</source>
        <translation>遗漏：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your rating: %1</source>
        <translation>你的自评：%1</translation>
    </message>
</context>
<context>
    <name>CallTypes</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/checklist.py" line="+84"/>
        <source>Upwork video verification</source>
        <translation>Upwork 视频验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening interview</source>
        <translation>筛选面试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank video-KYC</source>
        <translation>银行视频 KYC</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/call_view.py" line="+238"/>
        <source>Recording status</source>
        <translation>录制状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call progress</source>
        <translation>通话进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification agent</source>
        <translation>验证审核员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>camera off</source>
        <translation>摄像头已关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent status</source>
        <translation>审核员状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused — the countdown is stopped. Press F8 or Resume to go on.</source>
        <translation>已暂停——倒计时已停止。按 F8 或“继续”接着进行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type your answer as you would say it, then press Enter</source>
        <translation>按你会说出的方式输入答案，然后按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter with nothing typed counts as “I don&apos;t know”.</source>
        <translation>不输入内容直接按 Enter 视为“我不知道”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate your spoken answer</source>
        <translation>为你的口头回答评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer out loud, then rate yourself:</source>
        <translation>请大声回答，然后给自己评分：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1  Good</source>
        <translation>1  好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2  Okay</source>
        <translation>2  一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3  Poor</source>
        <translation>3  差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate my answer good</source>
        <translation>将我的回答评为“好”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate my answer okay</source>
        <translation>将我的回答评为“一般”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate my answer poor</source>
        <translation>将我的回答评为“差”</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+17"/>
        <location line="+184"/>
        <source>Done (Enter)</source>
        <translation>完成（Enter）</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Answer aloud</source>
        <translation>大声回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+225"/>
        <source>Answer aloud — the microphone is listening</source>
        <translation>大声回答——麦克风正在收听</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>I have finished answering</source>
        <translation>我已回答完毕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type instead (T)</source>
        <translation>改为输入 (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type this answer instead</source>
        <translation>这一题改为输入回答</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rate your answer</source>
        <translation>给你的回答评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say it like this</source>
        <translation>可以这样说</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1  Right</source>
        <translation>1  正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I said it right</source>
        <translation>我说对了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2  Close</source>
        <translation>2  接近</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I nearly said it</source>
        <translation>我差不多说对了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3  Wrong</source>
        <translation>3  错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I said it wrong</source>
        <translation>我说错了</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat (R)</source>
        <translation>重复（R）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the agent to repeat the question</source>
        <translation>请面试官重复问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Could you repeat that?” — R, or Alt+R while typing</source>
        <translation>“能再说一遍吗？”— 按 R，输入时按 Alt+R</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slower (S)</source>
        <translation>慢一点（S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the agent to repeat it slower</source>
        <translation>请面试官放慢速度重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“A bit slower, please” — S, or Alt+S while typing</source>
        <translation>“请说慢一点” — 按 S，输入时按 Alt+S</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+75"/>
        <source>Pause (F8)</source>
        <translation>暂停 (F8)</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+74"/>
        <source>Pause the call</source>
        <translation>暂停通话</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>🎧 Listen — captions are off</source>
        <translation>🎧 请听 — 字幕已关闭</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resume (F8)</source>
        <translation>继续 (F8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the call</source>
        <translation>继续通话</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Answer out loud, then tick what you covered (1–%1), Enter when done:</source>
        <translation>大声回答，然后勾选你讲到的要点（1–%1），完成后按 Enter：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check your ID as the agent would — tick what held (1–%1), then Enter:</source>
        <translation>像审核员那样检查你的证件——勾选符合的项（1–%1），然后按 Enter：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Speaking… — Enter when you have finished</source>
        <translation>正在说……——说完后按 Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say it like this: “%1”</source>
        <translation>可以这样说：“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your answer?</source>
        <translation>你的回答怎么样？</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/format.py" line="+20"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>作品集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/charts.py" line="+82"/>
        <location line="+31"/>
        <source>Readiness at the call</source>
        <translation>通话时准备度</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Accuracy so far</source>
        <translation>目前正确率</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Readiness for tomorrow</source>
        <translation>明天的准备度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (not practised)</source>
        <translation>%1（未练习）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: readiness at the call %2%, accuracy %3 (%4 answers)</source>
        <translation>%1：通话时准备度 %2%，正确率 %3（%4 次作答）</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/checklist.py" line="-54"/>
        <source>Alone in a quiet room</source>
        <translation>独自待在安静的房间里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent must see that nobody is helping you; voices or people behind you end the call.</source>
        <translation>审核人员必须看到没有人在帮你；背后有人声或有人出现，通话就会结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good light on your face</source>
        <translation>脸部光线充足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent compares your face with your ID photo: light from the front, no window behind you.</source>
        <translation>审核人员会将你的脸与证件照片比对：光线从正面来，背后不要有窗户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera and microphone tested</source>
        <translation>已测试摄像头和麦克风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Mock call once today: a blocked camera or a muted microphone shows now, not on the call.</source>
        <translation>今天先做一次模拟通话：摄像头被占用或麦克风静音，现在就能发现，而不是在通话中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headset off</source>
        <translation>摘下耳机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of call does not allow a headset: the agent must see your ears and hear the room.</source>
        <translation>这类通话不允许戴耳机：审核人员必须看到你的耳朵并听到房间里的声音。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VPN off, or in your real country</source>
        <translation>关闭 VPN，或使用你真实所在的国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your connection&apos;s location is compared with your profile&apos;s country: a VPN elsewhere looks like someone else.</source>
        <translation>你的网络位置会与资料中的国家比对：连到别处的 VPN 看起来像是另一个人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original ID at hand</source>
        <translation>证件原件在手边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document itself, not a copy or a photo of it: you will hold it up to the camera.</source>
        <translation>要证件原件，不是复印件或照片：你需要把它举到摄像头前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper and a pen</source>
        <translation>纸和笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may be asked to write something down or sign on camera.</source>
        <translation>你可能需要在镜头前写下内容或签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same name on your ID, profile and payout account</source>
        <translation>证件、资料和收款账户上的姓名完全一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another spelling, a missing middle name or someone else&apos;s account is a reason to fail.</source>
        <translation>拼写不同、缺少中间名或使用他人的账户，都可能导致验证失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profile photo is current</source>
        <translation>资料照片是近期的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent compares it with your face on camera: an old or edited photo raises doubts.</source>
        <translation>审核人员会将它与镜头中的你比对：旧照片或修过的照片会引起怀疑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The browser and the meeting link ready</source>
        <translation>浏览器和会议链接已准备好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the link early in an up-to-date browser, allow camera and microphone, close other tabs.</source>
        <translation>提前用最新版浏览器打开链接，允许使用摄像头和麦克风，关闭其他标签页。</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <location line="+62"/>
        <location line="+6"/>
        <source>Before your call</source>
        <translation>通话之前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist progress</source>
        <translation>清单进度</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 of %2 ready</source>
        <translation>已完成 %1/%2 项</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/dashboard.py" line="+74"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before the call</source>
        <translation>通话之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the call: what in your profile an agent may question</source>
        <translation>通话之前：审核人员可能质疑你资料中的哪些地方</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading your progress…</source>
        <translation>正在加载你的进度…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+112"/>
        <source>Practise now</source>
        <translation>立即练习</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>A session of due, weak and new facts (Ctrl+P)</source>
        <translation>练习到期、薄弱和新的要点 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Drill weak facts</source>
        <translation>专练薄弱要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the facts you missed or answered slowly (Ctrl+W)</source>
        <translation>只练答错或答得慢的要点 (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+248"/>
        <source>Readiness at the call</source>
        <translation>通话时准备度</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Time to the call</source>
        <translation>距离通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+280"/>
        <location line="+7"/>
        <source>Set your call date</source>
        <translation>设置通话日期</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+2"/>
        <source>Answers so far</source>
        <translation>累计作答</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Weak facts</source>
        <translation>薄弱要点</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Answer your first questions to see how ready you are</source>
        <translation>回答最初几个问题，看看你的准备程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session asks what a verification agent would ask about your profile and takes a few minutes. Your readiness per category, your weakest facts and your progress then show here.</source>
        <translation>每次练习会问验证审核员可能就你的资料提出的问题，只需几分钟。之后这里会显示各类别的准备度、最薄弱的要点和你的进度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start your first practice session</source>
        <translation>开始第一次练习</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness and accuracy by category</source>
        <translation>各类别的准备度和正确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness at the call and accuracy so far, per category</source>
        <translation>各类别的通话时准备度和目前正确率</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Your weak facts</source>
        <translation>你的薄弱要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>要点</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Recall</source>
        <translation>记忆率</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted recall at the call</source>
        <translation>预测通话时记忆率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-click a fact to drill it</source>
        <translation>双击要点进行专练</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Review missed facts</source>
        <translation>回顾答错的要点</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Your progress could not be loaded.</source>
        <translation>无法加载你的进度。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Readiness for tomorrow</source>
        <translation>明天的准备度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 facts practised</source>
        <translation>已练习 %1/%2 个要点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1</source>
        <translation>上次练习：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No practice yet</source>
        <translation>尚未练习</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 answers right</source>
        <translation>答对 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed recently or answered slowly</source>
        <translation>最近答错或答得慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None right now</source>
        <translation>目前没有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows after your first session</source>
        <translation>第一次练习后显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start with a short practice session</source>
        <translation>先做一次简短的练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile has %1 facts to rehearse.</source>
        <translation>你的资料有 %1 个要点需要练习。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the call</source>
        <translation>在通话时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>if the call were tomorrow</source>
        <translation>如果明天通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You would recall about %1% of your facts %2.</source>
        <translation>%2，你大约能记住 %1% 的要点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill your %1 weak facts first, then keep practising.</source>
        <translation>先专练 %1 个薄弱要点，然后继续练习。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 facts are still new: keep practising to cover them all.</source>
        <translation>还有 %1 个要点未练习：继续练习，全部覆盖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weak facts: a short session a day keeps them fresh.</source>
        <translation>没有薄弱要点：每天简短练习一次即可保持记忆。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness is for tomorrow until you set a date.</source>
        <translation>设置日期前，准备度按明天计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the date</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>已过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was on %1. Set the date of your next call.</source>
        <translation>通话已于 %1 进行。请设置下一次通话的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No weak facts right now: what you miss or answer slowly shows up here.</source>
        <translation>目前没有薄弱要点：答错或答得慢的要点会显示在这里。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>slow</source>
        <translation>答得慢</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Readiness at the call per day, up to the call date</source>
        <translation>每天的通话时准备度，直到通话日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your readiness at the call each day you practised, up to the call date</source>
        <translation>你每个练习日的通话时准备度，直到通话日期</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>missed</source>
        <translation>答错</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Double-click a fact to drill it.</source>
        <translation>双击要点进行专练。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 weak facts in all.</source>
        <translation>共 %1 个薄弱要点。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/date_field.py" line="+28"/>
        <source>A year (2019), a month (2019-03) or a day (2019-03-14). Leave out what the profile does not say: no day is ever made up.</source>
        <translation>年份（2019）、月份（2019-03）或具体日期（2019-03-14）。资料中没有的部分请留空：绝不会编造日期。</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/entry_list.py" line="+31"/>
        <source>List of %1 entries</source>
        <translation>%1列表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this %1</source>
        <translation>删除此%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <translation>上移 (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>下移 (Alt+Down)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This entry has a problem to fix</source>
        <translation>此条目有问题需要修正</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/errors.py" line="+25"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify_coach hit an unexpected problem. Your answers so far are saved.</source>
        <translation>verify_coach 遇到了意外问题。你目前的回答都已保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open your data</source>
        <translation>无法打开你的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can start with a fresh database. The current file will be kept, untouched, in a folder next to it, so nothing is deleted.</source>
        <translation>你可以使用一个新的数据库重新开始。当前文件会原样保存在旁边的文件夹中，不会删除任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start fresh, keep the old file</source>
        <translation>重新开始，保留旧文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Old data kept</source>
        <translation>旧数据已保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your old data is in %1</source>
        <translation>你的旧数据在 %1</translation>
    </message>
</context>
<context>
    <name>ExplainCard</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/explain_card.py" line="+37"/>
        <source>Be ready to explain</source>
        <translation>准备好解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer out loud as you would on the call, or type your answer (you may leave it empty).</source>
        <translation>像在通话中那样大声回答，或者输入你的回答（可以留空）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (optional)</source>
        <translation>你的回答（可选）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have answered (Ctrl+Enter)</source>
        <translation>我已回答（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have answered</source>
        <translation>我已回答</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What a good answer covers</source>
        <translation>好的回答应包括</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick what you covered, then rate your answer.</source>
        <translation>勾选你答到的要点，然后给自己的回答评分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How was your answer?</source>
        <translation>你的回答怎么样？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1  Good</source>
        <translation>1  好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2  Okay</source>
        <translation>2  一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3  Poor</source>
        <translation>3  差</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/export.py" line="+32"/>
        <source>PDF study sheet (*.pdf)</source>
        <translation>PDF 复习单 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML study sheet (*.html)</source>
        <translation>HTML 复习单 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown study sheet (*.md)</source>
        <translation>Markdown 复习单 (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer history, CSV (*.csv)</source>
        <translation>答题记录，CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 卡组 (*.apkg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the facts I keep missing</source>
        <translation>只包含我常答错的要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only weak facts</source>
        <translation>只含薄弱要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The study sheet lists your key facts with the ones you miss first. It is for before the call — put it away when the call starts.</source>
        <translation>复习单列出你的关键要点，常答错的排在前面。它用于通话前复习——通话开始时请收起来。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 answers in your history.</source>
        <translation>你的记录中共有 %1 次作答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Anki deck of the questions of your profile.</source>
        <translation>由你的资料问题生成的 Anki 卡组。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FactLabel</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/fact_labels.py" line="+28"/>
        <source>Your full name</source>
        <translation>你的全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your date of birth</source>
        <translation>你的出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your street address</source>
        <translation>你的街道地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city you live in</source>
        <translation>你居住的城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your state / province / region</source>
        <translation>你所在的州 / 省 / 地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your postal code</source>
        <translation>你的邮政编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country you live in</source>
        <translation>你居住的国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your phone number</source>
        <translation>你的电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email address</source>
        <translation>你的电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nationality</source>
        <translation>你的国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID document you will show</source>
        <translation>你将出示的身份证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your hourly rate on {p}</source>
        <translation>你在 {p} 上的时薪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile title on {p}</source>
        <translation>你在 {p} 上的资料标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you joined {p}</source>
        <translation>你加入 {p} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location shown on your {p} profile</source>
        <translation>你的 {p} 资料上显示的所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your time zone</source>
        <translation>你的时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs completed on {p} (as shown)</source>
        <translation>在 {p} 上完成的工作数（资料所示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total earnings on {p} (as shown)</source>
        <translation>在 {p} 上的总收入（资料所示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Job Success Score (%)</source>
        <translation>你的工作成功率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you withdraw your earnings</source>
        <translation>你提取收入的方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your categories on {p}</source>
        <translation>你在 {p} 上的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your English level on the profile</source>
        <translation>资料上你的英语水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your level of {s}</source>
        <translation>你的{s}水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The languages on your profile</source>
        <translation>资料上列出的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first skills listed on your profile</source>
        <translation>资料上列在最前面的技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many skills your profile lists</source>
        <translation>资料上列出的技能数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company where you were employed from {d}</source>
        <translation>你从{d}起受雇的公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company where you were employed</source>
        <translation>你受雇的公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company where you were {t} from {d}</source>
        <translation>{d}起你任 {t} 的公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company where you were {t}</source>
        <translation>你任 {t} 的公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your job title at {s}</source>
        <translation>你在 {s} 的职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you started at {s}</source>
        <translation>你在 {s} 开始的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you left {s}</source>
        <translation>你离开 {s} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you worked for {s}</source>
        <translation>你为 {s} 工作的地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months you have worked at {s}</source>
        <translation>你已在 {s} 工作的月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months you worked at {s}</source>
        <translation>你在 {s} 工作的月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first employer</source>
        <translation>你的第一个雇主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you work now</source>
        <translation>你现在工作的地方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your years of professional experience</source>
        <translation>你的工作年限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many employers your profile lists</source>
        <translation>资料上列出的雇主数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you studied</source>
        <translation>你就读的学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you studied {t}</source>
        <translation>你学习 {t} 的学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your degree from {s}</source>
        <translation>你在 {s} 获得的学位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you studied at {s}</source>
        <translation>你在 {s} 学的专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you finished at {s}</source>
        <translation>你在 {s} 毕业的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who issued your {s} certification</source>
        <translation>你的 {s} 证书的颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you earned {s}</source>
        <translation>你获得 {s} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certifications</source>
        <translation>你的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client or company you built {s} for</source>
        <translation>你为谁做了 {s}（客户或公司）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on {s}</source>
        <translation>你在 {s} 中的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you completed {s}</source>
        <translation>你完成 {s} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you started {s}</source>
        <translation>你开始 {s} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you finished {s}</source>
        <translation>你结束 {s} 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The skills you used on {s}</source>
        <translation>你在 {s} 中用到的技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you were working when you built {s}</source>
        <translation>你做 {s} 时所在的公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your most recent portfolio project</source>
        <translation>你最近的作品集项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client of your {p} job “{t}”</source>
        <translation>你的 {p} 工作“{t}”的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your {p} job “{t}” started</source>
        <translation>你的 {p} 工作“{t}”开始的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rate on the {p} job “{t}”</source>
        <translation>你在 {p} 工作“{t}”中的费率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget of the {p} job “{t}”</source>
        <translation>{p} 工作“{t}”的预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s rating for “{t}” (stars)</source>
        <translation>客户对“{t}”的评分（星）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many jobs your {p} work history lists</source>
        <translation>你的 {p} 工作记录中列出的工作数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/question_card.py" line="+354"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time taken</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fact</source>
        <translation>要点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I was right (Ctrl+Shift+R)</source>
        <translation>我答对了 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was right</source>
        <translation>我答对了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer was right and the grader missed it: count it as right (rated Hard) and accept this answer from now on. Ctrl+Z takes it back.</source>
        <translation>你的回答其实是对的，只是评分没有识别：把它算作答对（评为“困难”），以后也接受这个回答。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last answer</source>
        <translation>撤销上一个回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this answer from your history and ask the question again</source>
        <translation>从记录中删除此回答并重新提问</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Next question (Enter)</source>
        <translation>下一题 (Enter)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not quite</source>
        <translation>不太对</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You said: %1</source>
        <translation>你的回答：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See the summary (Enter)</source>
        <translation>查看总结 (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked right by you</source>
        <translation>已由你标记为答对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted as right (rated Hard); this answer is accepted for this fact from now on. Ctrl+Z takes it back.</source>
        <translation>已算作答对（评为“困难”）；以后这个事实也接受这个回答。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/format.py" line="+45"/>
        <location line="+13"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You believed this was true.</source>
        <translation>你以为这句话是对的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You believed this was false.</source>
        <translation>你以为这句话是错的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is true.</source>
        <translation>这句话是对的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is false.</source>
        <translation>这句话是错的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is true: your profile has %1.</source>
        <translation>这句话是对的：你的资料写的是 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is false: your profile has %1.</source>
        <translation>这句话是错的：你的资料写的是 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>thought “%1” was true</source>
        <translation>以为“%1”是对的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thought “%1” was false</source>
        <translation>以为“%1”是错的</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missed recently</source>
        <translation>最近答错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed unexpectedly</source>
        <translation>意外答错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slow</source>
        <translation>答得慢</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, </source>
        <comment>separator between the items of a short list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/grading_text.py" line="+27"/>
        <source>Right.</source>
        <translation>答对了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer.</source>
        <translation>没有作答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right — the profile says {a}.</source>
        <translation>答对了——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right — the profile has your full name: {a}.</source>
        <translation>答对了——资料上是你的全名：{a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right — {a} can be read two ways; it matches {b}.</source>
        <translation>答对了——{a} 有两种读法，其中一种与 {b} 相符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>One small typo forgiven.</source>
        <translation>原谅了一个小笔误。</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>{n} small typos forgiven.</source>
        <translation>原谅了 {n} 个小笔误。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Not quite — the profile says {a}.</source>
        <translation>不太对——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not quite — it&apos;s {a}.</source>
        <translation>不太对——应该是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close, but the profile says {a}.</source>
        <translation>很接近，但资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close, but an email address must be exact: {a}.</source>
        <translation>很接近，但电子邮箱必须完全一致：{a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close — it&apos;s {a}.</source>
        <translation>很接近——应该是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less precise — the profile says {a}.</source>
        <translation>不够精确——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One digit off — the profile says {a}.</source>
        <translation>差了一位数字——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers differ — the profile says {a}.</source>
        <translation>数字不一致——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level matters: the profile says {a}.</source>
        <translation>水平很重要：资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no value to compare with.</source>
        <translation>资料上没有可以比较的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That doesn&apos;t read as a date — it was {d}.</source>
        <translation>这看起来不像日期——应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which year? It was {d}.</source>
        <translation>哪一年？应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong year: it was {d}.</source>
        <translation>年份不对：应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right — the profile only says {d}.</source>
        <translation>答对了——资料上只写了{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the year — the month is {a}.</source>
        <translation>只说了年份——月份是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the year — it was {d}.</source>
        <translation>只说了年份——应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right year, wrong month: it was {d}.</source>
        <translation>年份对，月份不对：应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right month — the profile gives the day too: {d}.</source>
        <translation>月份对——资料上还写了具体日期：{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right month, wrong day: it was {d}.</source>
        <translation>月份对，日期不对：应该是{d}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That doesn&apos;t read as an amount — the profile says {a}.</source>
        <translation>这看起来不像金额——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That doesn&apos;t read as a number — it&apos;s {a}.</source>
        <translation>这看起来不像数字——应该是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one amount — the profile says {a}.</source>
        <translation>请只说一个金额——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one number — it&apos;s {a}.</source>
        <translation>请只说一个数字——应该是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right amount, different currency: the profile says {a}.</source>
        <translation>金额对，货币不对：资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different amount and currency: the profile says {a}.</source>
        <translation>金额和货币都不对：资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right amount, but the profile says {a} — {b}, not {c}.</source>
        <translation>金额对，但资料上写的是 {a}——{b}，不是 {c}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different amount: the profile says {a} ({b}).</source>
        <translation>金额不对：资料上写的是 {a}（{b}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different amount: the profile says {a}.</source>
        <translation>金额不对：资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {m} — missed {a}.</source>
        <translation>答对 {n}/{m}——漏了 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {n} are there, but the profile doesn&apos;t list {a} — the question asks for the list as it is on your profile.</source>
        <translation>{n} 项都说到了，但资料上没有 {a}——问题问的是资料上原样列出的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {n} are there, but the profile doesn&apos;t list {a} — naming everything you can think of is not recalling your profile.</source>
        <translation>{n} 项都说到了，但资料上没有 {a}——把想到的都说出来不等于记得你的资料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All there, but the profile doesn&apos;t list {a}.</source>
        <translation>都说到了，但资料上没有 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing {a} — the profile says {b}; another organisation may have the rest of that name.</source>
        <translation>漏了 {a}——资料上写的是 {b}；名称的其余部分可能属于另一个机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing {a} — the profile says {b}.</source>
        <translation>漏了 {a}——资料上写的是 {b}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile says {a}, without {b}.</source>
        <translation>资料上写的是 {a}，没有 {b}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} is not {b} — that is a different name. The profile says {c}.</source>
        <translation>{a} 不是 {b}——这是另一个名字。资料上写的是 {c}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} is a different organisation from {b} ({c} is not in its name).</source>
        <translation>{a} 和 {b} 是不同的机构（它的名称里没有 {c}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough to tell which one — the profile says {a}.</source>
        <translation>不足以判断是哪一个——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said which level it is not — the profile says {a}.</source>
        <translation>你说的是它不是哪个水平——资料上写的是 {a}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said it was not {a} — but the profile says it is.</source>
        <translation>你说不是 {a}——但资料上写的正是它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is far too long for one answer — say just the value.</source>
        <translation>一个回答太长了——只说那个值即可。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} is not right — the profile says {b}.</source>
        <translation>{a} 不对——资料上写的是 {b}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} instead of {b} — the profile says {c}.</source>
        <translation>说成了 {a} 而不是 {b}——资料上写的是 {c}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} is not {b} — the profile says {c}.</source>
        <translation>{a} 不是 {b}——资料上写的是 {c}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile says {a} — not {b}.</source>
        <translation>资料上写的是 {a}——不是 {b}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} is not {b}.</source>
        <translation>{a} 不是 {b}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on the profile: {a}.</source>
        <translation>资料上没有：{a}。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/help.py" line="+10"/>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise weak facts</source>
        <translation>练习薄弱要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cram before the call (does not change your schedule)</source>
        <translation>通话前突击（不影响你的复习计划）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review missed facts</source>
        <translation>回顾答错的要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call</source>
        <translation>模拟通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile editor</source>
        <translation>资料编辑器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the call date</source>
        <translation>设置通话日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a profile (or drop a file on the window)</source>
        <translation>导入资料（或将文件拖到窗口上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>新建资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile you are editing</source>
        <translation>保存正在编辑的资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile as a file</source>
        <translation>把资料另存为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile editor: the next or previous section</source>
        <translation>资料编辑器：下一个或上一个部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile editor: redo</source>
        <translation>资料编辑器：重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a study sheet</source>
        <translation>导出复习单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (your answers are already saved)</source>
        <translation>退出（你的回答已经保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit an answer / go to the next question</source>
        <translation>提交回答 / 进入下一题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a choice</source>
        <translation>选择一个选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice: answer aloud on or off (Alt+A while typing)</source>
        <translation>练习：打开或关闭大声回答（输入时按 Alt+A）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An answer said aloud: Right, Close, Wrong; an open or explain question: Good, Okay, Poor (in the call: tick the points)</source>
        <translation>大声说出的回答：对、接近、错；开放题或解释题：好、一般、差（在通话中：勾选要点）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An answer said aloud: hear the right answer, play what you said</source>
        <translation>大声说出的回答：听正确答案，播放你说的话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be ready to explain: I have answered</source>
        <translation>准备好解释：我已回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last answer (or the last edit in the profile editor)</source>
        <translation>撤销上一个回答（或资料编辑器中的上一步编辑）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I was right: count a wrong verdict as right (after a typed answer)</source>
        <translation>我答对了：把判错的回答算作答对（仅限输入的回答）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session and see its summary</source>
        <translation>结束练习并查看总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the missed facts</source>
        <translation>搜索答错的要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call: ask the agent to repeat the question (Alt+R while typing)</source>
        <translation>模拟通话：请审核员重复问题（输入时按 Alt+R）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call: ask the agent to repeat it slower (Alt+S while typing)</source>
        <translation>模拟通话：请审核员放慢速度重复（输入时按 Alt+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call: pause or resume</source>
        <translation>模拟通话：暂停或继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call: type this answer instead of saying it</source>
        <translation>模拟通话：这次输入回答，而不是说出来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call: end the call (asks first)</source>
        <translation>模拟通话：结束通话（会先确认）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How verify_coach works</source>
        <translation>verify_coach 如何使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load your own profile (import it, type it in, or try the demo). verify_coach turns its key facts into the questions an agent asks on a verification call. Answer them in Practice; every answer is saved at once. The dashboard shows how ready you are for the date of your call, and Missed facts lists what you get wrong or answer slowly.</source>
        <translation>载入你自己的资料（导入、手动填写或试用演示资料）。verify_coach 会把其中的关键要点变成验证通话中审核员会问的问题。在“练习”中回答，每个回答都会立即保存。“概览”显示你在通话当天的准备程度，“错题回顾”列出你答错或答得慢的要点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readiness is the predicted chance that you recall each fact at the moment of the call. Set the call date so practice is planned for it. Slow answers count: hesitation matters on a call.</source>
        <translation>准备度是预测你在通话时能想起每个要点的概率。设置通话日期后，练习会围绕这一天安排。答得慢也会计入：通话中的犹豫很重要。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use verify_coach only with your own, true profile, and only before the call.</source>
        <translation>只用你自己真实的资料使用 verify_coach，并且只在通话前使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ImportChooser</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/importing.py" line="+116"/>
        <source>Import a profile</source>
        <translation>导入资料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where is your profile?</source>
        <translation>你的资料在哪里？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Resume, LinkedIn export .zip, or a verify_coach file</source>
        <translation>JSON Resume、LinkedIn 导出的 .zip 或 verify_coach 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a folder…</source>
        <translation>从文件夹导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A LinkedIn data export that you unpacked</source>
        <translation>已解压的 LinkedIn 数据导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste profile text…</source>
        <translation>粘贴资料文本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy your profile page (Ctrl+A, Ctrl+C) and paste it</source>
        <translation>复制你的资料页面（Ctrl+A、Ctrl+C）并粘贴</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can also drop a file on the window. Nothing is saved before you confirm.</source>
        <translation>也可以把文件拖到窗口上。确认之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location line="+395"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the unpacked LinkedIn export</source>
        <translation>选择已解压的 LinkedIn 导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a profile</source>
        <translation>导入资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json *.zip *.txt);;All files (*)</source>
        <translation>资料 (*.json *.zip *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be imported. Nothing was changed.</source>
        <translation>无法导入“%1”。未做任何更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of “%1” could not be used: %2 entries were skipped.</source>
        <translation>“%1”中有部分内容无法使用：跳过了 %2 个条目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the rest?</source>
        <translation>导入其余内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some entries could not be read</source>
        <translation>部分条目无法读取</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+51"/>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Imported “%1” — %2 facts to practise.</source>
        <translation>已导入“%1”——%2 个要点可供练习。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has nothing that “%2” does not already have.</source>
        <translation>“%1”中的内容“%2”都已包含。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change whose profile this is?</source>
        <translation>要改变这是谁的资料吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This merge changes “%1”:
%2

Your answers so far were about the old values. Merge anyway?</source>
        <translation>这次合并会改变“%1”：
%2

你到目前为止的回答针对的是原来的信息。仍要合并吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merged %1 changes into “%2”; %3 facts kept their history.</source>
        <translation>已将 %1 处更改合并到“%2”；%3 个要点保留了练习记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import not saved</source>
        <translation>导入未保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>ImportTargetDialog</name>
    <message>
        <location line="-546"/>
        <source>Import a profile</source>
        <translation>导入资料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read “%1”</source>
        <translation>已读取“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as a new profile named:</source>
        <translation>作为新资料导入，名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as a new profile</source>
        <translation>作为新资料导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>导入的资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile</source>
        <translation>新资料的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into “%1” — you see each change before anything is saved</source>
        <translation>合并到“%1”——保存前可以查看每一处更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into the active profile</source>
        <translation>合并到当前资料</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is of %1, and “%2” of %3: merging would change whose profile it is.</source>
        <translation>这个文件属于 %1，而“%2”属于 %3：合并会改变这份资料的主人。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Worth knowing about this file:</source>
        <translation>关于这个文件，值得了解：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the import</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A profile needs a name.</source>
        <translation>资料需要一个名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a profile named “%1”.</source>
        <translation>已有名为“%1”的资料。</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location line="-194"/>
        <source>verify_coach profile</source>
        <translation>verify_coach 资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn data export</source>
        <translation>LinkedIn 数据导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile text</source>
        <translation>资料文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 job</source>
        <translation>1 份工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <translation>%1 份工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 school</source>
        <translation>1 所学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 schools</source>
        <translation>%1 所学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 certificate</source>
        <translation>1 个证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 certificates</source>
        <translation>%1 个证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 project</source>
        <translation>1 个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 skill</source>
        <translation>1 项技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skills</source>
        <translation>%1 项技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 language</source>
        <translation>1 种语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 languages</source>
        <translation>%1 种语言</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/aloud.py" line="+31"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/list_field.py" line="+81"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected %1</source>
        <translation>删除选中的%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the %1 up (Alt+Up)</source>
        <translation>上移%1 (Alt+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the %1 down (Alt+Down)</source>
        <translation>下移%1 (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ListeningPanel</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/aloud.py" line="+62"/>
        <location line="+24"/>
        <source>Listening — say your answer</source>
        <translation>正在收听——请说出你的回答</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Listening</source>
        <translation>正在收听</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have finished answering</source>
        <translation>我已回答完毕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End your answer now (Enter or Space); it also ends by itself after a pause</source>
        <translation>现在结束回答（Enter 或空格）；停顿一会儿后也会自动结束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type instead (A)</source>
        <translation>改为输入 (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type this answer instead</source>
        <translation>这一题改为输入回答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone: %1 · the answer ends after a short pause</source>
        <translation>麦克风：%1 · 短暂停顿后回答即结束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaking… (started after %1)</source>
        <translation>正在说……（%1 后开始）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking…</source>
        <translation>正在说……</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your microphone is clipping: move it away a little or turn its level down.</source>
        <translation>麦克风声音过载：请把它移远一点或调低音量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heard you — now rate your answer</source>
        <translation>听到了——现在给你的回答评分</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../verify_coach/ui/main_window.py" line="+65"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was earlier today</source>
        <translation>已于今天早些时候</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was 1 day ago</source>
        <translation>已于 1 天前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was %1 days ago</source>
        <translation>已于 %1 天前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day %1 h</source>
        <translation>1 天 %1 小时后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 days %2 h</source>
        <translation>%1 天 %2 小时后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>%1 小时 %2 分后</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed facts</source>
        <translation>错题回顾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mock call</source>
        <translation>模拟通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active profile</source>
        <translation>当前资料</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time until the call</source>
        <translation>距离通话的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness for the call</source>
        <translation>通话准备度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Set call date…</source>
        <translation>设置通话日期…</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Set the date of the call</source>
        <translation>设置通话日期</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile…</source>
        <translation>导入资料(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New profile</source>
        <translation>新建资料(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile &amp;as…</source>
        <translation>资料另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export study sheet…</source>
        <translation>导出复习单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practise</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise &amp;weak facts</source>
        <translation>练习薄弱要点(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cram before the call</source>
        <translation>通话前突击(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review missed facts</source>
        <translation>回顾答错的要点(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mock call</source>
        <translation>模拟通话(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set call &amp;date…</source>
        <translation>设置通话日期(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>概览(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile</source>
        <translation>个人资料(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help and shortcuts</source>
        <translation>帮助和快捷键(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About verify_coach</source>
        <translation>关于 verify_coach(&amp;A)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Opening your data…</source>
        <translation>正在打开你的数据…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Readiness %1%</source>
        <translation>准备度 %1%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No call date set</source>
        <translation>未设置通话日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call %1 · %2</source>
        <translation>通话：%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>About verify_coach</source>
        <translation>关于 verify_coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;verify_coach&lt;/b&gt;&lt;br&gt;Rehearse the facts of your own profile before an identity-verification call. Everything stays on this computer.</source>
        <translation>&lt;b&gt;verify_coach&lt;/b&gt;&lt;br&gt;在身份验证通话前，熟练掌握你自己资料中的要点。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../verify_coach/ui/app.py" line="+292"/>
        <source>The new language applies as soon as you finish what you are doing.</source>
        <translation>你完成当前操作后，新语言会立即生效。</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/importing.py" line="+167"/>
        <source>Review the import</source>
        <translation>检查导入内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import “%1” into “%2”</source>
        <translation>将“%1”导入“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to add, %2 to change, %3 to remove. Only the ticked changes are saved, all in one step; nothing is saved if you cancel. Removals are not ticked: tick one only if that entry should really go.</source>
        <translation>新增 %1 项，修改 %2 项，删除 %3 项。只有勾选的更改会一次性保存；取消则不保存任何内容。删除项默认不勾选：只有确实要删除该条目时才勾选。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to import</source>
        <translation>要导入的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all changes</source>
        <translation>勾选所有更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all changes</source>
        <translation>取消勾选所有更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of ticked changes</source>
        <translation>已勾选的更改数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply the ticked changes</source>
        <translation>应用勾选的更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proficiency</source>
        <translation>熟练程度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 changes ticked</source>
        <translation>已勾选 %1/%2 处更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply %1 changes</source>
        <translation>应用 %1 处更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply 1 change</source>
        <translation>应用 1 处更改</translation>
    </message>
</context>
<context>
    <name>MicTestDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/mic_test.py" line="+38"/>
        <source>Test your microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Hearing you…</source>
        <translation>正在听你说……</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Choose your microphone, then press Record and read the sentence below aloud, as you would answer the agent. You hear it played back. Nothing is kept.</source>
        <translation>选择你的麦克风，然后按“录音”，像回答审核员一样大声读出下面的句子。之后会回放给你听。不会保留任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record (R)</source>
        <translation>录音 (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a test sentence</source>
        <translation>录一句测试语音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play it back (P)</source>
        <translation>回放 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the test back</source>
        <translation>回放测试录音</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Microphone test result</source>
        <translation>麦克风测试结果</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Listening — read the sentence aloud now.</source>
        <translation>正在收听——现在请大声读出这句话。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was heard. Check that the right microphone is chosen and not muted, then try again.</source>
        <translation>没有听到声音。请确认选择了正确的麦克风且未静音，然后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heard you, but the sound is clipping: move the microphone away a little or turn its level down.</source>
        <translation>听到了，但声音过载：请把麦克风移远一点或调低音量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heard you, but quietly: move closer or turn the microphone&apos;s level up.</source>
        <translation>听到了，但声音偏小：请靠近一些或调高麦克风音量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your microphone works: the app hears you clearly.</source>
        <translation>麦克风工作正常：应用能清楚地听到你。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Play to hear yourself.</source>
        <translation>按“回放”听听自己的声音。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The microphone cannot be used (%1).</source>
        <translation>无法使用麦克风（%1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../../verify_coach/audio.py" line="+87"/>
        <source>No microphone found — answers are typed. Connect a microphone or a headset and choose it in Settings to answer aloud.</source>
        <translation>未找到麦克风——改为输入回答。连接麦克风或耳机并在“设置”中选择它，即可大声回答。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Qt Multimedia could not be loaded (%1) — answers are typed.</source>
        <translation>无法加载 Qt 多媒体（%1）——改为输入回答。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No microphone found.</source>
        <translation>未找到麦克风。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: access may be refused (check the system&apos;s privacy settings) or another app is using it. Answers are typed.</source>
        <translation>无法打开%1：可能被拒绝访问（请检查系统隐私设置），或有其他应用正在使用它。改为输入回答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stopped working (unplugged?). Answers are typed from here; what you said so far is kept.</source>
        <translation>%1停止工作（被拔出了？）。接下来改为输入回答；你目前说的内容会保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be used right now. Answers are typed.</source>
        <translation>%1目前无法使用。改为输入回答。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>The microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 sends no sound: another app may be holding it, or access is refused. Answers are typed.</source>
        <translation>%1没有传来声音：可能被其他应用占用，或访问被拒绝。改为输入回答。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was disconnected. Answers are typed from here; what you said so far is kept.</source>
        <translation>%1已断开。接下来改为输入回答；你目前说的内容会保留。</translation>
    </message>
</context>
<context>
    <name>MissedFactsModel</name>
    <message>
        <location filename="../../verify_coach/ui/screens/review.py" line="+118"/>
        <source>Recall
at call</source>
        <translation>通话时
记忆率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fact</source>
        <translation>要点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct value</source>
        <translation>正确内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your wrong answers</source>
        <translation>你的错误回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>上次练习</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median
time</source>
        <translation>用时
中位数</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Share of your answers that were right</source>
        <translation>你答对的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted chance that you recall it at the call (tomorrow if no date is set)</source>
        <translation>预测你在通话时能想起它的概率（未设置日期时按明天计算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time of your recent answers</source>
        <translation>最近几次作答用时的中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you answered instead, most recent first</source>
        <translation>你给出的其他回答，最近的在前</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weak: %1</source>
        <translation>薄弱原因：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 right</source>
        <translation>答对 %1/%2</translation>
    </message>
</context>
<context>
    <name>MockCallScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/mock_call.py" line="+82"/>
        <source>Mock call</source>
        <translation>模拟通话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your microphone is clipping: move it away a little or turn its level down.</source>
        <translation>麦克风声音过载：请把它移远一点或调低音量。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rehearse the verification call</source>
        <translation>演练验证通话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seconds to start answering</source>
        <translation>开始作答前的秒数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to start answering</source>
        <translation>内开始作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show captions (untick to practise listening)</source>
        <translation>显示字幕（取消勾选以练习听力）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show captions</source>
        <translation>显示字幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say the facts aloud</source>
        <translation>大声说出要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer aloud in the mock call</source>
        <translation>在模拟通话中大声回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The microphone times your answer; then you rate it against “Say it like this”. Untick to type the facts.</source>
        <translation>麦克风为你的回答计时；然后你对照“可以这样说”给自己评分。取消勾选则改为输入要点。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Test your microphone…</source>
        <translation>测试麦克风…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test your microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Answers</source>
        <translation>回答方式</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The agent asks aloud, in the order of a real call of the type you choose, follows up on what you say and asks to see your ID. Say each fact aloud as you would on the call (or type it), then rate yourself against how to say it; answer the open questions out loud. Look at the camera, not at the keyboard.</source>
        <translation>审核员会按你所选通话类型的真实顺序大声提问，针对你的回答追问，并要求查看你的证件。像在真实通话中那样大声说出每个要点（或输入），然后对照正确说法给自己评分；开放式问题请大声回答。请看着摄像头，而不是键盘。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Agent&apos;s accent</source>
        <translation>面试官的口音</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Any accent</source>
        <translation>任意口音</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Accent</source>
        <translation>口音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent&apos;s voice</source>
        <translation>审核员的声音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading voices…</source>
        <translation>正在加载语音…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this type of call</source>
        <translation>关于此类通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Test the voice</source>
        <translation>试听语音</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Camera and privacy</source>
        <translation>摄像头和隐私</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this rehearsal so I can watch it back</source>
        <translation>录制本次演练，方便之后回看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this rehearsal</source>
        <translation>录制本次演练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recordings</source>
        <translation>你的录像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>录像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recordings. Turn recording on above to watch yourself afterwards.</source>
        <translation>没有录像。在上方开启录制，之后即可回看自己的表现。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the recording</source>
        <translation>播放录像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recording</source>
        <translation>删除录像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the mock call (Enter)</source>
        <translation>开始模拟通话 (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the mock call</source>
        <translation>开始模拟通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the call: say (or type) the answer, Enter ends it · 1 / 2 / 3 rate it · T types instead · R repeats, S slower (Alt+R / Alt+S while typing) · F8 pauses · Esc ends</source>
        <translation>通话中：说出（或输入）回答，按 Enter 结束 · 1 / 2 / 3 评分 · T 改为输入 · R 重复，S 放慢（输入时按 Alt+R / Alt+S）· F8 暂停 · Esc 结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rehearsal for before the call. On the real call you answer on your own: verify_coach has no overlay or prompting for live calls.</source>
        <translation>这是通话前的演练。真实通话中需要你独立回答：verify_coach 不会在真实通话中显示任何浮层或提示。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed or at risk, and what to drill next</source>
        <translation>通过还是有风险，以及接下来要专练什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About you</source>
        <translation>关于你</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“Tell me about yourself”, answered out loud</source>
        <translation>“介绍一下你自己”，大声回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your work</source>
        <translation>你的工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employers, projects, the rate — with follow-ups</source>
        <translation>雇主、项目、费率——包含追问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote work, how you found the platform</source>
        <translation>远程工作经历，你是如何找到这个平台的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short prompts: name, birth date, address, occupation</source>
        <translation>简短提问：姓名、出生日期、地址、职业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front and back, closer, next to your face</source>
        <translation>正面和背面，靠近一些，放在脸旁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liveness</source>
        <translation>活体检测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn your head, read a code aloud</source>
        <translation>转头，大声读出一串数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your rate, current work and a project — with follow-ups</source>
        <translation>你的费率、当前工作和一个项目——包含追问</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+680"/>
        <source>Your account</source>
        <translation>你的账户</translation>
    </message>
    <message>
        <location line="-680"/>
        <source>Who uses it, remote desktops, other accounts</source>
        <translation>谁在使用、远程桌面、其他账户</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Microphone: %1 · the answer ends after a short pause · Enter ends it now · T to type instead</source>
        <translation>麦克风：%1 · 短暂停顿后回答即结束 · 按 Enter 立即结束 · 按 T 改为输入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing heard yet — answer aloud, or press T to type.</source>
        <translation>还没有听到声音——请大声回答，或按 T 改为输入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The recording cannot be played: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You started after %1 s</source>
        <translation>你在 %1 秒后开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished after %1 s</source>
        <translation>%1 秒后说完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It sounded like: “%1”</source>
        <translation>听起来像：“%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bank video-KYC</source>
        <translation>银行视频 KYC</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Under 10 minutes on Google Meet. The agent&apos;s camera is off, yours is on: your identity, your ID, your current work, a project, your rate, and who uses the account.</source>
        <translation>在 Google Meet 上，不到 10 分钟。审核员的摄像头关闭，你的摄像头开启：你的身份、证件、当前工作、一个项目、你的费率，以及谁在使用这个账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10–15 minutes with a recruiter or a client: open questions, your work and rate, remote-work experience, and follow-ups on what you say. No ID.</source>
        <translation>与招聘人员或客户进行 10–15 分钟的通话：开放式问题、你的工作和费率、远程工作经验，以及针对你回答的追问。不查看证件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2–4 minutes of short checklist prompts, your ID front and back, and a liveness check. Strict: one wrong identity answer fails the call.</source>
        <translation>2–4 分钟的简短清单式提问，出示证件正反面，并进行活体检测。非常严格：一个身份问题答错即不通过。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to ask yet</source>
        <translation>暂时没有可问的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent asks about the facts of your profile, and this profile has none yet. Fill in your identity, jobs, rates and education, or import your profile.</source>
        <translation>审核员会询问你资料中的要点，而此资料还没有任何要点。请填写身份信息、工作、费率和教育背景，或导入你的资料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the profile editor</source>
        <translation>打开资料编辑器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting the call…</source>
        <translation>正在接通…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting</source>
        <translation>正在接通</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>No voice — captions only</source>
        <translation>无语音——仅显示字幕</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This rehearsal will be recorded (camera and microphone) to your recordings folder, readable only by you. Nothing is sent anywhere; delete recordings below at any time.</source>
        <translation>本次演练将被录制（摄像头和麦克风）到你的录像文件夹，只有你能查看。不会发送到任何地方；你可以随时在下方删除录像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is recorded. Your camera image is only shown on this screen while the call runs — never saved or sent anywhere.</source>
        <translation>不会录制任何内容。摄像头画面只在通话期间显示在此屏幕上——不会保存或发送到任何地方。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete recording</source>
        <translation>删除录像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this recording for good? It cannot be restored.</source>
        <translation>永久删除此录像？删除后无法恢复。</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Recording needs a camera, so nothing is recorded.</source>
        <translation>录制需要摄像头，因此不会录制任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 verification</source>
        <translation>%1 验证</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is introducing the call — press Enter to skip.</source>
        <translation>审核员正在介绍通话——按 Enter 跳过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification agent</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listen to the question — then answer aloud.</source>
        <translation>先听问题——然后大声回答。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your ID · step %1 of %2</source>
        <translation>你的证件 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold your ID here</source>
        <translation>把证件放在这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do as the agent asks — Enter for the next instruction.</source>
        <translation>按审核员的要求做——按 Enter 进入下一条指示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your ID · the self-check</source>
        <translation>你的证件 · 自查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did your ID pass?</source>
        <translation>你的证件通过了吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: add the name exactly as printed on your ID to your profile, and the app compares the two for you.</source>
        <translation>提示：在资料中填写与证件上完全一致的姓名，应用会为你比较两者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your ID name “%1” matches your profile name.</source>
        <translation>你证件上的姓名“%1”与资料中的姓名一致。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not everything of this call was saved. The report shows only what was:</source>
        <translation>这次通话没有全部保存。报告只显示已保存的部分：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>● REC — this rehearsal is being recorded</source>
        <translation>● 录制中——本次演练正在录制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal · nothing is recorded</source>
        <translation>演练 · 不录制</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Be ready to explain</source>
        <translation>准备好解释</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rate your answer · 1 / 2 / 3</source>
        <translation>给你的回答评分 · 1 / 2 / 3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End the call?</source>
        <translation>结束通话？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the mock call now? The answers you gave are kept and the report shows them.</source>
        <translation>现在结束模拟通话吗？你已给出的回答会被保留，并显示在报告中。</translation>
    </message>
    <message>
        <location line="-733"/>
        <location line="+692"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location line="-680"/>
        <location line="+680"/>
        <source>Your profile</source>
        <translation>你的资料</translation>
    </message>
    <message>
        <location line="-686"/>
        <location line="+689"/>
        <source>Open questions</source>
        <translation>开放式问题</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>This profile has no facts an agent could ask about yet: fill in the profile first.</source>
        <translation>此资料还没有审核员可以询问的要点：请先填写资料。</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · 第 %2/%3 题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Ending the call</source>
        <translation>正在结束通话</translation>
    </message>
    <message>
        <location line="-787"/>
        <location line="+6"/>
        <source>Type of call</source>
        <translation>通话类型</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 — %2–%3 min</source>
        <translation>%1 — %2–%3 分钟</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Your name, date of birth and where you are right now</source>
        <translation>你的姓名、出生日期和你现在所在的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Your ID</source>
        <translation>你的证件</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Hold it to the camera, then check it as the agent would</source>
        <translation>把它举到摄像头前，然后像审核员那样检查</translation>
    </message>
    <message>
        <location line="+607"/>
        <source>The call is ending — press Enter to see your report.</source>
        <translation>通话即将结束——按 Enter 查看报告。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Follow-up</source>
        <translation>追问</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agent speaking</source>
        <translation>审核员正在说话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the question…</source>
        <translation>请听题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start answering · %1 s</source>
        <translation>开始作答 · %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering aloud · %1 s</source>
        <translation>正在口头回答 · %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering · %1 s</source>
        <translation>正在作答 · %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hesitating · +%1 s</source>
        <translation>犹豫中 · +%1 秒</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/importing.py" line="+14"/>
        <source>Paste profile text</source>
        <translation>粘贴资料文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the text of your profile page</source>
        <translation>粘贴你的资料页面文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your profile page in the browser, select everything (Ctrl+A), copy it (Ctrl+C) and paste it here (Ctrl+V). What can be recognised opens as a draft in the profile editor, where you check and complete it before anything is saved.</source>
        <translation>在浏览器中打开你的资料页面，全选（Ctrl+A）、复制（Ctrl+C）并粘贴到这里（Ctrl+V）。能识别的内容会作为草稿在资料编辑器中打开，你可以在保存前检查并补全。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile text</source>
        <translation>资料文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wei Zhang
Chengdu, China
Full-Stack Python Developer
$45.00/hr

Skills
Python  Django  React
…</source>
        <translation>Wei Zhang
Chengdu, China
Full-Stack Python Developer
$45.00/hr

Skills
Python  Django  React
…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the pasted text</source>
        <translation>粘贴的文本有问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>Open as draft</source>
        <translation>作为草稿打开</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Read the text and open it as a draft</source>
        <translation>读取文本并作为草稿打开</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in this text looks like a profile. Copy the whole profile page (Ctrl+A, then Ctrl+C) and paste it again.</source>
        <translation>这段文本看起来不像资料。请复制整个资料页面（先 Ctrl+A，再 Ctrl+C）后重新粘贴。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This text could not be read: %1</source>
        <translation>无法读取此文本：%1</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/practice.py" line="+81"/>
        <location line="+64"/>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Practise your profile</source>
        <translation>练习你的资料</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A mix of what is due, what you got wrong and new facts, spaced for the long run.</source>
        <translation>混合到期的、答错过的和新的要点，按间隔重复安排，着眼长期记忆。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start practice</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>Weak facts</source>
        <translation>薄弱要点</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Only the facts you missed recently, missed unexpectedly or answered slowly.</source>
        <translation>只练最近答错、意外答错或答得慢的要点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise weak facts</source>
        <translation>练习薄弱要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+226"/>
        <source>Cram before the call</source>
        <translation>通话前突击</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>The facts you are least likely to recall on the call; your long-term schedule is untouched.</source>
        <translation>通话时你最可能想不起来的要点；不影响你的长期复习计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Be ready to explain</source>
        <translation>准备好解释</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>What in your profile an agent would ask about: answer it aloud, then check what a good answer covers.</source>
        <translation>审核人员会问到你资料中的这些地方：大声回答，然后对照好的回答应包括的要点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise explaining</source>
        <translation>练习解释</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Drill all facts, trivia too</source>
        <translation>练习全部事实（含细节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill all facts</source>
        <translation>练习全部事实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every fact of the profile, with the ones an agent rarely asks (counts, ratings, budgets, issuers). They never decide your readiness.</source>
        <translation>资料中的每一个事实，包括审核人员很少问到的细节（数量、评分、预算、发证机构）。这些细节不会影响你的准备度。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer aloud (Alt+A): say each answer, then rate it against “Say it like this”</source>
        <translation>大声回答 (Alt+A)：说出每个答案，然后对照“可以这样说”评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Answer aloud</source>
        <translation>大声回答</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>No call date set yet. Set it so practice and cramming aim at the day of the call.</source>
        <translation>尚未设置通话日期。设置后，练习和突击都会针对通话当天安排。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set call date…</source>
        <translation>设置通话日期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date of the call</source>
        <translation>设置通话日期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to practise yet</source>
        <translation>暂时没有可练习的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile has no facts yet. Fill in your jobs, rates, education and skills, or import your profile: every detail becomes a question.</source>
        <translation>此资料还没有任何要点。请填写工作、费率、教育背景和技能，或导入你的资料：每条信息都会变成一个问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the profile editor</source>
        <translation>打开资料编辑器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import profile…</source>
        <translation>导入资料…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import profile</source>
        <translation>导入资料</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+389"/>
        <source>Preparing your questions…</source>
        <translation>正在准备问题…</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer aloud (A)</source>
        <translation>大声回答 (A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say your answers instead of typing them (A, or Alt+A while typing)</source>
        <translation>用说代替输入（A，输入时按 Alt+A）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time on this question</source>
        <translation>本题用时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session progress</source>
        <translation>练习进度</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>End session (Esc)</source>
        <translation>结束练习 (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>结束练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers are already saved</source>
        <translation>你的回答已保存</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drilling chosen facts</source>
        <translation>专练所选要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All facts</source>
        <translation>全部事实</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Be ready to explain (%1)</source>
        <translation>准备好解释（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 facts to rehearse · %3 weak</source>
        <translation>%1 · %2 个要点待练习 · %3 个薄弱</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Nothing heard yet — say your answer, or press “I don&apos;t know”.</source>
        <translation>还没有听到声音——请说出你的回答，或按“我不知道”。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>The recording cannot be played: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not a fact question: your rating is kept apart from your fact scores.</source>
        <translation>这不是事实题：你的评分与事实得分分开记录。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The session could not be ended: %1 Your answers are saved; end it again in a moment.</source>
        <translation>无法结束本次练习：%1 你的回答已保存；请稍后再结束一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No weak facts yet: practise first, and what you miss or answer slowly shows up here.</source>
        <translation>暂无薄弱要点：先去练习，答错或答得慢的要点会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in your profile needs explaining right now.</source>
        <translation>目前你的资料中没有需要解释的地方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to ask in this mode right now.</source>
        <translation>此模式下目前没有可问的问题。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Leave the session?</source>
        <translation>离开这次练习？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this session now? Everything you answered is saved (answered: %1, still to ask: %2). Start a new session whenever you like.</source>
        <translation>现在离开这次练习吗？你已回答的都已保存（已回答：%1，尚未提问：%2）。随时可以开始新的练习。</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+30"/>
        <source>Question %1 of %2</source>
        <translation>第 %1/%2 题</translation>
    </message>
    <message>
        <location line="-501"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>In a session: type and press Enter · 1–4 pick a choice · Enter for the next question · Ctrl+Z undoes the last answer · Esc ends the session · aloud: Enter ends an answer, 1/2/3 rate it</source>
        <translation>练习中：输入后按 Enter · 1–4 选择选项 · Enter 进入下一题 · Ctrl+Z 撤销上一个回答 · Esc 结束练习 · 大声回答时：Enter 结束回答，1/2/3 评分</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Aim to answer within %1 s: a slower answer counts as hesitant and marks the fact weak.</source>
        <translation>争取在 %1 秒内回答：更慢的回答算作犹豫，该要点会被标为薄弱。</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>/ aim for %1 s</source>
        <translation>/ 目标 %1 s</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>From your profile: %1</source>
        <translation>来自你的资料：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your profile: %1 — %2</source>
        <translation>来自你的资料：%1——%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer could not be saved.</source>
        <translation>无法保存此回答。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+55"/>
        <source>That could not be saved.</source>
        <translation>无法保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ending the session…</source>
        <translation>正在结束练习…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · ended after %2 of %3 questions</source>
        <translation>%1 · 在第 %2/%3 题后结束</translation>
    </message>
</context>
<context>
    <name>Prefs</name>
    <message>
        <location filename="../../verify_coach/ui/prefs.py" line="+64"/>
        <source>Questions per session</source>
        <translation>每次练习题数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer within</source>
        <translation>回答时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to start answering</source>
        <translation>开始回答的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show captions</source>
        <translation>显示字幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>口音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer aloud in practice</source>
        <translation>练习时大声回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer aloud in the mock call</source>
        <translation>在模拟通话中大声回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An answer ends after a pause of</source>
        <translation>停顿多久后回答结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep recordings of my spoken answers</source>
        <translation>保留我口头回答的录音</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/profile_editor.py" line="+154"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Profile being edited</source>
        <translation>正在编辑的资料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+683"/>
        <source>New profile</source>
        <translation>新建资料</translation>
    </message>
    <message>
        <location line="-683"/>
        <source>New profile (Ctrl+N)</source>
        <translation>新建资料 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a profile (Ctrl+I)</source>
        <translation>导入资料 (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this profile</source>
        <translation>重命名此资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+693"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="-693"/>
        <location line="+695"/>
        <source>Delete this profile</source>
        <translation>删除此资料</translation>
    </message>
    <message>
        <location line="-685"/>
        <source>About this draft</source>
        <translation>关于此草稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile sections</source>
        <translation>资料分区</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步更改 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+298"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Revert to the saved version</source>
        <translation>还原到已保存的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存资料 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What in your profile a verification agent may question</source>
        <translation>审核人员可能质疑你资料中的哪些地方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before the call: what an agent may question</source>
        <translation>通话之前：审核人员可能质疑的地方</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 Before the call: %2</source>
        <translation>%1 通话之前：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in your profile looks inconsistent.</source>
        <translation>你的资料中没有看起来不一致的地方。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>job</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Add job</source>
        <translation>添加工作</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No employment yet. Add each job as your profile lists it.</source>
        <translation>暂无工作经历。按资料中的列出顺序添加每份工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add school</source>
        <translation>添加学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No education yet. Add the schools your profile shows.</source>
        <translation>暂无教育背景。添加资料中显示的学校。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add certificate</source>
        <translation>添加证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certifications yet. Add them if your profile lists any.</source>
        <translation>暂无证书。如果资料中列有证书，请添加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No portfolio projects yet. Add the projects shown on your profile.</source>
        <translation>暂无作品集项目。添加资料中展示的项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform job</source>
        <translation>平台工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add platform job</source>
        <translation>添加平台工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work history yet. Add the jobs you did through the platform.</source>
        <translation>暂无平台工作记录。添加你通过平台完成的工作。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>You have no profile yet. Fill in the sections below as your profile page shows them and press Save, or import one instead (Ctrl+I).</source>
        <translation>你还没有资料。按资料页面的内容填写下方各部分并点击“保存”，或直接导入 (Ctrl+I)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the new profile</source>
        <translation>新资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>You switched to “%1”, but “%2” has unsaved changes. Save them first?</source>
        <translation>你切换到了“%1”，但“%2”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A new profile. Fill in what your profile page shows, section by section, then press Save (Ctrl+S) and give it a name (for example the platform: Upwork, Fiverr).</source>
        <translation>新资料。按资料页面的内容逐部分填写，然后点击“保存”(Ctrl+S) 并为它命名（例如平台名：Upwork、Fiverr）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft read from %1 — nothing is saved yet. Check every section, fix or fill in what is missing, then press Save (Ctrl+S).</source>
        <translation>从 %1 读取的草稿——尚未保存。请检查每个部分，修正或补全缺少的内容，然后点击“保存”(Ctrl+S)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped because it could not be read:</source>
        <translation>因无法读取而跳过：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This new profile is not saved yet. Save it before leaving?</source>
        <translation>这份新资料尚未保存。离开前要保存吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your changes to “%1” before leaving?</source>
        <translation>离开前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back to the saved version. Ctrl+Z brings your changes back.</source>
        <translation>已还原到保存的版本。按 Ctrl+Z 可恢复你的更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: fix the problems marked in red first.</source>
        <translation>未保存：请先修正红色标出的问题。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name for this profile (for example the platform it is on):</source>
        <translation>为此资料命名（例如所在的平台）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save new profile</source>
        <translation>保存新资料</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a profile named “%1”. Choose another name:</source>
        <translation>已有名为“%1”的资料。请换一个名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile needs a name:</source>
        <translation>资料需要一个名称：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved “%1” — %2 facts ready to practise.</source>
        <translation>已保存“%1”——%2 个要点可以练习了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved — %1 facts changed, %2 kept their history</source>
        <translation>已保存——%1 个要点有变化，%2 个保留了练习记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 no longer asked (their history is kept)</source>
        <translation>；%1 个不再提问（保留其练习记录）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename profile</source>
        <translation>重命名资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete profile</source>
        <translation>删除资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “%1”?

This also removes its facts and all your practice history for it (answers and review schedule). It cannot be undone.</source>
        <translation>删除资料“%1”？

这也会删除它的要点以及相关的全部练习记录（回答和复习计划）。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “%1”. Ctrl+Z brings it back.</source>
        <translation>已删除“%1”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move entry</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>This section has a problem to fix</source>
        <translation>此部分有问题需要修正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agent may question something in this section</source>
        <translation>审核人员可能会质疑这一部分的某些内容</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Draft — not saved yet</source>
        <translation>草稿——尚未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Unsaved changes</source>
        <translation>● 有未保存的更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this draft</source>
        <translation>放弃此草稿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 problem to fix before saving</source>
        <translation>保存前需修正 1 个问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 problems to fix before saving</source>
        <translation>保存前需修正 %1 个问题</translation>
    </message>
    <message>
        <location filename="../../verify_coach/ui/screens/profile_form.py" line="+73"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on your ID</source>
        <translation>证件上的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly as printed on the ID you will show</source>
        <translation>与您将出示的证件上印的完全一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / region</source>
        <translation>州 / 地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile page</source>
        <translation>资料页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile title</source>
        <translation>资料标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Hourly rate</source>
        <translation>时薪</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+29"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English level</source>
        <translation>英语水平</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track record</source>
        <translation>业绩记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total jobs</source>
        <translation>工作总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total earnings</source>
        <translation>总收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job success (%)</source>
        <translation>工作成功率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages and skills</source>
        <translation>语言和技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency</source>
        <translation>熟练程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills (in the order the profile shows them)</source>
        <translation>技能（按资料中的显示顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder (as the account shows it)</source>
        <translation>户名（与账户显示一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Name in another script</source>
        <translation>其他文字的名称（如中文名）</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+34"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversational</source>
        <translation>日常会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluent</source>
        <translation>流利</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native or Bilingual</source>
        <translation>母语或双语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>I still work here (no end date)</source>
        <translation>目前仍在职（无结束日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of study</source>
        <translation>专业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My role</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills (separated by commas)</source>
        <translation>技能（用逗号分隔）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client rating (0–5)</source>
        <translation>客户评分 (0–5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform profile</source>
        <translation>平台资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>作品集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work history</source>
        <translation>平台工作记录</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>cannot be negative</source>
        <extracomment>The field that names an entry; an entry without it cannot be saved.</extracomment>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter a number, such as 45 or 45.50</source>
        <translation>请输入数字，例如 45 或 45.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter a whole number, such as 14</source>
        <translation>请输入整数，例如 14</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>this field is required</source>
        <translation>此项为必填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a language needs a name</source>
        <translation>语言需要填写名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the payment method (PayPal, Payoneer, your bank…)</source>
        <translation>请填写收款方式（PayPal、Payoneer、你的银行……）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not named yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <location filename="../../verify_coach/ui/names.py" line="+17"/>
        <source>Agents compare them exactly — make the profile name match your ID.</source>
        <translation>核验人员会逐字比对——请让资料中的姓名与证件一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile says “%1”, your ID “%2”: the same words in a different order.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：字词相同，但顺序不同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profile says “%1”, your ID “%2”: one has the initial “%3” where the other has “%4”.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：一边用了首字母“%3”，另一边写的是“%4”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile says “%1”, your ID “%2”: your ID has %3, which your profile leaves out.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：证件上有%3，资料中没有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile says “%1”, your ID “%2”: your profile has %3, which your ID leaves out.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：资料中有%3，证件上没有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your profile has no full name yet; your ID says “%1”. Write it in the profile as your ID prints it.</source>
        <translation>资料中还没有全名；证件上是“%1”。请按证件上的写法填入资料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your profile says “%1”, your ID “%2”: one is in Chinese characters, the other in pinyin. Agents compare them exactly — write the profile name the way your ID prints it.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：一边是汉字，另一边是拼音。核验人员会逐字比对——请按证件上的写法填写资料中的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profile says “%1”, your ID “%2”: the same letters, but the accents differ.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：字母相同，但重音符号不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile says “%1”, your ID “%2”: they are written in different scripts. Agents compare them exactly — write the profile name the way your ID prints it.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：两者使用不同的文字书写。核验人员会逐字比对——请按证件上的写法填写资料中的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your profile says “%1”, your ID “%2”: these are different names.</source>
        <translation>资料中写的是“%1”，证件上是“%2”：这是两个不同的姓名。</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/question_card.py" line="-339"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer as you would say it</source>
        <translation>按你会说出的方式输入答案</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choice %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order of the items</source>
        <translation>项目顺序</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation>我不知道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this question as missed and see the answer</source>
        <translation>将此题计为答错并查看答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit answer</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit (Enter)</source>
        <translation>提交 (Enter)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press 1–%1 or click a choice</source>
        <translation>按 1–%1 或点击选项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag the items, or select one and press Alt+↑ / Alt+↓. Enter submits.</source>
        <translation>拖动项目，或选中后按 Alt+↑ / Alt+↓。按 Enter 提交。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Press Enter to submit</source>
        <translation>按 Enter 提交</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type an answer first, or click “I don&apos;t know”.</source>
        <translation>请先输入答案，或点击“我不知道”。</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/charts.py" line="+13"/>
        <source>Readiness at the call</source>
        <translation>通话时准备度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call date</source>
        <translation>通话日期</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2% ready</source>
        <translation>%1：准备度 %2%</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/record_form.py" line="+138"/>
        <source>Field of the %1 section</source>
        <translation>“%1”部分的字段</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Problem with %1</source>
        <translation>%1有问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note about %1</source>
        <translation>关于%1的提示</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/review.py" line="+95"/>
        <source>Review missed facts</source>
        <translation>回顾答错的要点</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search facts, values and your answers (Ctrl+F)</source>
        <translation>搜索要点、内容和你的回答 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search missed facts</source>
        <translation>搜索答错的要点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+174"/>
        <source>Show all facts</source>
        <translation>显示全部要点</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+2"/>
        <location line="+203"/>
        <source>Drill these</source>
        <translation>专练这些</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Practise the selected facts, or every fact listed when none is selected (Enter)</source>
        <translation>练习选中的要点；未选中时练习列出的全部要点 (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said (P)</source>
        <translation>你说的 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play what you said</source>
        <translation>播放你说的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play your last wrong answer to the selected fact, when you said it aloud with recordings on (Settings)</source>
        <translation>播放你对所选要点最近一次答错的口头回答（需在“设置”中开启录音）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed facts</source>
        <translation>错题回顾</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+98"/>
        <source>Practise now</source>
        <translation>立即练习</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The recording cannot be played: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall
at call</source>
        <translation>通话时
记忆率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall
tomorrow</source>
        <translation>明天
记忆率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The facts could not be loaded.</source>
        <translation>无法加载要点。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No missed facts yet — practise first</source>
        <translation>还没有答错的要点——先去练习吧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts you miss or answer slowly are listed here with what you answered, so you can drill exactly those.</source>
        <translation>答错或答得慢的要点会连同你的回答列在这里，方便你有针对性地专练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weak facts — well done</source>
        <translation>没有薄弱要点——做得好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recent answers were right and quick. Show all facts to drill any of them anyway.</source>
        <translation>你最近的回答又对又快。仍可显示全部要点，挑任意要点专练。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 weak facts: missed recently or answered slowly</source>
        <translation>%1 个薄弱要点：最近答错或答得慢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 weak facts shown</source>
        <translation>薄弱要点：显示 %1/%2 个</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No facts match the filter</source>
        <translation>没有符合筛选条件的要点</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Also list the facts that are not weak, and those not practised yet</source>
        <translation>同时列出不薄弱的要点和尚未练习的要点</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Try another search or category.</source>
        <translation>试试其他搜索词或类别。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 facts shown</source>
        <translation>显示 %1/%2 个要点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select rows and press Enter to drill them</source>
        <translation>选中行后按 Enter 专练</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drill these (%1)</source>
        <translation>专练这些 (%1)</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/aloud.py" line="+24"/>
        <location line="+3"/>
        <source>Say it like this</source>
        <translation>可以这样说</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hear it (H)</source>
        <translation>听一听 (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear how to say it</source>
        <translation>听听该怎么说</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said (P)</source>
        <translation>你说的 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play back what you said</source>
        <translation>回放你说的内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How did your answer compare?</source>
        <translation>你的回答与之相比如何？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said it, without real trouble</source>
        <translation>你说出来了，没有什么困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>接近</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nearly: a detail off, or you had to search for it</source>
        <translation>差不多：有个细节不对，或者你想了好一会儿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong, or you could not say it</source>
        <translation>说错了，或者说不出来</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>It sounded like: “%1”</source>
        <translation>听起来像：“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From your profile: %1 — %2</source>
        <translation>来自你的资料：%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You started after %1</source>
        <translation>你在 %1 后开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hesitant</source>
        <translation>犹豫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished after %1</source>
        <translation>%1 后说完</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voice is available on this system</source>
        <translation>此系统上没有可用的语音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Right · 2 Close · 3 Wrong — the next question follows; Ctrl+Z takes the rating back</source>
        <translation>1 正确 · 2 接近 · 3 错误——随后进入下一题；Ctrl+Z 撤销评分</translation>
    </message>
</context>
<context>
    <name>SelfView</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/self_view.py" line="+85"/>
        <location line="+163"/>
        <source>Camera off</source>
        <translation>摄像头已关闭</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Your camera starts with the call.</source>
        <translation>摄像头会在通话开始时打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your camera</source>
        <translation>你的摄像头</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No camera preview</source>
        <translation>无摄像头预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera preview is unavailable (the Qt multimedia libraries could not be loaded: %1) — the call works without it. Install your system&apos;s PulseAudio libraries (e.g. the libpulse0 package) to see yourself.</source>
        <translation>摄像头预览不可用（无法加载 Qt 多媒体库：%1）——没有它通话也能进行。安装系统的 PulseAudio 库（例如 libpulse0 软件包）即可看到自己。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera blocked</source>
        <translation>摄像头被阻止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera access is blocked — the call works without it. Allow verify_coach to use the camera in your system&apos;s privacy settings to see yourself.</source>
        <translation>摄像头访问被阻止——没有它通话也能进行。在系统隐私设置中允许 verify_coach 使用摄像头即可看到自己。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera found — the call works without it; connect a webcam to practise looking at it.</source>
        <translation>未找到摄像头——没有它通话也能进行；连接网络摄像头即可练习注视镜头。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your camera image</source>
        <translation>你的摄像头画面</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Recording is unavailable here (%1); nothing is recorded.</source>
        <translation>此处无法录制（%1）；不会录制任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Camera unavailable</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera could not be used (%1). It may be in use by another app — close the other video app and start the call again. The call works without it.</source>
        <translation>无法使用摄像头（%1）。它可能正被其他应用占用——请关闭其他视频应用后重新开始通话。没有摄像头通话也能进行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recording stopped (%1); the call goes on without it.</source>
        <translation>录制已停止（%1）；通话继续进行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Captions and timing still work.</source>
        <translation>字幕和计时仍可正常使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Look at where your webcam will be.</source>
        <translation>请看向摄像头所在的位置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app may be using it.</source>
        <translation>可能有其他应用正在使用它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The camera is off.</source>
        <translation>摄像头已关闭。</translation>
    </message>
</context>
<context>
    <name>SessionSummaryView</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/session_summary.py" line="+43"/>
        <source>Answered aloud — you rated it right</source>
        <translation>已大声回答——你评为正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered aloud — you rated it close</source>
        <translation>已大声回答——你评为接近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered aloud — you rated it wrong</source>
        <translation>已大声回答——你评为错误</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Session complete</source>
        <translation>练习完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+2"/>
        <source>Undo last answer</source>
        <translation>撤销上一个回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last answer from your history and ask that question again (Ctrl+Z)</source>
        <translation>从记录中删除上一个回答并重新提问 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+27"/>
        <source>Drill the missed ones</source>
        <translation>专练答错的</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+1"/>
        <source>Practise again</source>
        <translation>再练一次</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1% right</source>
        <translation>答对 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answers</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drill the missed ones (%1)</source>
        <translation>专练答错的 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rated good</source>
        <translation>评为好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You ended the session before answering a question. Nothing was recorded.</source>
        <translation>你在回答任何问题之前结束了练习。没有记录任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missed: every answer was right.</source>
        <translation>没有答错：每个回答都正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you missed</source>
        <translation>你答错的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowest answers</source>
        <translation>最慢的回答</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Okay</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready to explain</source>
        <translation>准备好解释</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your rating: %1</source>
        <translation>你的评分：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1</source>
        <translation>遗漏：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You said: %1</source>
        <translation>你的回答：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+5"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Answered aloud — nothing was heard</source>
        <translation>已大声回答——但没有听到声音</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶ You said</source>
        <translation>▶ 你说的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play what you said: %1</source>
        <translation>播放你说的：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>答错</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/settings.py" line="+46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> questions</source>
        <translation> 题</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Slow answer threshold</source>
        <translation>慢速回答阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time to aim for: a slower answer counts as hesitant and marks the fact weak (as on the call, where a long pause sounds unsure).</source>
        <translation>要争取的回答时间：更慢的回答算作犹豫，该要点会被标为薄弱（就像在通话中，长时间停顿听起来没有把握）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking your answers</source>
        <translation>口头回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Test…</source>
        <translation>测试…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How long you must be silent before a spoken answer counts as finished. Enter or Space ends it at once.</source>
        <translation>口头回答需要安静多久才算结束。按 Enter 或空格会立即结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a recording of each spoken answer</source>
        <translation>保留每个口头回答的录音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off by default. When on, what you say is kept as small audio files in your data folder, readable only by you, so you can play it back from your missed facts and reports. Nothing is ever sent anywhere.</source>
        <translation>默认关闭。开启后，你说的内容会以小音频文件保存在你的数据文件夹中，只有你能读取，方便你在答错的要点和报告中回放。任何内容都不会被发送出去。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting recordings…</source>
        <translation>正在统计录音…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space used by recordings</source>
        <translation>录音占用的空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete recordings…</source>
        <translation>删除录音…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all recordings of spoken answers</source>
        <translation>删除所有口头回答的录音</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions stay in English: the call is in English.</source>
        <translation>问题仍为英文：通话使用英语进行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored only on this computer, in %1</source>
        <translation>只保存在这台电脑上，位于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>删除我的全部数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+8"/>
        <location line="+17"/>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 recordings · %2</source>
        <translation>%1 条录音 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No recordings kept</source>
        <translation>没有保留录音</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete recordings</source>
        <translation>删除录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every kept recording of your spoken answers (%1)? Your answers and their ratings stay.</source>
        <translation>删除所有保留的口头回答录音（%1）？你的回答和评分会保留。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>every profile and your whole answer history (the database)</source>
        <translation>所有资料和你的全部作答记录（数据库）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recordings of your spoken answers and of your mock calls</source>
        <translation>你口头回答和模拟通话的录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all backups kept by verify_coach</source>
        <translation>verify_coach 保存的所有备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old databases kept aside by a restore or by “start fresh”</source>
        <translation>恢复备份或“重新开始”时留存的旧数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary copies left by an interrupted backup, export or restore</source>
        <translation>中断的备份、导出或恢复留下的临时副本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DELETE</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This permanently deletes from this computer:
%1

Type %2 to confirm.</source>
        <translation>这将从本机永久删除：
%1

输入 %2 以确认。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was deleted: you typed “%1”. To delete everything, type %2 in capitals.</source>
        <translation>没有删除任何内容：你输入的是“%1”。要删除全部数据，请输入大写的 %2。</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/speech.py" line="+86"/>
        <source>No audio output found — questions are shown as captions. Connect speakers or headphones to hear the agent.</source>
        <translation>未找到音频输出设备——问题以字幕显示。连接扬声器或耳机即可听到审核员的声音。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speech is unavailable (the Qt speech module could not be loaded: %1) — questions are shown as captions.</source>
        <translation>语音不可用（无法加载 Qt 语音模块：%1）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speech is unavailable (install speech-dispatcher) — questions are shown as captions.</source>
        <translation>语音不可用（请安装 speech-dispatcher）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speech is unavailable (%1; install or start speech-dispatcher) — questions are shown as captions.</source>
        <translation>语音不可用（%1；请安装或启动 speech-dispatcher）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Speech is unavailable (%1) — questions are shown as captions.</source>
        <translation>语音不可用（%1）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Speech stopped working (%1) — questions are shown as captions.</source>
        <translation>语音已停止工作（%1）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speech did not start (is speech-dispatcher running?) — questions are shown as captions.</source>
        <translation>语音未能启动（speech-dispatcher 是否在运行？）——问题以字幕显示。</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+67"/>
        <location line="+57"/>
        <source>engine error</source>
        <translation>引擎错误</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../verify_coach/ui/screens/welcome.py" line="+25"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get ready for your verification call</source>
        <translation>为验证通话做好准备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify_coach turns your own profile into the questions an agent asks, and shows what you do not yet recall reliably. Everything stays on this computer.</source>
        <translation>verify_coach 把你自己的资料变成审核员会问的问题，并指出你还记不牢的内容。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import my profile</source>
        <translation>导入我的资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Resume, a LinkedIn data export, a verify_coach file, or pasted profile text.</source>
        <translation>JSON Resume、LinkedIn 数据导出、verify_coach 文件，或粘贴的资料文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import… (Ctrl+I)</source>
        <translation>导入… (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it in</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the profile editor section by section.</source>
        <translation>在资料编辑器中逐部分填写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile (Ctrl+N)</source>
        <translation>创建资料 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore with a realistic made-up freelancer profile.</source>
        <translation>用一份逼真的虚构自由职业者资料来体验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo profile</source>
        <translation>打开演示资料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearse your own, true profile. verify_coach is for practice before the call, never for use during it.</source>
        <translation>请练习你自己真实的资料。verify_coach 用于通话前的练习，绝不能在通话中使用。</translation>
    </message>
</context>
<context>
    <name>_ChoiceDelegate</name>
    <message>
        <location filename="../../verify_coach/ui/widgets/list_field.py" line="-44"/>
        <source>Proficiency</source>
        <translation>熟练程度</translation>
    </message>
</context>
<context>
    <name>_SaveAs</name>
    <message>
        <location filename="../../verify_coach/ui/dialogs/importing.py" line="+259"/>
        <source>Save profile as</source>
        <translation>资料另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify_coach profile (*.json)</source>
        <translation>verify_coach 资料 (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved “%1” to %2</source>
        <translation>已将“%1”保存到 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet</source>
        <translation>还没有资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the file</source>
        <translation>无法保存文件</translation>
    </message>
</context>
</TS>
