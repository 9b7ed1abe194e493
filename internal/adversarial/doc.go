// Package adversarial holds tests that treat the library folder and every
// imported file as hostile input: files outside the library named from
// inside it, FIFOs and devices, copied article folders, half-applied
// changes on a full disk, spreadsheet formulas, impossible annotation
// targets, pathological words. Each test builds its files in temporary
// folders and checks that Tandem names the problem and loses nothing.
package adversarial
