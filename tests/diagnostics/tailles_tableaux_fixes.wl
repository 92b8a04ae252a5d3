// les dimensions d'un tableau fixe sont fixées à la compilation et « ne peuvent pas être
// modifiées » (?1514025) : les fonctions qui ajoutent, insèrent ou suppriment des éléments
// ou changent ses dimensions sont refusées à l'appel, avec les mots de l'exécution
tf est un tableau fixe de 3 entiers
grille est un tableau fixe de 2 par 3 entiers
td est un tableau de 3 entiers
tf[1] = 5
Trace(Dimension(tf), TableauOccurrence(tf), tf.Occurrence)
Dimension(tf, 5) // error: WL115:1 Dimension: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
TableauAjoute(tf, 4) // error: WL115:1 TableauAjoute: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
tf.Ajoute(4) // error: WL115:4 Ajoute: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
TableauInsere(tf, 1, 9) // error: WL115:1 TableauInsère: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
TableauSupprime(tf, 1) // error: WL115:1 TableauSupprime: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
TableauSupprimeTout(tf) // error: WL115:1 TableauSupprimeTout: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
TABLEAUAJOUTELIGNE(grille, 1, 2, 3) // error: WL115:1 TableauAjouteLigne: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
tc est un tableau fixe [10] chaînes // la taille entre crochets : fixe aussi
tc.Ajoute("y") // error: WL115:4 Ajoute: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
// un tableau déclaré avec une taille n'est pas un tableau fixe : il grandit
Dimension(td, 5)
TableauAjoute(td, 4)
TableauSupprimeTout(td)
Trace(td.Occurrence)
