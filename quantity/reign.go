package quantity

import "math"

// reigns are the era names of the Ming and Qing emperors and of modern
// Japan, in simplified and traditional characters, with the Western year
// of each era's first year: 同治七年 is 1868.
var reigns = map[string]int{
	"洪武": 1368, "建文": 1399, "永乐": 1403, "永樂": 1403, "洪熙": 1425, "宣德": 1426, "正统": 1436, "正統": 1436,
	"景泰": 1450, "天顺": 1457, "天順": 1457, "成化": 1465, "弘治": 1488, "正德": 1506, "嘉靖": 1522,
	"隆庆": 1567, "隆慶": 1567, "万历": 1573, "萬曆": 1573, "萬歷": 1573, "泰昌": 1620, "天启": 1621, "天啟": 1621,
	"崇祯": 1628, "崇禎": 1628,
	"顺治": 1644, "順治": 1644, "康熙": 1662, "雍正": 1723, "乾隆": 1736, "嘉庆": 1796, "嘉慶": 1796,
	"道光": 1821, "咸丰": 1851, "咸豐": 1851, "同治": 1862, "光绪": 1875, "光緒": 1875, "宣统": 1909, "宣統": 1909,
	"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
}

// reignYear reads a year counted from an emperor's era at i, where its
// number starts (同治七年, 光緒元年): the Western year, as the year it
// is. Where the text gives the Western year in brackets right after it
// (道光十二年(一八三二年), 乾隆二十七年（公元一七六二年）, 道光十七年
// （即一八三七年）), the era's year is a gloss, read as nothing.
func (s *scanner) reignYear(i int) (match, bool) {
	if _, digit := hanDigits[s.at(i)]; i < 2 || !digit && s.at(i) != '十' && s.at(i) != '元' || !isHan(s.at(i-1)) {
		return match{}, false
	}
	first, ok := reigns[string(s.rs[i-2:i])]
	if !ok {
		return match{}, false
	}
	n, end := 1.0, i+1
	if s.at(i) != '元' {
		end = s.hanRunEnd(i)
		v, ok := hanValue(s.rs[i:end])
		if !ok || v < 1 || v > 70 || v != math.Trunc(v) {
			return match{}, false
		}
		n = v
	}
	if s.at(end) != '年' {
		return match{}, false
	}
	if b := s.at(end + 1); b == '（' || b == '(' {
		k := end + 2
		if s.has(k, "即") {
			k++ // （即一八三七年）
		}
		if s.has(k, "公元") || s.has(k, "西元") {
			k += 2 // （公元一七六二年）
		}
		if _, han := hanDigits[s.at(k)]; han || isDigit(s.at(k)) {
			return skip(end + 1), true // 道光十二年(一八三二年): the bracket gives the year
		}
	}
	return found(end+1, float64(first)+n-1, Year), true
}
