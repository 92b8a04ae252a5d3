// Page d'aide "DateVersChaîne (Fonction)" (doc.pcsoft.fr ?3027025) : son exemple tel qu'il
// est écrit, avec une Trace de chaque résultat annoncé. Pour "JJJ"/"JJJJ" la page annonce
// "mar. 02 déc. 2003" ou "Mar. 02 Déc. 2003" selon les options linguistiques du projet :
// nous donnons la première forme. maskDateSystème (le format du projet) : ici JJ/MM/AAAA.
Res = DateVersChaîne("20191225") // Res = "25/12/2019"
Trace(Res) // expect: 25/12/2019
Res = DateVersChaîne(EntierVersDate(73773)) // Res = "25/12/2001"
Trace(Res) // expect: 25/12/2001
Trace("[" + DateVersChaîne("") + "]")  // Retourne ""
// expect: []
Res = DateVersChaîne("20191225", "MM-JJ-AAAA") // Res = "12-25-2019"
Trace(Res) // expect: 12-25-2019
Res = DateVersChaîne(DateSys(), maskDateSystème) 
// Res utilise le format défini dans le projet
Trace(Taille(Res), Res[[3]], Res[[6]]) // expect: 10, /, /
// La casse des jours et mois en lettres est dépendante des options linguistiques du projet
Res = DateVersChaîne("20031202", "JJJ JJ MMM AAAA")
// Res = "mar. 02 déc. 2003" ou "Mar. 02 Déc. 2003"
Trace(Res) // expect: mar. 02 déc. 2003
Res = DateVersChaîne("20031202", "JJJJ JJ MMMM AAAA") 
// Res = "mardi 02 décembre 2003" ou "Mardi 02 Décembre 2003"
Trace(Res) // expect: mardi 02 décembre 2003
// La casse des jours et des mois est forcée avec une majuscule
Res = DateVersChaîne("20031202", "Jjj JJ Mmm AAAA") // Res = "Mar. 02 Déc. 2003"
Trace(Res) // expect: Mar. 02 Déc. 2003
Res = DateVersChaîne("20031202", "Jjjj JJ Mmmm AAAA") // Res = "Mardi 02 Décembre 2003"
Trace(Res) // expect: Mardi 02 Décembre 2003
