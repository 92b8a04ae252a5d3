// [B] + C opening an expression (WINDEV-generated code writes [fSep] + "*.jpg"): B goes
// before the text C unless C is empty or already starts with B (INFERRED, the mirror of
// A + [B], ?1512001); it stopped with "A value of type array cannot be converted to a string"
sFilter is string = ["\"] + "*.jpg"
Trace(sFilter) // expect: \*.jpg
Trace(["\"] + "\*.png") // expect: \*.png
sEmpty is string = ""
Trace("[" + (["-"] + sEmpty) + "]") // expect: []
Trace(Length([fSep] + "*.jpg")) // expect: 6
sDir is string = "C:\temp"
Trace(sDir + ["\"] + "x.txt") // expect: C:\temp\x.txt
