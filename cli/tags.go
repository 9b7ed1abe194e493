package cli

import (
	"fmt"
	"text/tabwriter"
)

func init() {
	register("tags", command{
		usage:   "[--json]",
		summary: "List the tags across the library with how many annotations carry each.",
		run:     runTags,
	})
	register("tag", command{
		usage:   "rename OLD NEW",
		summary: "Rename a tag on every annotation, merging it into NEW where both are present.\nTags match ignoring case and width; safe to run again after an interruption.",
		run:     runTag,
	})
}

func runTags(env *Env, args []string) error {
	fs := flags("tags")
	asJSON := fs.Bool("json", false, "print JSON: [{\"tag\",\"count\"}]")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		fmt.Fprintln(env.Stderr, "tandem tags: takes no arguments")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	tags, err := lib.Tags()
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env, tags)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	for _, t := range tags {
		fmt.Fprintf(tw, "%d\t  %s\n", t.Count, t.Tag)
	}
	return tw.Flush()
}

func runTag(env *Env, args []string) error {
	rest, err := parse(env, flags("tag"), args)
	if err != nil {
		return err
	}
	if len(rest) != 3 || rest[0] != "rename" {
		fmt.Fprintln(env.Stderr, "tandem tag: usage: tandem tag rename OLD NEW")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	n, err := lib.RenameTag(rest[1], rest[2])
	if err != nil {
		return fmt.Errorf("%d annotations renamed before: %w", n, err)
	}
	fmt.Fprintf(env.Stdout, "renamed %q to %q on %d annotations\n", rest[1], rest[2], n)
	return nil
}
