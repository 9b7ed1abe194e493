// Package cli runs Tandem's subcommands: the command line's way into the same
// library the GUI uses. Each command prints its result to stdout (JSON with
// --json) and any error to stderr in one line.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"

	"tandem/library"
)

// Env is what a command runs against: its output streams and a way to open
// the library, so tests can point it at a temporary folder.
type Env struct {
	Stdout, Stderr io.Writer
	Open           func() (*library.Library, error)
	// OpenReadOnly opens the library for reading only (Options.ReadOnly),
	// for the commands that change nothing: they need no lock, so a
	// window or a command that writes does not keep them out. Open is
	// used when it is nil.
	OpenReadOnly func() (*library.Library, error)
	Version      string
	// Window opens the window at an article (and an annotation, when not
	// ""), for tandem open when no window is open; it returns when the
	// window closes. Nil where there is no window to open.
	Window func(articleID, annotationID string) error
	// Language is the language of the human-readable text: help, messages
	// and reports (locale.English when "", as in tests; main passes
	// Language(), read from the environment). JSON output is the same in
	// every language.
	Language string
}

// command is one line of the command table (commands.go).
type command struct {
	usage   string        // arguments after the command name
	summary string        // tandem help shows its first line, tandem CMD --help all of it
	terms   bool          // its arguments are query terms, which may start with '-'
	synced  bool          // it searches: the index is brought up to date when the library opens
	reads   bool          // it changes nothing in the library, which it opens read-only
	catalog bool          // it reads the catalog: a missing one is built first, with progress
	alone   bool          // it needs no library, which is not opened
	runner  func() runner // a fresh runner for one run
}

// runner is what a command does, in the steps runCommand takes in order.
// Each run gets a new runner, so its flags start at their defaults.
type runner interface {
	// define declares the command's flags.
	define(fs *flag.FlagSet)
	// check looks at the arguments, the flags read, before the library
	// opens. A usageError ends the command with exit status 2, any other
	// error with 1.
	check(args []string) error
	// run does the work with the library open.
	run(c *call) error
}

// call is one run of a command: its environment, arguments and the open
// library.
type call struct {
	*Env
	args []string
	lib  *library.Library
}

// noFlags is the define of a command without flags.
type noFlags struct{}

func (noFlags) define(*flag.FlagSet) {}

// errFailed means the command printed its own report of what failed; Run only
// sets the exit status.
var errFailed = errors.New("some items failed")

// errUsage means the arguments were wrong and the command has said so.
var errUsage = errors.New("usage")

// usageError is a mistake in a command's arguments, said in one line: Run
// prints it after "tandem CMD: " and exits 2.
type usageError string

func (e usageError) Error() string { return string(e) }

func usagef(format string, args ...any) error { return usageError(fmt.Sprintf(format, args...)) }

// wantArgs checks that there are n arguments, and says problem when not.
func wantArgs(args []string, n int, problem string) error {
	if len(args) != n {
		return usageError(problem)
	}
	return nil
}

// Run runs the subcommand named by args[0] and returns the process exit
// status: 0 on success, 1 when the command failed, 2 on a usage error.
func Run(env *Env, args []string) int {
	speak(env)
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fmt.Fprintf(env.Stdout, tr("usage: tandem %s %s\n\n%s\n"), args[1], c.usage, tr(c.summary))
				return 0
			}
		}
		printUsage(env.Stdout)
		return 0
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(env.Stdout, "tandem", env.Version)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, tr("tandem: unknown command %q (try tandem help)\n"), args[0])
		return 2
	}
	err := runCommand(env, args[0], c, args[1:])
	var usage usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailed):
		return 1
	case errors.As(err, &usage):
		fmt.Fprintf(env.Stderr, "tandem %s: %s\n", args[0], oneLine(usage.Error()))
		return 2
	}
	fmt.Fprintf(env.Stderr, "tandem %s: %s\n", args[0], oneLine(err.Error()))
	return 1
}

// runCommand runs one command the way every command runs: read its flags,
// check its arguments, open the library (and bring the search index up to
// date for a command that searches), do the work, close the library.
func runCommand(env *Env, name string, c command, args []string) error {
	r := c.runner()
	fs := flags(name)
	r.define(fs)
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := r.check(rest); err != nil {
		return err
	}
	if c.alone {
		return r.run(&call{Env: env, args: rest})
	}
	if c.reads {
		// A command that reads runs for a moment and allocates what it
		// prints: collecting garbage less often saves a fifth of its time,
		// and the limit keeps a large export's memory in bounds.
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(1 << 30)
	}
	lib, err := openLibrary(env, name, c)
	if err != nil {
		return err
	}
	err = r.run(&call{Env: env, args: rest, lib: lib})
	if cerr := lib.Close(); cerr != nil {
		// The files are written and the index catches up on the next
		// search: a warning, not a failure that invites doing it again.
		fmt.Fprintf(env.Stderr, tr("tandem %s: warning: %s\n"), name, oneLine(cerr.Error()))
	}
	return err
}

// openLibrary opens the library, for reading only when the command only
// reads, and, for a command that searches, brings its search index up to
// date: what the change journal names since it was last written, or, when
// the journal cannot say, every article's stamp compared, with progress
// on stderr.
func openLibrary(env *Env, name string, c command) (*library.Library, error) {
	open := env.Open
	if c.reads && env.OpenReadOnly != nil {
		open = env.OpenReadOnly
	}
	lib, err := open()
	if err == nil {
		// The table learned from the library's sentences, as the window
		// last saved it: a command never waits for one to be learned.
		lib.UseLexicon()
	}
	if err == nil && c.catalog && !lib.CatalogBuilt() {
		fmt.Fprintf(env.Stderr, tr("tandem %s: reading every article once to make the library's catalog\n"), name)
		if err = lib.PrepareCatalog(context.Background(), func(done, total int) {
			fmt.Fprintf(env.Stderr, tr("read %d of %d articles\n"), done, total)
		}); err != nil {
			lib.Close()
		}
	}
	if err != nil || !c.synced {
		return lib, err
	}
	if why := lib.IndexRebuilt(); why != "" {
		fmt.Fprintf(env.Stderr, tr("tandem %s: building the search index (%s)\n"), name, why)
	}
	// The index catches up from the change journal on its own; only an
	// index the journal cannot bring up to date compares every article.
	err = lib.WaitIndexed()
	if err == nil && lib.IndexBehind() {
		err = lib.SyncIndex(context.Background(), progressPrinter(env))
	}
	if err != nil {
		lib.Close()
		return nil, err
	}
	return lib, nil
}

// progressPrinter reports indexing progress on stderr, one line per batch.
func progressPrinter(env *Env) func(done, total int) {
	return func(done, total int) {
		fmt.Fprintf(env.Stderr, tr("indexed %d of %d articles\n"), done, total)
	}
}

// writeJSON prints v as indented JSON, leaving <, > and & as they are.
func writeJSON(env *Env, v any) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, tr("Tandem reads Chinese and English analyst commentary side by side."))
	fmt.Fprintln(w, tr("\nusage: tandem                 open the window"))
	fmt.Fprintln(w, tr("       tandem COMMAND [ARGS]  run a command\n\ncommands:"))
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		first, _, _ := strings.Cut(tr(commands[n].summary), "\n")
		fmt.Fprintf(w, "  %-19s %s\n", n, first)
	}
	fmt.Fprintln(w, tr("\nRun tandem COMMAND --help for a command's options."))
}

// flags makes a flag set for a command that prints its usage to stdout on
// --help and to stderr on a mistake.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse reads flags wherever they stand among the arguments (tandem import
// a.txt --json works); everything after "--" is an argument. For a command
// whose arguments are terms, a single-dash word that names none of its
// flags is an argument too: tandem search -Nvidia Copilot excludes Nvidia,
// while a mistyped --flag is still refused. A mistake is reported in one
// line on stderr.
func parse(env *Env, fs *flag.FlagSet, args []string) ([]string, error) {
	c := commands[fs.Name()]
	var rest []string
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--":
			return append(rest, args[1:]...), nil
		case len(a) < 2 || a[0] != '-' || c.terms && isTerm(fs, a):
			rest, args = append(rest, a), args[1:]
			continue
		}
		n := flagArgs(fs, args)
		if err := fs.Parse(args[:n]); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printCommandHelp(env.Stdout, fs, c)
				return nil, err
			}
			fmt.Fprintf(env.Stderr, tr("tandem %s: %s (tandem %s --help lists the options)\n"), fs.Name(), err, fs.Name())
			return nil, errUsage
		}
		args = args[n:]
	}
	return rest, nil
}

// isTerm reports whether a, which starts with '-', is a term rather than a
// flag: one dash, and no flag of fs (nor -h or -help) by that name.
func isTerm(fs *flag.FlagSet, a string) bool {
	name, _, _ := strings.Cut(a[1:], "=")
	return a[1] != '-' && fs.Lookup(name) == nil && name != "h" && name != "help"
}

// flagArgs is how many arguments the flag args[0] reads: two for a flag
// that takes a value not given with "=", else one (an unknown flag is left
// for fs.Parse to report).
func flagArgs(fs *flag.FlagSet, args []string) int {
	name, _, hasValue := strings.Cut(strings.TrimPrefix(args[0][1:], "-"), "=")
	f := fs.Lookup(name)
	if hasValue || f == nil {
		return 1
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return 1
	}
	return min(2, len(args))
}

func printCommandHelp(w io.Writer, fs *flag.FlagSet, c command) {
	fmt.Fprintf(w, tr("usage: tandem %s %s\n\n%s\n"), fs.Name(), c.usage, tr(c.summary))
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, tr("\noptions:"))
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
