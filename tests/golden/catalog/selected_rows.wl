// FOR ALL SELECTED ROW OF a Table control parses and fails when it runs, like FOR ALL ROW.
n is int = 2
FOR ALL SELECTED ROW OF TABLE_Orders // expect error: FOR ALL SELECTED ROW OF TABLE_Orders is a window function: not available outside the IDE
	n++
END
