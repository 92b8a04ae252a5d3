// a line starting with ELSE right after a one-line IF belongs to it
x is int = 5
IF x = 4 THEN Trace("four")
ELSE Trace("not four") // expect: not four
IF x = 5 THEN Trace("five") // expect: five
ELSE Trace("never")
