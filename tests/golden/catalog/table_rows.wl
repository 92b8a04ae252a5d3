// FOR ALL ROW OF a Table control compiles and fails when it runs, like Table* functions.
t is array of int = [1, 2]
FOR EACH x OF t
	Trace(x) // expect: 1
	BREAK
END
FOR ALL ROW OF TABLE_X // expect error: FOR ALL ROW OF TABLE_X is a window function: not available outside the IDE
	Trace("never")
END
