package library

import (
	"errors"
	"syscall"
	"testing"
)

// wsaEAFNOSUPPORT is Windows's "address family not supported": its
// sockets have no AF_UNIX. The number means nothing on Unix.
const wsaEAFNOSUPPORT = syscall.Errno(10047)

func TestAskWindow(t *testing.T) {
	lib := openTemp(t, nil)
	addr := lib.WindowAddress()
	if err := AskWindow(addr, "2026-02-05-fb404c39", ""); !errors.Is(err, ErrNoWindow) {
		t.Fatalf("no window open: %v, want ErrNoWindow", err)
	}
	var got [][2]string
	stop, err := ServeWindow(addr, func(article, annotation string) error {
		if article == "2026-01-01-gone" {
			return errors.New("no such article")
		}
		got = append(got, [2]string{article, annotation})
		return nil
	})
	if errors.Is(err, wsaEAFNOSUPPORT) {
		t.Skip("no Unix sockets here (Windows before 10 1803, or Wine): the window serves no links, and links open a window of their own")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := ServeWindow(addr, nil); err == nil {
		t.Error("a second window took over the first one's socket")
	}
	if err := AskWindow(addr, "2026-02-05-fb404c39", "4f778737-1fc6-438f-a95f-20bb62ccb39d"); err != nil {
		t.Fatal(err)
	}
	if err := AskWindow(addr, "2026-02-05-fb404c39", ""); err != nil {
		t.Fatal(err)
	}
	if err := AskWindow(addr, "2026-01-01-gone", ""); err == nil || err.Error() != "no such article" {
		t.Errorf("an article the window cannot show: %v", err)
	}
	if err := AskWindow(addr, "../../etc", ""); err == nil {
		t.Error("a path was sent as an article ID")
	}
	want := [][2]string{{"2026-02-05-fb404c39", "4f778737-1fc6-438f-a95f-20bb62ccb39d"}, {"2026-02-05-fb404c39", ""}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("the window was asked %v, want %v", got, want)
	}
}
