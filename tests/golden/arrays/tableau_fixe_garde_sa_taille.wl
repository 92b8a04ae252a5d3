// les dimensions d'un tableau fixe « ne peuvent pas être modifiées » (?1514025) :
// Dimension, TableauAjoute, TableauInsère, TableauSupprime, TableauSupprimeTout...
// arrêtent l'exécution (elles changeaient sa taille en silence) ; un tableau déclaré
// avec une taille grandit toujours
td est un tableau de 3 entiers
Dimension(td, 5)
TableauAjoute(td, 6)
Trace(td.Occurrence) // expect: 6
tf est un tableau fixe de 3 entiers
tf[3] = 7
Trace(Dimension(tf), tf.Occurrence, tf[3]) // expect: 3, 3, 7
tc est un tableau fixe [10] chaînes // la taille entre crochets : fixe aussi
tc[10] = "x"
Trace(Dimension(tc), tc[10]) // expect: 10, x
TableauSupprimeTout(tf) // expect error: TableauSupprimeTout: this array is a fixed array: its dimensions are set when compiling and cannot be modified
