// Page d'aide "Instruction SELON" (doc.pcsoft.fr ?1510008) : ses exemples tels qu'ils sont
// écrits, exécutés pour plusieurs valeurs (la page ne donne pas de résultat : chaque cas
// est celui que ses commentaires annoncent). Dans la syntaxe simplifiée, la page lit la
// valeur dans un champ COMBO_sel : une variable entière la remplace ici.
Quantité est un entier
Comment est une chaîne
POUR Quantité = 1 _À_ 3
	SELON Quantité
	CAS 1 : Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 2 : Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	AUTRE CAS : Comment = ""
	FIN
	Trace(Quantité, "[" + Comment + "]")
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
POUR TOUT Quantité DE [5, 9, 10, 15, 21]
	SELON Quantité
	CAS À 8: // Valeur inférieure ou égale à 8
	Comment = "Un cadeau pour tout achat"
	CAS 9,10: // Valeur égale à 9 ou 10
	Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 11 À 20 // Valeur comprise entre 11 et 20 (inclus)
	Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	CAS > 20: // Valeur supérieure à 20
	Comment = ""
	FIN
	Trace(Quantité, "[" + Comment + "]")
FIN
// expect: 5, [Un cadeau pour tout achat]
// expect: 9, [Profitez des promotions : 2 produits pour le prix d'un]
// expect: 10, [Profitez des promotions : 2 produits pour le prix d'un]
// expect: 15, [Vous achetez deux produits : vous n'en payez qu'un seul]
// expect: 21, []
// Syntaxe simplifiée : Combo_Sel contient des chiffres de 1 à 5
// Selon le chiffre sélectionné, un prénom est affiché
Valeur = 3
Résultat1 est une chaîne = ""
Résultat1 = SELON (Valeur, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
Trace(Résultat1) // expect: Camille
Valeur = 7
Résultat1 = SELON (Valeur, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
Trace(Résultat1) // expect: Pas trouvé
