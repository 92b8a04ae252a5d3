// NoSpace and ExtractString (EOT past the last field)
Trace("[" + NoSpace("  padded  ") + "]") // expect: [padded]
Trace(NoSpace("a b c", sscInside)) // expect: abc
Trace(ExtractString("red;green;blue", 2, ";")) // expect: green
Trace(ExtractString("a" + TAB + "b", 2)) // expect: b
Trace(ExtractString("x;y", 3, ";") = EOT) // expect: 1
Trace(ExtractString("x;;z", 2, ";") = "") // expect: 1
