// Les indices face aux dimensions déclarées d'un tableau (voir subscript_counts.wl)
t est un tableau de 5 par 3 entiers
u est un tableau de 4 chaînes
t[1, 2] = 4
t[1, 2, 3] = 5 // error: WL110:1 the array 't' has 2 dimension(s), not 3
Trace(u[1, 2]) // error: WL110:7 the array 'u' has 1 dimension(s), not 2
n est un entier = t[1] // error: WL110:1 't[...]' (a row of the array 't', which has 2 dimensions) is an array: an array cannot be stored in 'n', a number
n = t[3] * 2 // error: WL113:5 't[...]' (a row of the array 't', which has 2 dimensions) is an array: it cannot be an operand of '*'
n = t[1, 2] + Taille(u[2])
Trace(n)
// un tableau déclaré sans dimensions en a une, et un membre déclaré avec les siennes
STP est une Structure
	tab est un tableau de 4 entiers
FIN
d est un tableau d'entiers
TableauAjoute(d, 1)
s est une STP
Trace(d[1, 1]) // error: WL110:7 the array 'd' has 1 dimension(s), not 2
s.tab[2, 2] = 1 // error: WL110:3 the array 's.tab' has 1 dimension(s), not 2
