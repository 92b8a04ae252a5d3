// A line `EXTERN "file"` inside a multi-line string or a /* */ comment is text, not an
// inclusion: the files it names are not looked for, and the program runs.
s is string = [
EXTERN "gen.wl"
]
Trace(s) // expect: EXTERN "gen.wl"
/*
EXTERN "old.wl"
*/
Trace(1) // expect: 1
