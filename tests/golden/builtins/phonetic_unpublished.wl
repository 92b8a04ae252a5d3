// Phonetic: PC SOFT's French phonetic key. No help page read gives its rules, so
// wlinterp does not invent results: the call compiles and fails when it runs, with an
// error saying why (docs/builtins.md, "Soundex"); Soundex is the documented fallback.
WHEN EXCEPTION IN
    Trace(Phonetic("Dupont")) // wl: ignore[WL103]
DO
    Trace(ExceptionInfo()) // expect: Phonetic is a function whose rules PC SOFT does not publish: wlinterp would have to invent its results (docs/builtins.md, "Soundex").
END
Trace(Soundex("Dupont") = Soundex("Dupond")) // expect: 1
key is string = PHONETIC("Martin") // expect error: is a function whose rules PC SOFT does not publish
