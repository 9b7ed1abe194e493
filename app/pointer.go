//go:build !js && !wasm && !android && !ios

package app

import (
	"reflect"
	"unsafe"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// onPointerLeave calls left, through fyne.Do, each time the pointer leaves
// the window. Fyne tells a widget when the pointer moves off it onto
// another, but not when it leaves the window, so a sentence lit under the
// pointer stayed lit; GLFW, under Fyne's desktop driver, does say. The
// driver keeps its GLFW window in an unexported field, read here; on any
// other driver (the tests', a later Fyne that renames the field) this does
// nothing. Call it on the UI thread after the window is shown.
func onPointerLeave(w fyne.Window, left func()) {
	v := reflect.ValueOf(w)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return
	}
	f := v.Elem().FieldByName("viewport")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*glfw.Window]() {
		return
	}
	gw := *(**glfw.Window)(unsafe.Pointer(f.UnsafeAddr()))
	if gw == nil {
		return
	}
	gw.SetCursorEnterCallback(func(_ *glfw.Window, entered bool) {
		if !entered {
			fyne.Do(left)
		}
	})
}
