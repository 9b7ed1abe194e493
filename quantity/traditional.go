package quantity

import "strings"

// traditional maps the traditional forms of the Chinese characters the
// readers of this package match to the simplified forms they are written
// in here: 點 to 点, 時 to 时, 萬 to 万, 兩 to 两, 個 to 个, 幾 to 几, 紀 to 纪.
// Made from the single characters of CC-CEDICT (dict/data) whose
// simplified form a reader here matches, leaving out the variants that
// are another word in simplified text (裡 would make 里, the li; 韆 千).
// Each maps one character to one, so positions hold.
var traditional = map[rune]rune{
	'萬': '万', '與': '与', '專': '专', '兩': '两', '個': '个', '箇': '个', '為': '为', '爲': '为', '書': '书', '畝': '亩',
	'億': '亿', '會': '会', '傳': '传', '體': '体', '餘': '余', '倆': '俩', '冊': '册', '幾': '几', '別': '别', '劇': '剧',
	'華': '华', '佔': '占', '釐': '厘', '雙': '双', '變': '变', '隻': '只', '檯': '台', '臺': '台', '颱': '台', '號': '号',
	'後': '后', '噸': '吨', '員': '员', '週': '周', '國': '国', '圓': '圆', '場': '场', '塊': '块', '頭': '头', '將': '将',
	'層': '层', '屆': '届', '歲': '岁', '幣': '币', '慶': '庆', '張': '张', '噹': '当', '當': '当', '徹': '彻', '總': '总',
	'擴': '扩', '護': '护', '報': '报', '拏': '拿', '攝': '摄', '數': '数', '無': '无', '舊': '旧', '時': '时', '晝': '昼',
	'曬': '晒', '條': '条', '來': '来', '樹': '树', '檔': '档', '歐': '欧', '沒': '没', '點': '点', '熱': '热', '碼': '码',
	'禮': '礼', '離': '离', '種': '种', '穩': '稳', '窮': '穷', '筆': '笔', '類': '类', '約': '约', '級': '级', '紀': '纪',
	'綫': '线', '線': '线', '組': '组', '績': '绩', '續': '续', '網': '网', '勝': '胜', '節': '节', '計': '计', '記': '记',
	'論': '论', '評': '评', '車': '车', '轉': '转', '輪': '轮', '載': '载', '輛': '辆', '邊': '边', '達': '达', '過': '过',
	'還': '还', '鍾': '钟', '鐘': '钟', '鎊': '镑', '長': '长', '間': '间', '隨': '随', '頃': '顷', '項': '项', '預': '预',
	'顆': '颗', '魚': '鱼', '黃': '黄', '這': '这',
}

// zeroAmongHan reports whether rs[i] is a zero written with a digit, a
// letter O or a circle (0, O, Ｏ, ○) in a run of them between two Chinese
// digits, as a typist writes the 〇 of a year (二00九, 二○○九, 二ＯＯ七), or ending
// a run of three or more Chinese digits written one by one (二000年,
// 一九四0年, 三九0公里).
func zeroAmongHan(rs []rune, i int) bool {
	zero := func(r rune) bool { return r == '0' || r == 'O' || r == 'Ｏ' || r == '○' }
	if !zero(rs[i]) {
		return false
	}
	j, k := i, i
	for j > 0 && zero(rs[j-1]) {
		j--
	}
	for k+1 < len(rs) && zero(rs[k+1]) {
		k++
	}
	hanDigit := func(n int) bool {
		if n < 0 || n >= len(rs) {
			return false
		}
		_, ok := hanDigits[rs[n]]
		return ok && rs[n] != '两'
	}
	if hanDigit(j-1) && hanDigit(k+1) || pointAmongHan(rs, k+1) {
		return true // 二○○九; ○．五, a zero before a point and Chinese digits
	}
	b := j
	for b > 0 && (hanDigit(b-1) || zero(rs[b-1])) {
		b--
	}
	after := rune(0)
	if k+1 < len(rs) {
		after = rs[k+1]
	}
	return hanDigit(j-1) && k+1-b >= 3 && !isDigit(after) && !isLatin(after) && !isHanNumeral(after)
}

// financial returns the ordinary numeral a numeral of contracts and
// cheques stands for, written so that no stroke can be added (壹百伍拾萬:
// 1,500,000). A switch, as every rune of a text asks.
func financial(r rune) (rune, bool) {
	switch r {
	case '壹':
		return '一', true
	case '贰', '貳':
		return '二', true
	case '叁', '參':
		return '三', true
	case '肆':
		return '四', true
	case '伍':
		return '五', true
	case '陆', '陸':
		return '六', true
	case '柒':
		return '七', true
	case '捌':
		return '八', true
	case '玖':
		return '九', true
	case '拾':
		return '十', true
	case '佰':
		return '百', true
	case '仟':
		return '千', true
	}
	return 0, false
}

// financialAmongHan returns the ordinary numeral for rs[i], a financial
// numeral next to another (壹百伍拾萬, 贰仟叁佰); 參, 陆, 伍 and 拾 are
// other words alone or beside a numeral (參加, 大陸十年, 入伍一批, 收拾),
// so they are read only beside another financial numeral.
func financialAmongHan(rs []rune, i int) (rune, bool) {
	r, ok := financial(rs[i])
	if !ok {
		return 0, false
	}
	word := financialWord(rs[i])
	beside := func(n int) bool {
		if n < 0 || n >= len(rs) {
			return false
		}
		if _, fin := financial(rs[n]); fin {
			return true
		}
		return !word && isHanNumeral(rs[n])
	}
	return r, beside(i-1) || beside(i+1)
}

// financialWord reports whether r, a financial numeral, is a word too:
// 參 (參加), 陆 and 陸 (大陆), 伍 (队伍) and 拾 (收拾).
func financialWord(r rune) bool { return strings.ContainsRune("參陆陸伍拾", r) }

// pointAmongHan reports whether rs[i] is a full stop (．) or a
// hyphenation point (‧) between Chinese digits, which a text of Taiwan's
// writes for 点 (一．五, 零‧零零一: 1.5, 0.001); a zero typed before it
// counts as a digit (○．五).
func pointAmongHan(rs []rune, i int) bool {
	if i <= 0 || i+1 >= len(rs) || rs[i] != '．' && rs[i] != '‧' {
		return false
	}
	_, before := hanDigits[rs[i-1]]
	_, after := hanDigits[rs[i+1]]
	return (before || rs[i-1] == '○' || rs[i-1] == '0' || rs[i-1] == 'O' || rs[i-1] == 'Ｏ') && after
}

// simplified returns rs with the traditional forms of traditional made
// simplified, so that one reader serves text in either script (晚間 8 點半
// as 晚间 8 点半); rs itself when it has none. The length stays.
func simplified(rs []rune) []rune {
	return replaceRunes(rs, func(i int) (rune, bool) {
		if s, ok := traditional[rs[i]]; ok {
			return s, true
		}
		if zeroAmongHan(rs, i) {
			return '〇', true // 二00九年, 二○○九年: a zero typed among Chinese digits
		}
		if s, ok := financialAmongHan(rs, i); ok {
			return s, true
		}
		if pointAmongHan(rs, i) {
			return '点', true // 一．五: 1.5
		}
		return 0, false
	})
}
