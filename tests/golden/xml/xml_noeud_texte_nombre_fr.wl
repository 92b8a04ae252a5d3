// Un nœud XML donné aux fonctions de chaînes et de nombres est son texte, comme dans une
// chaîne ou un calcul : EstNumérique(nœud) était Faux quoi qu'il contienne et
// Arrondi(nœud, 0) s'arrêtait (« expects a number, not a value of type xmlNode »), alors
// que Val, Taille, Majuscule... le prenaient (INFERRED : la page de xmlNoeud n'est pas
// conservée ; un nœud se lit comme son texte partout ailleurs). Jumeau anglais :
// xml_node_as_text_number_en.wl.
doc est un xmlDocument = XMLOuvre("<R><N> 12.5 </N><D>20261206</D><S>abc;def</S></R>", depuisChaîne)
Trace(Taille(doc.R.S), Majuscule(doc.R.S), ExtraitChaîne(doc.R.S, 2, ";"))
Trace(SansEspace(doc.R.N), Val(doc.R.N) * 2, Arrondi(doc.R.N, 0))
Trace(DateValide(doc.R.D), DateVersChaîne(doc.R.D, "JJ/MM/AAAA"))
d est une Date = doc.R.D
Trace(d..Année)
Trace(Position(doc.R.S, "def"), Remplace(doc.R.S, ";", "|"), Gauche(doc.R.S, 2), Milieu(doc.R.S, 2, 2))
Trace(EstNumérique(doc.R.S), ChaîneOccurrence(doc.R.S, "e"))
n est un entier = doc.R.N
Trace(n)
tab est un tableau de chaînes
ChaîneVersTableau(doc.R.S, tab, ";")
Trace(tab..Occurrence)
j est un JSON = "{""a"":"" 7 "",""b"":""x""}"
Trace(EstNumérique(j.a), Taille(j.b), Majuscule(j.b))
Trace(EstNumérique(doc.R.N), Arrondi(j.absent, 2), PartieEntière(doc.R.N))

// ce qu'il affiche
// expect: 7, ABC;DEF, def
// expect: 12.5, 25, 13
// expect: 1, 06/12/2026
// expect: 2026
// expect: 5, abc|def, ab, bc
// expect: 0, 1
// expect: 12
// expect: 2
// expect: 1, 1, X
// expect: 1, 0, 12
