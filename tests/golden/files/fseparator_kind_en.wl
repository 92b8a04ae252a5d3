// fSeparator(path, kind): the path with its separators of that kind, as PC SOFT's HTML
// export example builds a file:/// URL (docs/builtins.md "fSeparator with a kind":
// INFERRED); without a kind, the separator itself as before.
Trace(fSeparator("C:\Data\Images\logo.png", fSeparatorUnix))     // expect: C:/Data/Images/logo.png
Trace(fSeparator("/srv/www/index.html", fSeparatorWindows))       // expect: \srv\www\index.html
Trace(fSeparator("C:\Data"))                                      // expect: \
fSeparator("x", 9)                                                // expect error: 9 is not a kind of separator
