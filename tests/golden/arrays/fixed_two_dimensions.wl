// a fixed two-dimensional array is indexed a[i, j]
grid is fixed array of 2 by 3 int
FOR i = 1 TO 2
	FOR j = 1 TO 3
		grid[i, j] = i * 10 + j
	END
END
Trace(grid[1, 1], grid[2, 3]) // expect: 11, 23
Trace(grid[1, 3] + grid[2, 1]) // expect: 34
