// A multiple declaration names variables only: a member in a slot is refused at it
// (docs/semantics.md "Multiple declaration"); the line was "unexpected 'is'".
o is Point
(o.x, nY) is int = (1, 2) // expect error: a multiple declaration names variables only: (a, b) is int = ...
Point is a Class
    x is int
END
