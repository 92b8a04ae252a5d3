// @* dans un prédicat compte les attributs que liste l'étape de chemin //x/@* : une
// déclaration d'espace de noms (xmlns, xmlns:x) n'est un attribut ni dans l'un ni dans
// l'autre (stdlib/xml_doc_index.py attributes) ; count(@*) dans un prédicat comptait
// les deux déclarations de Commande
sCommande est une chaîne = [
<Commande xmlns="urn:boutique" xmlns:x="urn:autre"><Ligne code="A" qte="2"/><Ligne code="B"/></Commande>
]
XMLDocument("commande", sCommande)
Trace(XMLExécuteXPath("commande", "count(/Commande/@*)"), XMLRésultat("commande")) // expect: 1, 0
Trace(XMLExécuteXPath("commande", "//*[count(@*) = 0]"), XMLNomElément("commande")) // expect: 1, Commande
Trace(XMLExécuteXPath("commande", "//*[count(@*) = 2]"), XMLNomElément("commande")) // expect: 1, Ligne
Trace(XMLExécuteXPath("commande", "count(//*[@*])"), XMLRésultat("commande")) // expect: 1, 2
Trace(XMLExécuteXPath("commande", "count(//*[@xmlns])"), XMLRésultat("commande")) // expect: 1, 0
XMLTermine("commande")
