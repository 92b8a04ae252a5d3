// A line separator (U+2028) or a page break in a comment does not end the line: the
// error after it is placed on its own line, as `wl check` places it (the run's lines
// were cut there too: the error went one line down, or an internal error past the end)
IDrawable is an interface
	PROCEDURE Draw()
END
CSquare is a Class
	implements IDrawable // wl: ignore[WL110]
END
c is a CSquare
d is an IDrawable <- c
Trace(1) // a separator  and a page break  // expect: 1
d.Draw() // expect error: The class CSquare has no method 'Draw'
