// `noeud[n]..Existe` dit si la n-ième occurrence est là, comme `noeud..Existe` dit si
// l'élément l'est : une boucle lit les lignes d'une commande jusqu'à la première absente
// (jumeau anglais xml_occurrence_exist_en.wl). C'était l'erreur "A value of type
// xmlNode has no property 'Exist'".
xCde est un xmlDocument = XMLOuvre("<Commande><Ligne ref=""A1"">2</Ligne><Ligne ref=""B7"">5</Ligne></Commande>", depuisChaîne)
i est un entier = 1
nQté est un entier
TANTQUE xCde.Commande.Ligne[i]..Existe
	nQté += xCde.Commande.Ligne[i]
	Trace(xCde.Commande.Ligne[i]..Attribut["ref"], xCde.Commande.Ligne[i]) // expect: A1, 2
	// expect: B7, 5
	i++
FIN
Trace(i - 1, nQté) // expect: 2, 7
Trace(xCde.Commande.Ligne[0]..Existe, xCde.Commande.Note[1]..Existe) // expect: 0, 0
