// Une propriété qu'un Buffer n'a pas, lue avec `..` ou `.` : WL109 en nommant un Buffer, les
// mots de l'exécution là où elle s'arrête
bufDonnées est un Buffer = "abc"
Trace(bufDonnées..Taille)
Trace(bufDonnées..Couleur) // error: WL109:19 A Buffer has no property 'Couleur'
