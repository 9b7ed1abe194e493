package app

import "testing"

func TestUTF8CharacterType(t *testing.T) {
	tests := []struct {
		env         map[string]string
		name, value string
		ok          bool
	}{
		{env: map[string]string{}, name: "LC_CTYPE", value: "C.UTF-8", ok: true},
		{env: map[string]string{"LANG": "C"}, name: "LC_CTYPE", value: "C.UTF-8", ok: true},
		{env: map[string]string{"LANG": "POSIX"}, name: "LC_CTYPE", value: "C.UTF-8", ok: true},
		{env: map[string]string{"LC_CTYPE": "C", "LANG": "en_US.UTF-8"}, name: "LC_CTYPE", value: "C.UTF-8", ok: true},
		{env: map[string]string{"LC_ALL": "C", "LC_CTYPE": "en_US.UTF-8"}, name: "LC_ALL", value: "C.UTF-8", ok: true},
		{env: map[string]string{"LANG": "C.UTF-8"}},
		{env: map[string]string{"LANG": "en_US.UTF-8"}},
		{env: map[string]string{"LANG": "C", "LC_CTYPE": "zh_CN.GB18030"}},
		{env: map[string]string{"LC_ALL": "zh_TW.UTF-8", "LANG": "C"}},
	}
	for _, tt := range tests {
		name, value, ok := utf8CharacterType(func(k string) string { return tt.env[k] })
		if name != tt.name || value != tt.value || ok != tt.ok {
			t.Errorf("%v: got %q=%q %v, want %q=%q %v", tt.env, name, value, ok, tt.name, tt.value, tt.ok)
		}
	}
}
