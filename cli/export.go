package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"slices"

	"tandem/annotation"
	"tandem/export"
	"tandem/library"
)

type exportCmd struct{ format string }

func (e *exportCmd) define(fs *flag.FlagSet) {
	fs.StringVar(&e.format, "format", "", tr("md, w3c, csv or html"))
}

func (e *exportCmd) check([]string) error {
	if !slices.Contains(export.Formats, e.format) {
		return usageError(tr("--format must be md, w3c, csv or html"))
	}
	return nil
}

func (e *exportCmd) run(c *call) error {
	items, aside, err := c.lib.ExportItems(c.args)
	warnSetAside(c.Env, aside)
	if err != nil {
		return err
	}
	vocab, err := c.lib.ClaimVocabulary()
	if err != nil {
		return err
	}
	names := make([]string, len(vocab))
	for i, t := range vocab {
		names[i] = t.Name
	}
	w := bufio.NewWriter(c.Stdout)
	if err := export.Write(w, e.format, items, names); err != nil {
		return err
	}
	return w.Flush()
}

// maxAnnotationsFile bounds the export import-annotations reads. A W3C
// annotation takes a kilobyte or two, so this holds well over fifty
// thousand, more than a reader makes in years, while a file with no end
// (/dev/zero) stops here instead of filling memory.
const maxAnnotationsFile = 128 << 20

// importAnnotationsCmd reads its file before the library opens: a file
// that is not an export changes nothing.
type importAnnotationsCmd struct {
	noFlags
	list []*annotation.Annotation
}

func (m *importAnnotationsCmd) check(args []string) error {
	if err := wantArgs(args, 1, tr("name one file")); err != nil {
		return err
	}
	data, err := library.ReadRegular(args[0], maxAnnotationsFile)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return err // names the file already
		}
		return fmt.Errorf("%s: %w", args[0], err)
	}
	if m.list, err = export.ReadW3C(data); err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	return nil
}

func (m *importAnnotationsCmd) run(c *call) error {
	r := c.lib.ImportAnnotations(m.list)
	for _, e := range r.Errs {
		fmt.Fprintf(c.Stderr, tr("tandem import-annotations: %s: %s\n"), c.args[0], oneLine(e.Error()))
	}
	for _, an := range r.Orphans {
		fmt.Fprintf(c.Stderr, tr("tandem import-annotations: %s: annotation %s: its target (%s ¶%d %d–%d) is not in the text of %s; imported as an orphan\n"),
			c.args[0], an.ID, an.Target.Lang, an.Target.Pair+1, an.Target.Start, an.Target.End, an.Article)
	}
	fmt.Fprintf(c.Stdout, tr("imported %d of %d annotations"), r.Imported, len(m.list))
	if len(r.Moved) > 0 {
		fmt.Fprintf(c.Stdout, tr(", %d moved to where their quote is"), len(r.Moved))
	}
	if len(r.Orphans) > 0 {
		fmt.Fprintf(c.Stdout, tr(", %d as orphans"), len(r.Orphans))
	}
	fmt.Fprintln(c.Stdout)
	if len(r.Errs) > 0 {
		return errFailed
	}
	return nil
}
