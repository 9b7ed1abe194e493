package locale

import (
	"testing"
	"testing/fstest"
)

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"nothing set", nil, English},
		{"C", map[string]string{"LANG": "C", "LANGUAGE": "zh_CN"}, English},
		{"POSIX wins over LANGUAGE", map[string]string{"LC_ALL": "POSIX", "LANGUAGE": "zh_TW"}, English},
		{"C.UTF-8 lets LANGUAGE speak", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "zh_TW"}, Traditional},
		{"mainland", map[string]string{"LANG": "zh_CN.UTF-8"}, Simplified},
		{"Singapore", map[string]string{"LANG": "zh_SG.UTF-8"}, Simplified},
		{"Taiwan", map[string]string{"LANG": "zh_TW.UTF-8"}, Traditional},
		{"Hong Kong", map[string]string{"LANG": "zh_HK.UTF-8"}, Traditional},
		{"Macau", map[string]string{"LANG": "zh_MO.UTF-8"}, Traditional},
		{"script tag", map[string]string{"LANG": "zh-Hant"}, Traditional},
		{"bare zh", map[string]string{"LANG": "zh"}, Simplified},
		{"English", map[string]string{"LANG": "en_GB.UTF-8"}, English},
		{"French reads English", map[string]string{"LANG": "fr_FR.UTF-8"}, English},
		{"LC_ALL over LANG", map[string]string{"LC_ALL": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, Traditional},
		{"LC_MESSAGES over LANG", map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, Simplified},
		{"LC_ALL over LC_MESSAGES", map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, English},
		{"LANGUAGE over LANG", map[string]string{"LANGUAGE": "en", "LANG": "zh_CN.UTF-8"}, English},
		{"first spoken in LANGUAGE", map[string]string{"LANGUAGE": "fr:de:zh_TW:en", "LANG": "fr_FR.UTF-8"}, Traditional},
		{"LANGUAGE of unspoken falls to the locale", map[string]string{"LANGUAGE": "fr", "LANG": "zh_CN.UTF-8"}, Simplified},
		{"modifier", map[string]string{"LANG": "zh_TW.Big5@stroke"}, Traditional},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("FromEnv(%v) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	files := fstest.MapFS{
		"tr/zh-Hans.json": {Data: []byte(`{"Import": "导入", "Empty": ""}`)},
		"tr/zh-Hant.json": {Data: []byte(`{"Import": `)},
	}
	c, err := Load(files, "tr", Simplified)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.T("Import"); got != "导入" {
		t.Errorf("T(Import) = %q", got)
	}
	if got := c.T("Export"); got != "Export" {
		t.Errorf("a missing key reads %q, want the key", got)
	}
	if got := c.T("Empty"); got != "Empty" {
		t.Errorf("an empty translation reads %q, want the key", got)
	}
	if _, err := Load(files, "tr", Traditional); err == nil {
		t.Error("a broken catalogue loaded without error")
	}
	for _, lang := range []string{English, ""} {
		if c, err := Load(files, "tr", lang); err != nil || c.T("Import") != "Import" {
			t.Errorf("English (%q): %v, %q", lang, err, c.T("Import"))
		}
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"zh_CN.UTF-8", "zh_TW.Big5@stroke", "zh-Hant", "en_GB", "C", "", "fr:zh_TW", "_", "zh_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch got := Match(s); got {
		case "", English, Simplified, Traditional:
		default:
			t.Errorf("Match(%q) = %q, not a language Tandem speaks", s, got)
		}
		if got := FromEnv(func(string) string { return s }); got == "" {
			t.Errorf("FromEnv with every variable %q speaks nothing", s)
		}
	})
}
