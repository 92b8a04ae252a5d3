// An array of arrays (help ?1514030): declared with the plural as the help writes it
// (`array of arrays of int`, `tableau de tableaux associatifs d'entiers`); t[i, j] is
// element j of the array t[i], read and written; an element that is not an array keeps
// the dimension error.
t is array of arrays of int
ArrayAdd(t)
ArrayAdd(t[1], 10)
ArrayAdd(t[1], 20)
t[1, 2] = 25
Trace(t[1, 2], t[1][1], ArrayCount(t[1]))   // expect: 25, 10, 2
ta est un tableau de tableaux associatifs d'entiers
TableauAjoute(ta)
ta[1]["a"] = 3
Trace(ta[1]["a"])   // expect: 3
s is array of int = [1, 2]
Trace(s[1, 1])   // expect error: The array has 1 dimension(s), not 2
