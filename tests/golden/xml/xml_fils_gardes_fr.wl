// Lire `d.Commande.Ligne` garde les lignes de la commande par leur nom pour la lecture
// suivante (une boucle sur `d.Commande.Ligne[i]` regardait chaque fils à chaque tour :
// stdlib/xml_children.py) ; chaque changement de l'arbre ci-dessous est vu par les
// lectures qui le suivent.
d est un xmlDocument = XMLOuvre("<Commande><Ligne>a</Ligne><Note>n</Note><Ligne>b</Ligne></Commande>", depuisChaîne)
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne[2], d.COMMANDE.ligne[1])
// expect: 2, b, a
// une ligne ajoutée après la dernière par [n + 1], et une par XMLAjouteFils
d.Commande.Ligne[3] = "c"
x est un xmlNoeud = d.Commande.Ligne
XMLAjouteFils(d.Commande, "Ligne", "d")
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne[3], d.Commande.Ligne[4], d.commande.LIGNE[4])
// expect: 4, c, d, d
// un noeud lu avant garde les lignes qu'il a trouvées
Trace(x..Occurrence)
// expect: 3
// une ligne ajoutée par [n + 1] quand la dernière ligne n'est pas le dernier fils :
// insérée après elle
d.Commande.Total = 9
d.Commande.Ligne[5] = "e"
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne[5], d.Commande.Total)
// expect: 5, e, 9
Trace(XMLConstruitChaîne(d, XMLSansEntête))
// expect: <Commande><Ligne>a</Ligne><Note>n</Note><Ligne>b</Ligne><Ligne>c</Ligne><Ligne>d</Ligne><Ligne>e</Ligne><Total>9</Total></Commande>
// expect:
// une ligne renommée n'est trouvée que par son nouveau nom
d.Commande.Ligne[2]..Nom = "Ancienne"
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne[2], d.Commande.Ancienne)
// expect: 4, c, b
// le texte de la commande remplace ses lignes
d.Commande = "aucune"
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne..Existe, d.Commande)
// expect: 0, 0, aucune
d.Commande.Ligne = "encore"
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne)
// expect: 1, encore
