// Un tableau littéral affecté à une structure remplit un membre tableau avec les
// valeurs entre crochets à sa place, comme la déclaration `= [...]` du membre : la
// procédure DEFINE_GUID de PC SOFT (COMUtils) écrit `stGUID = [ l, w1, w2, [ b1, ..., b8 ] ]`
// dans une structure dont Data4 est un tableau fixe de 8 octets. Elle s'arrêtait :
// « A value of type list cannot be stored in an array ».
GUID est une structure
	Data1 est un entier sur 4 sans signe
	Data2 est un entier sur 2 sans signe
	Data3 est un entier sur 2 sans signe
	Data4 est un tableau fixe de 8 entiers sans signe sur 1
FIN
g est un GUID = [0x00020400, 0, 0, [0xC0, 0, 0, 0, 0, 0, 0, 0x46]]
Trace(g.Data1, g.Data4[1], g.Data4[8], TableauOccurrence(g.Data4)) // expect: 132096, 192, 70, 8
g = [1, 2, 3, [4, 5]]
Trace(g.Data3, g.Data4[2], g.Data4[3], TableauOccurrence(g.Data4)) // expect: 3, 5, 0, 8
Ligne est une Structure
	Libellé est une chaîne
	Montants est un tableau d'entiers
	Grille est un tableau de 2 par 2 entiers
FIN
l est une Ligne = ["total", [10, 20, 30], [[1, 2], [3, 4]]]
Trace(l.Libellé, TableauOccurrence(l.Montants), l.Montants[3], l.Grille[2, 1]) // expect: total, 3, 30, 3
lignes est un tableau de Lignes
TableauAjoute(lignes, ["sous", [5]])
Trace(lignes[1].Montants[1], TableauOccurrence(lignes[1].Grille)) // expect: 5, 2
