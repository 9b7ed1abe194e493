package app

import (
	"context"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// statusBar is the line at the bottom: messages, and import progress with a
// Cancel button while an import runs.
type statusBar struct {
	task   string // what the progress bar measures: "Importing", "Indexing"
	label  *widget.Label
	bar    *widget.ProgressBar
	cancel *widget.Button
	stop   context.CancelFunc
	root   fyne.CanvasObject
}

func newStatusBar() *statusBar {
	s := &statusBar{label: widget.NewLabel(""), bar: widget.NewProgressBar()}
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.cancel = widget.NewButton(lang.L("Cancel"), func() {
		if s.stop != nil {
			s.stop()
		}
	})
	s.bar.Hide()
	s.cancel.Hide()
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(220, s.bar.MinSize().Height), s.bar), s.cancel)
	s.root = container.NewBorder(nil, nil, nil, right, s.label)
	return s
}

// begin shows the progress bar and Cancel for a long task.
func (s *statusBar) begin(task string, stop context.CancelFunc) {
	s.task, s.stop = task, stop
	s.label.SetText(task + "…")
	s.bar.SetValue(0)
	s.bar.Show()
	s.cancel.Show()
}

// progress shows how far the task has got: done of total, the item just
// finished, and the time left at the pace so far.
func (s *statusBar) progress(done, total int, current string, started time.Time) {
	checkUI()
	if total == 0 {
		return
	}
	s.bar.SetValue(float64(done) / float64(total))
	msg := fmt.Sprintf(lang.L("%s %d of %d"), s.task, done, total)
	if current != "" {
		msg += ": " + filepath.Base(current)
	}
	if left := timeLeft(done, total, time.Since(started)); left != "" {
		msg += " — " + left
	}
	s.label.SetText(msg)
}

// timeLeft estimates the rest of an import from its pace so far.
func timeLeft(done, total int, elapsed time.Duration) string {
	if done < 5 || elapsed < time.Second {
		return ""
	}
	rest := time.Duration(float64(elapsed) / float64(done) * float64(total-done))
	if rest < time.Minute {
		return fmt.Sprintf(lang.L("about %d s left"), int(rest.Seconds())+1)
	}
	return fmt.Sprintf(lang.L("about %d min left"), int(rest.Minutes())+1)
}

// say shows a message in the status bar (not while an import reports its
// progress there).
func (s *statusBar) say(msg string) {
	checkUI()
	if s.stop == nil {
		s.label.SetText(msg)
	}
}

func (s *statusBar) end(msg string) {
	checkUI()
	s.stop = nil
	s.bar.Hide()
	s.cancel.Hide()
	s.label.SetText(msg)
}

// throttle lets an event through at most once per interval.
type throttle struct {
	every time.Duration
	last  time.Time
}

func newThrottle(every time.Duration) *throttle { return &throttle{every: every} }

func (t *throttle) ok() bool {
	if now := time.Now(); now.Sub(t.last) >= t.every {
		t.last = now
		return true
	}
	return false
}
