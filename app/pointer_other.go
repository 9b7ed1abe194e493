//go:build js || wasm || android || ios

package app

import "fyne.io/fyne/v2"

// onPointerLeave does nothing where the pointer cannot leave the window
// (phones) or the browser says so itself.
func onPointerLeave(fyne.Window, func()) {}
