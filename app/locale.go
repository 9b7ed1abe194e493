package app

import (
	"os"
	"runtime"
)

// typeableLocale makes the window's character type UTF-8 where the
// environment leaves it C, POSIX or unset (a bare session, a container, a
// service's environment). On X11, GLFW takes what an input method commits
// through XIM, in the encoding of the LC_CTYPE locale it sets from the
// environment as it starts; under C that encoding is ASCII, so the
// candidates show but 约束力 chosen with fcitx5 never reaches the field.
// C.UTF-8 is the C locale with UTF-8 characters, on every glibc system.
// It must run before the window's driver starts.
func typeableLocale() {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return
	}
	if name, value, ok := utf8CharacterType(os.Getenv); ok {
		os.Setenv(name, value)
	}
}

// utf8CharacterType returns the variable to set, and its value, to give the
// C library's character type a UTF-8 locale when the environment leaves it
// C, POSIX or unset: the variable that decides it (LC_ALL, then LC_CTYPE,
// then LANG), or LC_CTYPE when that is LANG or none is set, so that only
// the character type changes. ok is false when a locale is named, such as
// en_US.UTF-8 or zh_CN.GB18030: that one stands.
func utf8CharacterType(getenv func(string) string) (name, value string, ok bool) {
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		switch getenv(v) {
		case "":
			continue
		case "C", "POSIX":
			if v == "LANG" {
				v = "LC_CTYPE"
			}
			return v, "C.UTF-8", true
		default:
			return "", "", false
		}
	}
	return "LC_CTYPE", "C.UTF-8", true
}
