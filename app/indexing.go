package app

import (
	"context"
	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"time"
)

// syncIndex brings the search index up to date with the files in the
// background — at start, for changes other tools or a sync made — or, with
// rebuild, builds it again from nothing (File > Rebuild Search Index). A
// job of more than a few articles shows progress and a Cancel button.
func (u *ui) syncIndex(rebuild bool) {
	ctx, cancel := context.WithCancel(context.Background())
	task, do := lang.L("Updating the search index"), u.lib.SyncIndex
	if rebuild {
		task, do = lang.L("Rebuilding the search index"), u.lib.RebuildIndex
	}
	u.session.task(func() {
		defer cancel()
		started, shown := time.Now(), false
		throttle := newThrottle(time.Second / 30)
		err := do(ctx, func(done, total int) {
			if (rebuild || total > 20) && (throttle.ok() || done == total) {
				u.session.post(func() {
					if !shown {
						u.status.begin(task, cancel)
						shown = true
					}
					u.status.progress(done, total, "", started)
				})
			}
		})
		u.session.post(func() { u.indexed(task, shown, err) })
	})
}

// indexed reports how an index job ended.
func (u *ui) indexed(task string, shown bool, err error) {
	switch {
	case errors.Is(err, context.Canceled):
		u.status.end(fmt.Sprintf(lang.L("%s was cancelled; searches cover what was indexed so far."), task))
	case err != nil:
		u.status.end("")
		u.showError(lang.L("The search index could not be updated"), fmt.Errorf(lang.L("%w. Searching may miss recent changes; File > Rebuild Search Index tries again"), err))
	case shown:
		u.status.end(fmt.Sprintf(lang.L("%s: done."), task))
	}
}
