// string literals: doubled quotes, typographic quotes, empty string
Trace("hello") // expect: hello
Trace("say ""hi""") // expect: say "hi"
Trace(“typographic quotes”) // expect: typographic quotes
Trace("[" + "" + "]") // expect: []
Trace(“mixed ” + "kinds") // expect: mixed kinds
Trace("// not a comment") // expect: // not a comment
