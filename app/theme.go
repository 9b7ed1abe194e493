package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tandem/assets"
)

// cjkFont is the bundled font, served to every widget so Chinese renders on a
// machine with no Chinese font installed.
var cjkFont = fyne.NewStaticResource("DroidSansFallbackFull.ttf", assets.CJKFont)

// appIcon is the window and application icon.
var appIcon = fyne.NewStaticResource("Icon.png", assets.Icon)

// tandemTheme wraps the user's theme (light or dark, as Fyne's settings say)
// and puts the bundled CJK font first for proportional text. The font has no
// Latin letters, so Fyne falls back to its own font for those: Chinese and
// Latin each get a face designed for them.
type tandemTheme struct {
	fyne.Theme
}

var _ fyne.Theme = tandemTheme{}

func newTheme() fyne.Theme { return tandemTheme{Theme: theme.DefaultTheme()} }

// Font returns the CJK font for every proportional style.
func (t tandemTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return cjkFont
}
