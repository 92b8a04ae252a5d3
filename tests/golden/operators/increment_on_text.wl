// `++` / `--` increment a number (?1512008: "++: Increment (numeric value)", where `+=`
// is "numeric or text"): on a string or a variant holding text they read the text as a
// number, as `-` does (Val's rules: its leading number, 0 if none), in a statement and
// in an expression alike. Inside an expression `v++` concatenated ("7" became "71") while
// the statement counted. (docs/semantics.md, "++ and -- on text")
s is string = "5"
s++
Trace(s) // expect: 6
s--
s--
Trace(s) // expect: 4
word is string = "ab"
word++
Trace(word) // expect: 1
v is variant = "7"
Trace(v++, v) // expect: 7, 8
Trace(++v, v) // expect: 9, 9
t is string = "12 apples"
Trace(t++, t) // expect: 12 apples, 13
counter is string
counter++
counter++
Trace(counter) // expect: 2
a is array of strings = ["3"]
Trace(a[1]++, a[1]) // expect: 3, 4
text is string = "ab"
text += 1
Trace(text) // expect: ab1
