// Publipostage : un modèle de lettre rempli par ses balises {nom}, avec valeurs par
// défaut (paramètres optionnels), lignes "clé=valeur" lues par ExtraitChaîne
sFiche est une chaîne = [
	civilité=Mme
	nom=Lefèvre
	ville=Besançon
	montant=1250,5
]
tabValeurs est un tableau associatif (ccSansCasse) de chaînes
sLigne est une chaîne = ExtraitChaîne(sFiche, 1, RC)
nLigne est un entier = 1
TANTQUE sLigne <> EOT
	SI Position(sLigne, "=") > 0 ALORS
		tabValeurs[SansEspace(ExtraitChaîne(sLigne, 1, "="))] = SansEspace(ExtraitChaîne(sLigne, 2, "="))
	FIN
	nLigne++
	sLigne = ExtraitChaîne(sFiche, nLigne, RC)
FIN
Trace(tabValeurs..Occurrence, tabValeurs["VILLE"]) // expect: 4, Besançon

sModèle est une chaîne = "{Civilité} {NOM}, de {ville} : votre solde est de {montant} €. {signature}"
Trace(Remplit(sModèle, tabValeurs)) // expect: Mme Lefèvre, de Besançon : votre solde est de 1250,5 €. {signature}
Trace(Remplit(sModèle, tabValeurs, "?")) // expect: Mme Lefèvre, de Besançon : votre solde est de 1250,5 €. ?
Trace(Remplit("<<nom>> à <<ville>>", tabValeurs, *, "<<", ">>")) // expect: Lefèvre à Besançon
Trace(ChaîneConstruit("%1 %2 doit %3 €", tabValeurs["civilité"], Majuscule(tabValeurs["nom"]), tabValeurs["montant"])) // expect: Mme LEFÈVRE doit 1250,5 €
Trace(Remplit("{nom", tabValeurs)) // expect: {nom

PROCÉDURE Remplit(LOCAL sTexte est une chaîne, tabV est un tableau associatif de chaînes, sInconnu est une chaîne = Null, sOuvre est une chaîne = "{", sFerme est une chaîne = "}") : chaîne
sRés est une chaîne
nPos est un entier = 1
BOUCLE
	nDébut est un entier = Position(sTexte, sOuvre, nPos)
	SI nDébut = 0 ALORS SORTIR
	nFin est un entier = Position(sTexte, sFerme, nDébut + Taille(sOuvre))
	SI nFin = 0 ALORS SORTIR
	sRés += sTexte[[nPos À nDébut - 1]]
	sClé est une chaîne = sTexte[[nDébut + Taille(sOuvre) À nFin - 1]]
	SI tabV[sClé]..Existe ALORS
		sRés += tabV[sClé]
	SINON SI sInconnu = Null ALORS
		sRés += sOuvre + sClé + sFerme
	SINON
		sRés += sInconnu
	FIN
	nPos = nFin + Taille(sFerme)
FIN
RENVOYER sRés + Milieu(sTexte, nPos)
