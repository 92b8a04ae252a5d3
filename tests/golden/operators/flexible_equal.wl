// ~= ignores case and leading/trailing spaces; ~~ also ignores inner spaces and punctuation
Trace("Hello" ~= "hello") // expect: 1
Trace("  Hello " ~= "HELLO") // expect: 1
Trace("Hel lo" ~= "hello") // expect: 0
Trace("Jean-Pierre" ~~ "jean pierre") // expect: 1
Trace("A.B.C" ~~ "abc") // expect: 1
Trace("abc" ~~ "abd") // expect: 0
