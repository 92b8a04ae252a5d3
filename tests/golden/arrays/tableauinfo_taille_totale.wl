// TableauInfo(t, tiTailleTotale) : la taille du tableau en octets ; un tableau de chaînes
// n'a pas de taille fixe : erreur claire
t est un tableau de 5 entiers sur 2 octets
Trace(TableauInfo(t, tiTailleTotale), TableauInfo(t, tiNombreEléments)) // expect: 10, 5
s est un tableau de chaînes
TableauAjoute(s, "a")
Trace(TableauInfo(s, tiTailleTotale)) // expect error: tiTotalSize needs elements of a fixed size in bytes
