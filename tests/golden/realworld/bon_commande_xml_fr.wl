// Bon de commande fournisseur construit en XML puis relu, comme un développeur WINDEV
// l'écrit : un xmlDocument vide rempli membre par membre (attributs par `:`, lignes par
// `doc.Commande.Ligne[i].Reference =` dans un POUR TOUT, un & dans le texte),
// XMLConstruitChaîne, relu par XMLOuvre depuisChaîne (..Occurrence, POUR TOUT sur les
// lignes, Val des attributs). La boucle s'arrêtait à la première ligne : « there is no
// occurrence 1 (0 in the document) ». Jumeau anglais : supplier_order_xml_en.wl.
STLigne est une structure
	sRéf est une chaîne
	nQté est un entier
	mPU est un monétaire
FIN
tabLignes est un tableau de STLigne = [["VIS-M6", 500, 0.02], ["ECR-M6", 500, 0.015], ["RON-6", 1000, 0.01]]
docBC est un xmlDocument
docBC.Commande..Valeur = ""
docBC.Commande:numero = "BC-2026-0042"
docBC.Commande:date = "2026-12-06"
docBC.Commande.Fournisseur = "Quincaillerie Dupré & Fils"
POUR TOUT l, i DE tabLignes
	docBC.Commande.Ligne[i].Reference = l.sRéf
	docBC.Commande.Ligne[i].Quantite = l.nQté
	docBC.Commande.Ligne[i]:prix = l.mPU
FIN
docBC.Commande.Total = 10 + 7.5 + 10
sXML est une chaîne = XMLConstruitChaîne(docBC)
Trace(sXML)
// relecture
doc2 est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc2.Commande:numero, doc2.Commande.Ligne..Occurrence, doc2.Commande.Ligne[2].Reference)
mTotal est un monétaire
POUR TOUT nL DE doc2.Commande.Ligne
	mTotal += Val(nL:prix) * Val(nL.Quantite)
FIN
Trace(mTotal)


// ce qu'il affiche
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Commande numero="BC-2026-0042" date="2026-12-06"><Fournisseur>Quincaillerie Dupré &amp; Fils</Fournisseur><Ligne prix="0.02"><Reference>VIS-M6</Reference><Quantite>500</Quantite></Ligne><Ligne prix="0.015"><Reference>ECR-M6</Reference><Quantite>500</Quantite></Ligne><Ligne prix="0.01"><Reference>RON-6</Reference><Quantite>1000</Quantite></Ligne><Total>27.5</Total></Commande>
// expect: 
// expect: BC-2026-0042, 3, ECR-M6
// expect: 27.5
