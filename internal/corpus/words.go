package corpus

import "strings"

// The word lists: each line pairs a Chinese word with its English
// translation, so that the two sides of a generated pair say the same
// thing. Lists are in order of frequency: the generator draws from them
// with a Zipf distribution, so the first words are common and the last
// rare, as in real text.

const orgList = `英伟达|Nvidia
微软|Microsoft
苹果|Apple
OpenAI|OpenAI
亚马逊|Amazon
谷歌|Google
台积电|TSMC
阿里巴巴|Alibaba
腾讯|Tencent
美联储|the Federal Reserve
中国人民银行|the People's Bank of China
欧洲央行|the European Central Bank
特斯拉|Tesla
比亚迪|BYD
华为|Huawei
三星|Samsung
Anthropic|Anthropic
英特尔|Intel
高盛|Goldman Sachs
摩根大通|JPMorgan
贝莱德|BlackRock
软银|SoftBank
宁德时代|CATL
小米|Xiaomi
字节跳动|ByteDance
美团|Meituan
京东|JD.com
百度|Baidu
国际货币基金组织|the IMF
世界银行|the World Bank
沙特阿美|Saudi Aramco
丰田|Toyota
ASML|ASML
Meta|Meta
Arm|Arm
甲骨文|Oracle
博通|Broadcom
美光|Micron
中芯国际|SMIC
拼多多|PDD`

const personList = `黄仁勋|Jensen Huang
萨姆·奥特曼|Sam Altman
鲍威尔|Jerome Powell
纳德拉|Satya Nadella
马斯克|Elon Musk
拉加德|Christine Lagarde
潘功胜|Pan Gongsheng
库克|Tim Cook
皮查伊|Sundar Pichai
孙正义|Masayoshi Son
达里奥|Dario Amodei
植田和男|Kazuo Ueda
耶伦|Janet Yellen
贝森特|Scott Bessent
魏哲家|C.C. Wei`

const nounList = `投资|investment
利率|interest rates
通胀|inflation
经济|the economy
市场|the market
营收|revenue
利润|profit
股价|the share price
估值|the valuation
需求|demand
供应链|the supply chain
芯片|chips
半导体|semiconductors
人工智能|artificial intelligence
数据中心|data centres
算力|computing power
出口|exports
关税|tariffs
消费|consumption
就业|employment
债务|debt
债券|bonds
收益率|yields
汇率|the exchange rate
人民币|the yuan
美元|the dollar
房地产|property
楼市|the housing market
政策|policy
监管|regulation
风险|risk
资本|capital
融资|financing
现金流|cash flow
增长|growth
产能|capacity
订单|orders
价格|prices
成本|costs
能源|energy
石油|oil
电动汽车|electric vehicles
电池|batteries
银行|banks
信贷|credit
流动性|liquidity
储蓄|savings
财政|fiscal policy
预算|the budget
赤字|the deficit
制造业|manufacturing
服务业|services
零售|retail
贸易|trade
顺差|the surplus
补贴|subsidies
竞争|competition
市场份额|market share
研发|research and development
专利|patents
人才|talent
工资|wages
生产率|productivity
库存|inventories
股息|dividends
回购|buybacks
并购|mergers
上市|listings
首次公开募股|the IPO
私募股权|private equity
风险投资|venture capital
对冲基金|hedge funds
养老金|pensions
保险|insurance
黄金|gold
大宗商品|commodities
航运|shipping
港口|ports
铁矿石|iron ore
铜|copper
锂|lithium
稀土|rare earths
光伏|solar power
风电|wind power
核电|nuclear power
电网|the grid
云计算|cloud computing
大模型|large models
机器人|robots
自动驾驶|self-driving cars
智能手机|smartphones
广告|advertising
电商|e-commerce
游戏|gaming
旅游|tourism
航空|airlines
农业|agriculture
粮食|food
人口|population
老龄化|ageing
城镇化|urbanisation
地方政府|local governments
国有企业|state-owned enterprises
民营企业|private firms
外资|foreign investment
制裁|sanctions
出口管制|export controls
地缘政治|geopolitics`

const verbList = `上升|rose
下降|fell
增长|grew
放缓|slowed
反弹|rebounded
暴跌|plunged
飙升|soared
持平|held steady
超过|exceeded
低于|fell short of
推动|drove
拖累|weighed on
支撑|supported
削弱|weakened
提高|raised
降低|lowered
维持|kept
扩大|expanded
收缩|shrank
加速|accelerated
恢复|recovered
承压|came under pressure
翻倍|doubled
减半|halved
逆转|reversed`

const adjList = `强劲|strong
疲软|weak
温和|modest
显著|significant
意外|unexpected
持续|persistent
短期|short-term
长期|long-term
全球|global
国内|domestic
结构性|structural
周期性|cyclical
激进|aggressive
谨慎|cautious
创纪录|record
不具约束力|nonbinding
前所未有|unprecedented
可持续|sustainable
脆弱|fragile
稳健|robust`

const sourceList = `Avalaches
Caixin
Financial Times
Bloomberg Opinion
The Economist
Reuters Breakingviews
Nikkei Asia
South China Morning Post`

const tagList = `forecast
number
claim
ai
chips
rates
china
attribution
denial
energy
property
trade
inflation
valuation
policy`

const noteList = `需要核实这个数字|check this number
与上周的说法矛盾|contradicts last week's claim
值得跟进|worth following up
关键论点|the key argument
预测可能过于乐观|the forecast may be too optimistic
来源不明|the source is unclear`

// pair is a word in both languages.
type pair struct{ zh, en string }

func pairs(list string) []pair {
	var out []pair
	for _, line := range strings.Split(list, "\n") {
		zh, en, _ := strings.Cut(line, "|")
		out = append(out, pair{zh, en})
	}
	return out
}

var (
	orgs    = pairs(orgList)
	people  = pairs(personList)
	nouns   = pairs(nounList)
	verbs   = pairs(verbList)
	adjs    = pairs(adjList)
	notes   = pairs(noteList)
	sources = strings.Split(sourceList, "\n")
	tags    = strings.Split(tagList, "\n")
)
