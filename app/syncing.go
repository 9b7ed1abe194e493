package app

import (
	"context"
	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tandem/library"
)

// Preferences of sync: the last remote typed into the sync dialog, and
// when the last sync ended well (RFC 3339).
const (
	prefRemote   = "sync.remote"
	prefLastSync = "sync.last"
)

// syncLibrary is File > Sync: it syncs the library with its git remote,
// or asks for the remote first when sync is not set up. Reading and
// annotating go on meanwhile: the sync holds the library only while git
// writes in its folder, and the window takes in what arrived as it takes
// in any other process's changes.
func (u *ui) syncLibrary() {
	if u.syncing {
		u.status.say(lang.L("A sync is already under way."))
		return
	}
	if u.lib.SyncRemote() == "" {
		u.askRemote()
		return
	}
	u.runSync("")
}

// askRemote asks for the git remote to sync with, then syncs.
func (u *ui) askRemote() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder(lang.L("/media/usb/tandem.git or git@host:me/tandem.git"))
	entry.SetText(u.prefs().String(prefRemote))
	help := widget.NewLabel(lang.L("A git repository: a bare one on a disk (git init --bare), or any URL your git can push to.\n") +
		lang.L("Your library's files are committed and merged with what the remote holds."))
	help.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(lang.L("Sync with a git remote"), lang.L("Sync"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Remote"), entry), widget.NewFormItem("", help)}, func(ok bool) {
			url := expandHome(strings.TrimSpace(entry.Text))
			if !ok || url == "" {
				return
			}
			u.prefs().SetString(prefRemote, url)
			u.runSync(url)
		}, u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(600, d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// runSync syncs off the UI thread; a remote sets sync up first.
func (u *ui) runSync(remote string) {
	ctx, cancel := context.WithCancel(context.Background())
	u.syncing = true
	u.status.begin(lang.L("Syncing"), cancel)
	u.session.task(func() {
		defer cancel()
		var res library.SyncResult
		var err error
		if remote != "" {
			res, err = u.lib.SyncInit(ctx, remote)
		} else {
			res, err = u.lib.Sync(ctx)
		}
		u.session.post(func() { u.synced(res, err) })
	})
}

// synced reports how a sync ended: in the status bar, in the File menu's
// Sync item, and in a dialog for an error or conflicts.
func (u *ui) synced(res library.SyncResult, err error) {
	u.syncing = false
	at := time.Now().Format("15:04")
	switch {
	case errors.Is(err, context.Canceled):
		u.status.end(lang.L("Sync cancelled; the next sync picks up where it stopped."))
	case err != nil:
		u.status.end(fmt.Sprintf(lang.L("Sync failed at %s; everything is still saved here."), at))
		u.showError(lang.L("Sync failed"), err)
	default:
		u.status.end(syncSummary(res, at))
		u.prefs().SetString(prefLastSync, time.Now().Format(time.RFC3339))
		u.setSyncLabel(syncLabel(u.prefs().String(prefLastSync), time.Now()))
		if len(res.Conflicts) > 0 {
			u.showConflicts(res.Conflicts)
		}
	}
}

// syncSummary says in one line what a sync did.
func syncSummary(res library.SyncResult, at string) string {
	msg := fmt.Sprintf(lang.L("Synced at %s: sent %s, received changes to %s."), at,
		plural(res.Committed, "changed file"), plural(len(res.Received), "article"))
	if n := len(res.Conflicts); n > 0 {
		msg += fmt.Sprintf(lang.L(" %s kept both ways (tag “%s”)."), plural(n, "conflict"), library.ConflictTag)
	}
	return msg
}

// showConflicts lists what a sync found changed on two machines.
func (u *ui) showConflicts(list []library.SyncConflict) {
	var b strings.Builder
	for _, c := range list {
		fmt.Fprintf(&b, "• %s: %s\n", c.Path, c.Action)
	}
	b.WriteString("\n")
	b.WriteString(fmt.Sprintf(lang.L("Nothing was lost. Both versions of an annotation carry the tag “%s”: open the Tags tab, or search tag:\"%s\", keep the one you want and delete the other."), library.ConflictTag, library.ConflictTag))
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Changed on two machines"), lang.L("OK"), text, u.win)
	d.Resize(fyne.NewSize(620, 320))
	d.Show()
}

// syncLabel names the File menu's Sync item after the last sync: its time
// today, else its date.
func syncLabel(last string, now time.Time) string {
	t, err := time.Parse(time.RFC3339, last)
	switch {
	case err != nil:
		return lang.L("Sync Now")
	case t.Local().Format(time.DateOnly) == now.Local().Format(time.DateOnly):
		return fmt.Sprintf(lang.L("Sync Now (last %s)"), t.Local().Format("15:04"))
	}
	return fmt.Sprintf(lang.L("Sync Now (last %s)"), t.Local().Format(lang.L("Jan 2")))
}

// setSyncLabel renames the File menu's Sync item.
func (u *ui) setSyncLabel(label string) {
	if u.syncItem == nil {
		return
	}
	u.syncItem.Label = label
	if m := u.win.MainMenu(); m != nil {
		m.Refresh()
	}
}
