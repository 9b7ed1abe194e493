// Package library owns the archive on disk: one folder per article holding the
// imported bytes and the parsed article, written atomically, under the XDG
// data directory, and the lock that lets one process at a time own it.
//
//	<dir>/articles/<id>/source.<ext>   the bytes as imported, never changed
//	<dir>/articles/<id>/article.json   the parsed article
//	<dir>/library.json                 layout version; created with the library
//	<dir>/lock                         pid of the process that owns the library
package library
