package library

// openNonblock is nothing on Windows, whose files opened by path never
// block: named pipes live under \\.\pipe\, outside the file system.
const openNonblock = 0
