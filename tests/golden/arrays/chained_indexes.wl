// an element of a multi-dimensional array can also be written a[i][j] (same element as a[i, j])
g is fixed array of 2 by 3 int
g[2, 1] = 5
Trace(g[2][1]) // expect: 5
g[1][3] = 7
Trace(g[1, 3]) // expect: 7
