package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tandem/annotation"
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
	// variant forces light or dark (Settings > Theme); nil follows the
	// system, as Fyne's settings say.
	variant *fyne.ThemeVariant
}

var _ fyne.Theme = tandemTheme{}

func newTheme() fyne.Theme { return tandemTheme{Theme: theme.DefaultTheme()} }

// themeNamed returns the theme for the Settings choice: "Light", "Dark" or
// anything else for the system's.
func themeNamed(name string) fyne.Theme {
	t := tandemTheme{Theme: theme.DefaultTheme()}
	switch name {
	case themeLight:
		v := theme.VariantLight
		t.variant = &v
	case themeDark:
		v := theme.VariantDark
		t.variant = &v
	}
	return t
}

// The theme choices of the Settings window.
const (
	themeSystem = "Follow the system"
	themeLight  = "Light"
	themeDark   = "Dark"
)

// Font returns the CJK font for every proportional style.
func (t tandemTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return cjkFont
}

// markKind says which of a highlight's fills is drawn.
type markKind string

const (
	markOwn         markKind = "own"         // the span the user chose
	markCounterpart markKind = "counterpart" // its aligned span in the other language
	markUnsure      markKind = "unsure"      // that span when it is the sentence the word finder fell back to
	markSelected    markKind = "selected"    // the highlight being edited
)

// highlightFill names the theme colour of a highlight fill.
func highlightFill(c annotation.Color, kind markKind) fyne.ThemeColorName {
	return fyne.ThemeColorName("tandem-" + string(c) + "-" + string(kind))
}

// Theme colours of Tandem's own.
const (
	colorSentence  fyne.ThemeColorName = "tandem-sentence"  // a sentence and its counterpart under the pointer
	colorFlash     fyne.ThemeColorName = "tandem-flash"     // a highlight the reader jumped to
	colorHit       fyne.ThemeColorName = "tandem-hit"       // where the search opened stands in the article
	colorHitNow    fyne.ThemeColorName = "tandem-hit-now"   // the match n or N went to
	colorMismatch  fyne.ThemeColorName = "tandem-mismatch"  // a figure without a counterpart
	colorCandidate fyne.ThemeColorName = "tandem-candidate" // a figure that could become a number claim
	colorUncertain fyne.ThemeColorName = "tandem-uncertain" // the margin of a row aligned with low confidence
)

var highlightRGB = map[annotation.Color][3]uint8{
	annotation.Yellow: {250, 204, 21},
	annotation.Green:  {74, 222, 128},
	annotation.Blue:   {96, 165, 250},
	annotation.Pink:   {244, 114, 182},
	annotation.Purple: {192, 132, 252},
}

// Color adds Tandem's highlight colours to the theme's. They are
// translucent, a little stronger on a light background, so text stays
// readable on both.
func (t tandemTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	light := v == theme.VariantLight
	switch n {
	case colorSentence:
		if light {
			return color.NRGBA{0, 0, 0, 0x12}
		}
		return color.NRGBA{255, 255, 255, 0x1a}
	case colorFlash:
		return color.NRGBA{255, 255, 255, 0x90}
	case colorHit:
		return color.NRGBA{249, 115, 22, 0x48}
	case colorHitNow:
		return color.NRGBA{249, 115, 22, 0xa0}
	case colorMismatch:
		return color.NRGBA{239, 68, 68, 0x70}
	case colorCandidate:
		return color.NRGBA{56, 189, 248, 0xd0}
	case colorUncertain:
		return color.NRGBA{245, 158, 11, 0xc0}
	}
	name := string(n)
	if !strings.HasPrefix(name, "tandem-") {
		return t.Theme.Color(n, v)
	}
	parts := strings.SplitN(strings.TrimPrefix(name, "tandem-"), "-", 2)
	rgb, ok := highlightRGB[annotation.Color(parts[0])]
	if !ok || len(parts) != 2 {
		return t.Theme.Color(n, v)
	}
	alpha := map[markKind]uint8{markOwn: 0x6a, markCounterpart: 0x2c, markUnsure: 0x16, markSelected: 0xb0}[markKind(parts[1])]
	if light {
		alpha += alpha / 5
	}
	return color.NRGBA{rgb[0], rgb[1], rgb[2], alpha}
}
