// XMLAjouteFils sur une variable xmlNoeud ou xmlDocument renvoie l'élément ajouté, un
// xmlNoeud : `xLigne = XMLAjouteFils(xCommande, "Ligne")` remplit ensuite cet élément
// (il recevait un booléen). Sur le nom d'un document (XMLDocument), le résultat reste
// Vrai. Employé comme un booléen, le noeud vaut Vrai. INFERRED (page non stockée) :
// docs/builtins.md "XMLAddChild's result".
xDoc est un xmlDocument = XMLOuvre("<Commande numero=""A-17""/>", depuisChaîne)
xCommande est un xmlNoeud = xDoc.Commande
tabProduits est un tableau de chaînes = ["Vis", "Écrou"]
POUR TOUT sProduit, nRang DE tabProduits
	xLigne est un xmlNoeud = XMLAjouteFils(xCommande, "Ligne")
	XMLAjouteAttribut(xLigne, "rang", nRang)
	XMLAjouteFils(xLigne, "Produit", sProduit)
	XMLAjouteFils(xLigne, "Qte", 10 * nRang)
FIN
Trace(XMLConstruitChaîne(xDoc, XMLSansEntête))
// expect: <Commande numero="A-17"><Ligne rang="1"><Produit>Vis</Produit><Qte>10</Qte></Ligne><Ligne rang="2"><Produit>Écrou</Produit><Qte>20</Qte></Ligne></Commande>
// expect:
xRemarque est un xmlNoeud = XMLAjouteFils(xDoc, "Remarque", "urgent")
Trace(xRemarque..Nom, xRemarque..Texte, xRemarque..Existe)
// expect: Remarque, urgent, 1
SI XMLAjouteFils(xCommande, "Total", "30") ALORS Trace("ajouté")
// expect: ajouté
bAjout est un booléen = XMLAjouteFils(xCommande, "Devise", "EUR")
Trace(bAjout, xDoc.Commande.Devise)
// expect: 1, EUR
XMLDocument("CDE", "<Commande/>")
Trace(XMLAjouteFils("CDE", "Ligne", "x"))
// expect: 1
XMLTermine("CDE")
