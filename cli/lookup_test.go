package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

func TestLookup(t *testing.T) {
	testenv.Isolate(t)
	tests := []struct {
		name string
		args []string
		code int
		want lookupEntry // the first entry
		n    int         // entries at least
	}{
		{"simplified", []string{"--json", "投资"}, 0, lookupEntry{"投资", "投資", "tóu zī", []string{"investment", "to invest"}}, 1},
		{"traditional", []string{"投資", "--json"}, 0, lookupEntry{"投资", "投資", "tóu zī", []string{"investment", "to invest"}}, 1},
		{"text cut into words", []string{"--json", "央行降息"}, 0, lookupEntry{Simplified: "央行"}, 2},
		{"English", []string{"--json", "investment"}, 0, lookupEntry{Simplified: "投资"}, 5},
		{"English phrase, two arguments", []string{"--json", "--limit", "1", "lower", "interest", "rates"}, 0, lookupEntry{Simplified: "降息"}, 1},
		{"nothing found", []string{"--json", "qwzxv"}, 1, lookupEntry{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, append([]string{"lookup"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if code != 0 {
				if !strings.Contains(errOut, "no entry for") {
					t.Errorf("stderr %q", errOut)
				}
				return
			}
			var got []lookupEntry
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if len(got) < tt.n || got[0].Simplified != tt.want.Simplified ||
				tt.want.Pinyin != "" && (got[0].Pinyin != tt.want.Pinyin || strings.Join(got[0].Glosses, "/") != strings.Join(tt.want.Glosses, "/")) {
				t.Errorf("got %+v, want %d entries starting %+v", got, tt.n, tt.want)
			}
			if strings.Contains(tt.name, "phrase") && len(got) != 1 {
				t.Errorf("--limit 1 gave %d entries", len(got))
			}
		})
	}
	code, out, _ := run(t, "lookup", "女")
	if code != 0 || !strings.Contains(out, "女 [nǚ] female; woman; daughter") {
		t.Errorf("text output: exit %d\n%s", code, out)
	}
}
