// TableauCopie vers un tableau fixe : ses dimensions « ne peuvent pas être modifiées »
// (?1514025) ; une source de sa taille est copiée et la destination reste fixe, toute
// autre taille arrête l'exécution (TableauCopie la redimensionnait en silence)
tf est un tableau fixe de 3 entiers
pareil est un tableau d'entiers = [7, 8, 9]
TableauCopie(pareil, tf)
Trace(tf.Occurrence, tf[3]) // expect: 3, 9
TABLEAUCOPIE(pareil, tf)
Trace(Dimension(tf)) // expect: 3
src est un tableau d'entiers = [1, 2, 3, 4, 5]
TableauCopie(src, tf) // expect error: TableauCopie: this array is a fixed array: its dimensions are set when compiling and cannot be modified
