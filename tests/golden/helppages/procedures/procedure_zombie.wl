// Page d'aide « Procédures zombies » ?1514085 (jumeau français écrit d'après la page
// anglaise) : sa procédure, rendue obsolète par l'attribut <zombie comment = "...">
// (wl check avertit à chaque appel, WL221, avec le commentaire ; l'appel s'exécute). Le
// champ Arbre ArbreCommande est ici un tableau de ses noeuds, ArbreEtat / ArbreAjoute
// (fonctions de fenêtre) et AjouteMois sont des procédures à nous, arbreErreur /
// arbreDernier des constantes à nous.
CONSTANTE
	arbreErreur = -1
	arbreDernier = 2
FIN
ArbreCommande est un tableau de chaînes
AjouteArbre("2024", "Jan", "annee.png", "mois.png")
AjouteArbre("2024", "Fév", "annee.png", "mois.png")
Trace(TableauOccurrence(ArbreCommande), ArbreCommande[1], ArbreCommande[2])
// expect: 3, 2024, 2024\Jan

PROCÉDURE AjouteArbre(sNoeud, sMois, sImageDate, sImage)<zombie comment = "utiliser AjComplet">

// Vérifie si l'année existe
SI ArbreEtat(ArbreCommande, sNoeud) = arbreErreur ALORS
	// elle n'existe pas, on la crée avec tous les mois
	ArbreAjoute(ArbreCommande, sNoeud, sImageDate, sImageDate, "", arbreDernier)
	AjouteMois(sNoeud)
FIN

PROCÉDURE ArbreEtat(tabArbre est un tableau de chaînes, sNoeud)
SI TableauCherche(tabArbre, tcLinéaire, sNoeud) = -1 ALORS RENVOYER arbreErreur
RENVOYER 1

PROCÉDURE ArbreAjoute(tabArbre est un tableau de chaînes, sNoeud, *)
TableauAjoute(tabArbre, sNoeud)

PROCÉDURE AjouteMois(sNoeud)
ArbreAjoute(ArbreCommande, sNoeud + "\Jan")
ArbreAjoute(ArbreCommande, sNoeud + "\Fév")
