// EnumérationDepuisNom/DepuisValeur/VérifieNom/VérifieValeur, CombinaisonDepuisNom/
// DepuisValeur/VérifieNom : un nom ou une valeur stockés redeviennent du type
Livraison est une Énumération
	Poste
	Coursier = "C"
	Retrait = 7
FIN
COMB_Role est une Combinaison
	Face
	Dos
	Détail
FIN
l est un Livraison = EnumérationDepuisNom(Livraison, "COURSIER")
Trace(l, l..Valeur, l = Coursier) // expect: Coursier, C, 1
Trace(EnumerationDepuisValeur(Livraison, 7), EnumérationDepuisValeur(Livraison, "C")) // expect: Retrait, Coursier
Trace(EnumérationVérifieNom(Livraison, "retrait"), EnumerationVerifieNom(Livraison, "Drone")) // expect: 1, 0
Trace(EnumérationVérifieValeur(Livraison, 7), EnumérationVérifieValeur(Livraison, 3)) // expect: 1, 0
r est un COMB_Role = CombinaisonDepuisNom(COMB_Role, "detail")
Trace(r, r[Détail], r[Face]) // expect: Détail, 1, 0
RôleStocké est un entier = 3
r = CombinaisonDepuisValeur(COMB_Role, RôleStocké)
Trace(r[Face], r[Dos], r[Détail]) // expect: 1, 1, 0
Trace(CombinaisonVérifieNom(COMB_Role, "Dos"), CombinaisonVerifieNom(COMB_Role, "Côté")) // expect: 1, 0
EnumérationDepuisNom(Livraison, "Drone") // expect error: 'Drone' is not a value of the enumeration Livraison
