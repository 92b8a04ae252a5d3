// A JSON variable or a decoded JSON object assigned to a structure or an object fills
// its members by their JSON names (<name=...> renames, <serialize=false> is skipped),
// converted to their types; and back (docs/builtins.md "The JSON type").
ST_Line is Structure
    sku is string
    qty is int
END
ST_Order is Structure
    id is int
    lines is array of ST_Line
    customer is string <name="client">
    note is string <serialize=false>
END
CPoint is Class
    x is int
    y is int
END
j is JSON = "{""id"":7,""client"":""Ann"",""note"":""n"",""lines"":[{""sku"":""A"",""qty"":2},{""sku"":""B"",""qty"":""3""}]}"
o is ST_Order
o = j
Trace(o.id, o.customer, o.note, ArrayCount(o.lines), o.lines[2].sku, o.lines[2].qty + 1)   // expect: 7, Ann, , 2, B, 4
v is Variant = JSONToVariant("{""X"":3,""y"":4,""z"":5}")
p is CPoint = v
Trace(p.x, p.y)   // expect: 3, 4
j2 is JSON = o
Trace(j2)   // expect: {"id":7,"lines":[{"sku":"A","qty":2},{"sku":"B","qty":3}],"client":"Ann"}
Trace(j2.lines[1].sku)   // expect: A
// Missing members keep their default; a declaration with the JSON as initial value
empty is ST_Order = JSONToVariant("{""id"":1}")
Trace(empty.id, ArrayCount(empty.lines), empty.customer = "")   // expect: 1, 0, 1
// JSON nested deeper than JSON is converted: its depth and the bound, in words of ours (it quoted
// Python's "maximum recursion depth exceeded while decoding a JSON array...")
deep is Variant = JSONToVariant(Repeat("[", 100000))
Trace(ErrorOccurred, ErrorInfo(errMessage))
// expect: 1, JSONToVariant: The JSON is nested 100,000 levels deep; JSON and XML are converted to 1,000 levels at most.
