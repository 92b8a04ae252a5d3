// TableauTrie de Variants contenant Null et des valeurs de types mêlés (décidé, aucune
// page conservée ne les ordonne : docs/builtins.md ArraySort) : Null d'abord, puis les
// nombres (un booléen vaut 0 ou 1), puis les textes, chacun dans son ordre ; en
// décroissant l'inverse, Null à la fin. Null était trié comme "" : après tout nombre.
tabMélange est un tableau de Variants
TableauAjoute(tabMélange, 3)
TableauAjoute(tabMélange, Null)
TableauAjoute(tabMélange, "abc")
TableauAjoute(tabMélange, 1.5)
TableauAjoute(tabMélange, NULL)
TableauAjoute(tabMélange, "10")
TableauAjoute(tabMélange, Vrai)
TableauTrie(tabMélange)
sLigne est une chaîne
POUR TOUT vElément DE tabMélange
	sLigne += [";"] + (vElément = Null ? "Null" SINON vElément)
FIN
Trace(sLigne) // expect: Null;Null;1;1.5;3;10;abc
TableauTrie(tabMélange, ttDécroissant)
sLigne = ""
POUR TOUT vElément DE tabMélange
	sLigne += [";"] + (vElément = Null ? "Null" SINON vElément)
FIN
Trace(sLigne) // expect: abc;10;3;1.5;1;Null;Null
// des nombres et Null : Null d'abord (il venait après 9)
tabMontants est un tableau de Variants = [5, Null, -2, 9]
tabMontants.Trie()
Trace(tabMontants[1] = Null, tabMontants[2], tabMontants[3], tabMontants[4]) // expect: 1, -2, 5, 9
// des textes et Null : Null avant le texte vide
tabNoms est un tableau de variants = ["b", "", Null, "a"]
Trie(tabNoms)
Trace(TypeVar(tabNoms[1]), TypeVar(tabNoms[2]), tabNoms[3], tabNoms[4]) // expect: 0, 16, a, b
// un membre Null dans un tableau de structures, une colonne d'un tableau à deux dimensions
STClient est une Structure
	sNom est une chaîne
	vDernièreCommande est un Variant
FIN
tabClients est un tableau de STClient
stC est un STClient
stC.sNom = "Martin"; stC.vDernièreCommande = 250
TableauAjoute(tabClients, stC)
stC.sNom = "Dupont"; stC.vDernièreCommande = Null
TableauAjoute(tabClients, stC)
stC.sNom = "Durand"; stC.vDernièreCommande = 80
TableauAjoute(tabClients, stC)
TableauTrie(tabClients, ttMembre, "vDernièreCommande")
Trace(tabClients[1].sNom, tabClients[2].sNom, tabClients[3].sNom) // expect: Dupont, Durand, Martin
TableauTrie(tabClients, ttMembre, "-vDernièreCommande")
Trace(tabClients[1].sNom, tabClients[3].sNom) // expect: Martin, Dupont
tabGrille est un tableau de 3 par 2 Variants
tabGrille[1, 1] = "x"; tabGrille[1, 2] = 7
tabGrille[2, 1] = "y"; tabGrille[2, 2] = Null
tabGrille[3, 1] = "z"; tabGrille[3, 2] = 2
TableauTrie(tabGrille, ttColonne, "2")
Trace(tabGrille[1, 1], tabGrille[2, 1], tabGrille[3, 1]) // expect: y, z, x
