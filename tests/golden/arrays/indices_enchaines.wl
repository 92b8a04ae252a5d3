// t[i][j] est le même élément que t[i, j]
t est un tableau de 3 par 3 entiers
t[3][2] = 4
Trace(t[3, 2], t[3][2]) // expect: 4, 4
