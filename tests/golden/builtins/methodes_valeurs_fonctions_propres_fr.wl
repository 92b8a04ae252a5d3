// Une méthode d'une variable chaîne ou tableau est la fonction de son genre quand une
// porte ce nom, même si une fonction du nom nu existe : s.Supprime("l") est
// ChaîneSupprime (c'était TableauSupprime donné une chaîne : « Delete expects an
// array »), tab.Info(tiDimension) est TableauInfo (c'était Info, un message montrant le
// tableau). Un Variant ou un paramètre non typé : ce qu'il contient décide.
sMot est une chaîne = "hello"
Trace(sMot.Supprime("l")) // expect: heo
Trace(sMot.Insère("X", 2)) // expect: hXello
Trace(sMot.Delete("l")) // expect: heo
Trace(sMot.Occurrence("l"), sMot.Inverse()) // expect: 2, olleh
tabValeurs est un tableau d'entiers = [3, 1, 2]
Trace(tabValeurs.Info(tiDimension)) // expect: 1
tabValeurs.Insère(2, 9)
tabValeurs.Supprime(1)
Trace(tabValeurs.Occurrence(), tabValeurs[1]) // expect: 3, 9
taStock est un tableau associatif d'entiers
taStock["boulon"] = 4
Trace(taStock.Occurrence(), taStock.Info(tiDimension)) // expect: 1, 1
vTexte est un Variant = "hello"
vListe est un Variant = [3, 1, 2]
Trace(vTexte.Supprime("l"), vListe.Info(tiDimension)) // expect: heo, 1
Trace(SansL("hello")) // expect: heo

PROCÉDURE SansL(x)
	RENVOYER x.Supprime("l")
