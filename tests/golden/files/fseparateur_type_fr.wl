// fSéparateur(chemin, type) : le chemin avec les séparateurs de ce type (INFERRED)
Trace(fSéparateur("D:\Docs\notes.txt", fSéparateurUnix))          // expect: D:/Docs/notes.txt
Trace(fSep("a/b/c", fSeparateurWindows))                          // expect: a\b\c
Trace(fSéparateur("a\b/c"), fSep())                               // expect: a/b/c, /
Trace(fSéparateur("a\b/c", "::"))                                   // expect: a::b::c
