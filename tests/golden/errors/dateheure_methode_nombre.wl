// La méthode d'une DateHeure appelée avec trop de paramètres nomme la fonction DateHeure
// qu'elle appelle (elle nommait DateVersChaîne) : l'exemple de la page
// `<DateHeure>.VersChaîne` (?1000025807) qui écrit une date heure avant le masque.
MaDateHeure est une DateHeure = "202012021715"
Trace(MaDateHeure.VersChaîne("Jjj JJ Mmm AAAA HH:mm")) // expect: Mer. 02 Déc. 2020 17:15
Trace(MaDateHeure.VersChaîne("202012021715", "Jjjj JJ Mmmm AAAA HH:mm")) // expect error: The method .VersChaîne() is DateHeureVersChaîne, which expects 1 to 2 parameter(s) counting the value it is called on, but received 3.
