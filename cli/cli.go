// Package cli runs Tandem's subcommands: the command line's way into the same
// library the GUI uses. Each command prints its result to stdout (JSON with
// --json) and any error to stderr in one line.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"tandem/library"
)

// Env is what a command runs against: its output streams and a way to open
// the library, so tests can point it at a temporary folder.
type Env struct {
	Stdout, Stderr io.Writer
	Open           func() (*library.Library, error)
	Version        string
}

// command is one subcommand.
type command struct {
	usage   string // arguments after the command name
	summary string
	run     func(env *Env, args []string) error
	terms   bool // its arguments are query terms, which may start with '-'
}

var commands = map[string]command{}

func register(name string, c command) { commands[name] = c }

// errFailed means the command printed its own report of what failed; Run only
// sets the exit status.
var errFailed = errors.New("some items failed")

// errUsage means the arguments were wrong; the usage has been printed.
var errUsage = errors.New("usage")

// Run runs the subcommand named by args[0] and returns the process exit
// status: 0 on success, 1 when the command failed, 2 on a usage error.
func Run(env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fmt.Fprintf(env.Stdout, "usage: tandem %s %s\n\n%s\n", args[1], c.usage, c.summary)
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
		fmt.Fprintf(env.Stderr, "tandem: unknown command %q (try tandem help)\n", args[0])
		return 2
	}
	err := c.run(env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailed):
		return 1
	}
	fmt.Fprintf(env.Stderr, "tandem %s: %s\n", args[0], oneLine(err.Error()))
	return 1
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Tandem reads Chinese and English analyst commentary side by side.")
	fmt.Fprintln(w, "\nusage: tandem                 open the window")
	fmt.Fprintln(w, "       tandem COMMAND [ARGS]  run a command\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		first, _, _ := strings.Cut(commands[n].summary, "\n")
		fmt.Fprintf(w, "  %-19s %s\n", n, first)
	}
	fmt.Fprintln(w, "\nRun tandem COMMAND --help for a command's options.")
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
			fmt.Fprintf(env.Stderr, "tandem %s: %s (tandem %s --help lists the options)\n", fs.Name(), err, fs.Name())
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
	fmt.Fprintf(w, "usage: tandem %s %s\n\n%s\n", fs.Name(), c.usage, c.summary)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\noptions:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
