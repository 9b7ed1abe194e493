// Package figures measures the figure check (package quantity) on real
// published Chinese–English translations that the project did not write:
// how often it stays silent on a faithful translation, and how often it
// catches one figure changed on one side. The data and its sources are in
// internal/eval/testdata/figures; TestEvalFigures prints the table and
// fails below the targets.
package figures
