// Mail merge: a letter template filled by its {name} tags, with default values (optional
// parameters, `*`), "key=value" lines read with ExtractString. English keywords, the
// French twin's names and data (publipostage_modele_fr.wl)
sFiche is string = [
	civilité=Mme
	nom=Lefèvre
	ville=Besançon
	montant=1250,5
]
tabValeurs is associative array (ccIgnoreCase) of strings
sLigne is string = ExtractString(sFiche, 1, RC)
nLigne is int = 1
WHILE sLigne <> EOT
	IF Position(sLigne, "=") > 0 THEN
		tabValeurs[NoSpace(ExtractString(sLigne, 1, "="))] = NoSpace(ExtractString(sLigne, 2, "="))
	END
	nLigne++
	sLigne = ExtractString(sFiche, nLigne, RC)
END
Trace(tabValeurs..Occurrence, tabValeurs["VILLE"]) // expect: 4, Besançon

sModèle is string = "{Civilité} {NOM}, de {ville} : votre solde est de {montant} €. {signature}"
Trace(Remplit(sModèle, tabValeurs)) // expect: Mme Lefèvre, de Besançon : votre solde est de 1250,5 €. {signature}
Trace(Remplit(sModèle, tabValeurs, "?")) // expect: Mme Lefèvre, de Besançon : votre solde est de 1250,5 €. ?
Trace(Remplit("<<nom>> à <<ville>>", tabValeurs, *, "<<", ">>")) // expect: Lefèvre à Besançon
Trace(StringBuild("%1 %2 doit %3 €", tabValeurs["civilité"], Upper(tabValeurs["nom"]), tabValeurs["montant"])) // expect: Mme LEFÈVRE doit 1250,5 €
Trace(Remplit("{nom", tabValeurs)) // expect: {nom

PROCEDURE Remplit(LOCAL sTexte is string, tabV is associative array of strings, sInconnu is string = Null, sOuvre is string = "{", sFerme is string = "}") : string
sRés is string
nPos is int = 1
LOOP
	nDébut is int = Position(sTexte, sOuvre, nPos)
	IF nDébut = 0 THEN BREAK
	nFin is int = Position(sTexte, sFerme, nDébut + Length(sOuvre))
	IF nFin = 0 THEN BREAK
	sRés += sTexte[[nPos TO nDébut - 1]]
	sClé is string = sTexte[[nDébut + Length(sOuvre) TO nFin - 1]]
	IF tabV[sClé]..Exist THEN
		sRés += tabV[sClé]
	ELSE IF sInconnu = Null THEN
		sRés += sOuvre + sClé + sFerme
	ELSE
		sRés += sInconnu
	END
	nPos = nFin + Length(sFerme)
END
RESULT sRés + Middle(sTexte, nPos)
