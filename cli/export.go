package cli

import (
	"bufio"
	"fmt"
	"os"
	"slices"

	"tandem/export"
)

func init() {
	register("export", command{
		usage:   "--format md|w3c|csv [ID...]",
		summary: "Write annotations to stdout: Markdown (Obsidian-ready), a W3C AnnotationCollection (JSON-LD)\nor CSV (RFC 4180). All articles with annotations when no ID is given.",
		run:     runExport,
	})
	register("import-annotations", command{
		usage:   "FILE",
		summary: "Read annotations back from a W3C export (collection, page, array or single annotation).\nAn annotation with the same ID is replaced; one whose article is missing is reported.",
		run:     runImportAnnotations,
	})
}

func runExport(env *Env, args []string) error {
	fs := flags("export")
	format := fs.String("format", "", "md, w3c or csv")
	ids, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if !slices.Contains(export.Formats, *format) {
		fmt.Fprintln(env.Stderr, "tandem export: --format must be md, w3c or csv")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	items, aside, err := lib.ExportItems(ids)
	warnSetAside(env, aside)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	if err := export.Write(w, *format, items); err != nil {
		return err
	}
	return w.Flush()
}

func runImportAnnotations(env *Env, args []string) error {
	rest, err := parse(env, flags("import-annotations"), args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "tandem import-annotations: name one file")
		return errUsage
	}
	data, err := os.ReadFile(rest[0])
	if err != nil {
		return err
	}
	list, err := export.ReadW3C(data)
	if err != nil {
		return fmt.Errorf("%s: %w", rest[0], err)
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	n, errs := lib.ImportAnnotations(list)
	for _, e := range errs {
		fmt.Fprintf(env.Stderr, "tandem import-annotations: %s: %s\n", rest[0], oneLine(e.Error()))
	}
	fmt.Fprintf(env.Stdout, "imported %d of %d annotations\n", n, len(list))
	if len(errs) > 0 {
		return errFailed
	}
	return nil
}
