// POUR TOUTE POSITION p DE cherchée DANS texte : p prend chaque position (à partir de 1)
// de `cherchée` dans `texte`, de gauche à droite, celles qui se chevauchent comprises,
// comme la marche firstRank / nextRank de PositionOccurrence (décidé : aucune page
// stockée ne montre l'instruction ; docs/semantics.md "FOR ALL POSITION"). C'était une
// erreur de syntaxe.
s est une chaîne = "abcabcab"
POUR TOUTE POSITION p DE "ab" DANS s
	Trace(p)
FIN
// expect: 1
// expect: 4
// expect: 7
POUR TOUTE POSITION p DE "aa" DANS "aaaa" DepuisFin
	Trace(p)
FIN
// expect: 3
// expect: 2
// expect: 1
sLieu est une chaîne = "Antananarivo, Madagascar"
sBoucle est une chaîne
POUR TOUTE POSITION nPos DE "a" DANS sLieu
	sBoucle += [","] + nPos
FIN
Trace(sBoucle) // expect: 4,6,8,16,18,20,23
SI PAS Contient(sLieu, "zz") ALORS
	POUR TOUTE POSITION nPos DE "zz" DANS sLieu
		Trace("jamais")
	FIN
FIN
