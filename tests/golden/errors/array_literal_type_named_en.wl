// An array literal stored where a number or a text is wanted: the run's message names
// an array, WLanguage's type, where it said "A value of type list" (Python's word).
// `wl check` reports it too (WL110: "[...] is an array: an array cannot be stored in
// 'nCount', a number").
Trace("before") // expect: before
nCount is int = ["a"] // expect error: A value of type array cannot be used as a number.
