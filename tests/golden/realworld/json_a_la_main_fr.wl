// Export d'enregistrements en JSON construit à la main (guillemets doublés, [[a À b]],
// Remplace), POUR TOUTE CHAÎNE ... SÉPARÉE PAR RC sur une chaîne multiligne, puis relu.
sLignes est une chaîne = [
	1;Dupont;Jean;12.5
	2;Martin;"Zoé";7
	3;O'Neil;Ann;0
	]
sJSON est une chaîne = "{""ok"":true,""rows"":["
nCount est un entier = 0
POUR TOUTE CHAÎNE sLigne DE sLignes SÉPARÉE PAR RC
	SI SansEspace(sLigne) = "" ALORS CONTINUER
	SI nCount > 0 ALORS sJSON += ","
	sJSON += Objet(sLigne)
	nCount++
FIN
sJSON += "],""count"":" + nCount + "}"
Trace(sJSON)
// expect: {"ok":true,"rows":[{"id":1,"nom":"Dupont","prenom":"Jean","solde":12.5},{"id":2,"nom":"Martin","prenom":"\"Zoé\"","solde":7},{"id":3,"nom":"O'Neil","prenom":"Ann","solde":0}],"count":3}

// insère un champ avant l'accolade fermante du dernier objet
nPos est un entier = Taille(sJSON)
TANTQUE nPos > 0 ET sJSON[[nPos]] <> "}"
	nPos--
FIN
nPos2 est un entier = nPos - 1
TANTQUE nPos2 > 0 ET sJSON[[nPos2]] <> "}"
	nPos2--
FIN
sJSON = sJSON[[1 À nPos2 - 1]] + ",""vu"":true" + sJSON[[nPos2 À]]
Trace(Droite(sJSON, 40))
// expect: ":"Ann","solde":0,"vu":true}],"count":3}

vDoc est un Variant = JSONVersVariant(sJSON)
Trace(vDoc.rows[2].prenom + " / " + vDoc.count)
// expect: "Zoé" / 3

PROCÉDURE Objet(sLigne est une chaîne) : chaîne
	sNom est une chaîne = ExtraitChaîne(sLigne, 2, ";")
	RENVOYER ChaîneConstruit("{""id"":%1,""nom"":""%2"",""prenom"":""%3"",""solde"":%4}", ...
		Val(ExtraitChaîne(sLigne, 1, ";")), Echappe(sNom), Echappe(ExtraitChaîne(sLigne, 3, ";")), ...
		Val(ExtraitChaîne(sLigne, 4, ";")))

PROCÉDURE Echappe(s est une chaîne) : chaîne
	RENVOYER Remplace(s, """", "\""")
