package article

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled when it is first used. The
// package's fifty expressions, compiled as every process started, took a
// twentieth of the start of a command that never parses an article
// (tandem list, tandem search).
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexp is a regular expression to compile on first use; like
// regexp.MustCompile, it panics then if expr does not compile.
func lazyRegexp(expr string) *lazyRE { return &lazyRE{expr: expr} }

// get compiles the expression the first time.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// MatchString is regexp.Regexp.MatchString.
func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (l *lazyRE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp.Split.
func (l *lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }
