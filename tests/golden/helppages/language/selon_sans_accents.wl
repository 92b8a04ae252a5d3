// Page d'aide "Instruction SELON" (doc.pcsoft.fr ?1510008), ses exemples écrits sans accents :
// le WLangage accepte ses mots-clés avec ou sans accents (CAS A 8 : « CAS À 8 »).
Quantite est un entier
Comment est une chaine
POUR Quantite = 1 _A_ 3
	SELON Quantite
	CAS 1 : Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 2 : Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	AUTRE CAS : Comment = ""
	FIN
	Trace(Quantite, "[" + Comment + "]")
FIN
// expect: 1, [Profitez des promotions : 2 produits pour le prix d'un]
// expect: 2, [Vous achetez deux produits : vous n'en payez qu'un seul]
// expect: 3, []
Valeur est un entier
POUR TOUT Valeur DE [10, 15, 25, 40]
	SELON Valeur
	CAS 10 : Trace(10)
	CAS 10<*<20 : Trace("Compris entre 10 et 20")
	CAS >30 : Trace("Supérieur à 30")
	FIN
FIN
// expect: 10
// expect: Compris entre 10 et 20
// expect: Supérieur à 30
POUR TOUT Quantite DE [5, 9, 10, 15, 21]
	SELON Quantite
	CAS A 8: // Valeur inférieure ou égale à 8
	Comment = "Un cadeau pour tout achat"
	CAS 9,10: // Valeur égale à 9 ou 10
	Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 11 A 20 // Valeur comprise entre 11 et 20 (inclus)
	Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	CAS > 20: // Valeur supérieure à 20
	Comment = ""
	FIN
	Trace(Quantite, "[" + Comment + "]")
FIN
// expect: 5, [Un cadeau pour tout achat]
// expect: 9, [Profitez des promotions : 2 produits pour le prix d'un]
// expect: 10, [Profitez des promotions : 2 produits pour le prix d'un]
// expect: 15, [Vous achetez deux produits : vous n'en payez qu'un seul]
// expect: 21, []
// Syntaxe simplifiée : Combo_Sel contient des chiffres de 1 à 5
// Selon le chiffre sélectionné, un prénom est affiché
Valeur = 3
Resultat1 est une chaine = ""
Resultat1 = SELON (Valeur, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
Trace(Resultat1) // expect: Camille
Valeur = 7
Resultat1 = SELON (Valeur, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
Trace(Resultat1) // expect: Pas trouvé
