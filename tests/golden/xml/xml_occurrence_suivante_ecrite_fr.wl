// Écrire l'occurrence qui suit la dernière d'un élément répété l'ajoute, après ses
// sœurs (`doc.Commande.Ligne[n + 1].Réf = x`, la boucle qu'écrit un développeur WINDEV
// pour construire une commande) ; c'était l'erreur « there is no occurrence 1 (0 in the
// document) ». La lire échoue toujours, et en écrire une plus loin aussi (INFERRED : les
// pages de xmlDocument ne sont pas conservées ; comme un tableau JSON grandit d'un
// élément écrit après sa fin). Jumeau anglais : xml_next_occurrence_written_en.wl.
doc est un xmlDocument
doc.Commande:numero = "BC-42"
tabRéfs est un tableau de chaînes = ["VIS-M6", "ECR-M6"]
POUR TOUT sRéf, i DE tabRéfs
	doc.Commande.Ligne[i].Ref = sRéf
	doc.Commande.Ligne[i]:qte = 10 * i
FIN
doc.Commande.Total = 30
doc.Commande.Ligne[3] = "troisième, avant Total"
Trace(doc.Commande.Ligne..Occurrence, doc.Commande.Ligne[2].Ref, doc.Commande.Ligne[2]:qte) // expect: 3, ECR-M6, 20
Trace(doc.Commande.Ligne[4]..Existe) // expect: 0
sXML est une chaîne = XMLConstruitChaîne(doc)
Trace(Position(sXML, "<Ligne>troisième, avant Total</Ligne><Total>") > 0) // expect: 1
doc.Commande.Ligne[5].Ref = "trop loin" // expect error: <Ligne>: there is no occurrence 5 (3 in the document)
