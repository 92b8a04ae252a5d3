// `o?.x` (C#'s null-conditional member access) is not among WLanguage's null operators
// (?1511031 lists ?!, ??, ??*, ??= and ??=*): the syntax error says so at the `?` and
// shows what to write instead; it said "unexpected '.'; expected an expression".
// (docs/semantics.md "No ?. operator")
o is CPoint dynamic
Trace(o <> Null ? o.x ELSE -1)
Trace(o?.x) // expect error: '?.' is not a WLanguage operator (the null operators are ?!, ??, ??*, ??= and ??=*): test the object first (IF o <> Null THEN ...) or write (o <> Null ? o.x ELSE value)

CPoint is Class
	x is int
END
