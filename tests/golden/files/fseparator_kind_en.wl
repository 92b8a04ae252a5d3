// fSeparator(path, kind): the path with its separators of that kind, as PC SOFT's HTML
// export example builds a file:/// URL (docs/builtins.md "fSeparator with a kind":
// INFERRED names; the numbers are those PC SOFT's runtime reads: 1 \, 2 /, 0 the
// system's); without a kind, the path with the system's separators, as PC SOFT's runtime
// writes fSeparator(path) (it gave the separator itself, "\", and dropped the path)
Trace(fSeparator("C:\Data\Images\logo.png", fSeparatorUnix))     // expect: C:/Data/Images/logo.png
Trace(fSeparator("/srv/www/index.html", fSeparatorWindows))       // expect: \srv\www\index.html
Trace(fSeparatorWindows, fSeparatorUnix)                          // expect: 1, 2
Trace(fSeparator("C:\Data\a.txt"), fSeparator("C:\Data", 0))      // expect: C:/Data/a.txt, C:/Data
// fSep() / fSeparator() without a path: the system's separator
Trace(fSep(), fSeparator())                                       // expect: /, /
fSeparator("x", 9)                                                // expect error: 9 is not a kind of separator
