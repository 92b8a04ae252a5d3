// Un membre inconnu atteint par un élément de tableau : WL109 comme pour une variable
STPoint est une Structure
	x est un entier
FIN
t est un tableau de STPoint
TableauAjoute(t)
t[1].x = 1
t[1].Z = 3 // error: WL109:6 'Z' is not a member of the structure STPoint
Trace(t[1].x)
POUR TOUT pt DE t
	Trace(pt.X, pt.Y) // error: WL109:17 'Y' is not a member of the structure STPoint
FIN
