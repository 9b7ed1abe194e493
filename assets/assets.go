// Package assets embeds the files Tandem ships inside its binary: the app
// icon, the CJK font every widget draws with (and its licence), and the
// welcome article a new library starts with.
package assets

import _ "embed"

// Icon is the application icon, a 512×512 PNG.
//
//go:embed Icon.png
var Icon []byte

// CJKFont is Droid Sans Fallback, a TrueType font with the Chinese glyphs
// (simplified and traditional) that a machine without CJK fonts lacks. Latin
// text falls back to the toolkit's own font.
//
//go:embed DroidSansFallbackFull.ttf
var CJKFont []byte

// CJKFontLicense is the Apache 2.0 licence of CJKFont.
//
//go:embed LICENSE-DroidSansFallback.txt
var CJKFontLicense []byte

// Welcome is the article, in the digest format, that explains Tandem; it is
// in every new library.
//
//go:embed welcome.txt
var Welcome []byte
