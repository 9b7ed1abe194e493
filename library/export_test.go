package library

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tandem/article"
	"tandem/export"
	"tandem/index"
)

func TestExportItemsAndHits(t *testing.T) {
	lib, seed := withSeed(t)
	other := lib.Import("other.txt", []byte("The yuan fell 2% this week.\n人民币本周下跌 2%。\n"))
	plain := lib.Import("plain.txt", []byte("Rates held steady.\n利率保持不变。\n"))
	damaged := lib.Import("damaged.txt", []byte("Oil rose.\n油价上涨。\n"))
	for _, r := range []Result{other, plain, damaged} {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	b, _ := lib.Article(other.ID)
	first := highlight(t, lib, seed, article.EN, "nonbinding", "denial")
	highlight(t, lib, seed, article.ZH, "不具约束力")
	highlight(t, lib, b, article.EN, "yuan")
	c, _ := lib.Article(damaged.ID)
	highlight(t, lib, c, article.EN, "Oil")
	os.WriteFile(filepath.Join(lib.Dir(), "articles", damaged.ID, "article.json"), []byte("{"), 0o644)

	t.Run("the whole library", func(t *testing.T) {
		items, _, err := lib.ExportItems(nil)
		if err != nil {
			t.Fatal(err)
		}
		// Oldest first: the undated article sorts last in the list.
		if got := describe(items); got != other.ID+":1 "+seedID+":2" {
			t.Errorf("items %s", got)
		}
	})
	t.Run("named articles", func(t *testing.T) {
		items, _, err := lib.ExportItems([]string{plain.ID, seedID})
		if err != nil {
			t.Fatal(err)
		}
		if got := describe(items); got != plain.ID+":0 "+seedID+":2" {
			t.Errorf("items %s", got)
		}
		if _, _, err := lib.ExportItems([]string{damaged.ID}); err == nil || !strings.Contains(err.Error(), "damaged") {
			t.Errorf("a named damaged article: %v", err)
		}
	})
	t.Run("search hits", func(t *testing.T) {
		hits := []index.Hit{{ID: seedID, Annotations: []index.AnnotationHit{{ID: first.ID}}}, {ID: other.ID}}
		items, _, err := lib.ExportHits(hits)
		if err != nil {
			t.Fatal(err)
		}
		if got := describe(items); got != seedID+":1 "+other.ID+":1" || items[0].Annotations[0].ID != first.ID {
			t.Errorf("items %s", got)
		}
	})
}

// describe lists items as id:number-of-annotations.
func describe(items []export.Item) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Article.ID+":"+strconv.Itoa(len(it.Annotations)))
	}
	return strings.Join(out, " ")
}
