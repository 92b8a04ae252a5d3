// Texts of several lines chained on a closing line: `" + "` (two texts added) and `", "`
// (a call's next argument), the quote ending that line opening the next text. The quote
// after `+` or `,` follows no operand: it opens a text of lines, as it did before a
// closing line had to leave no string open (then the texts ran together as one).
s is string = "
part1
" + "
part2
"
Trace(s) // expect: part1part2
t is string = Replace("
a-b
", "
-
", "+")
Trace(t) // expect: a+b
