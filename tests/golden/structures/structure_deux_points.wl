// membres avec ":" comme dans l'ancienne aide
Produit est une structure
	Libellé est une chaîne
	Prix est un monétaire
FIN
pr est un Produit
pr:Libellé = "Stylo"
pr:Prix = 1.5
Trace(pr:Libellé, pr.Prix) // expect: Stylo, 1.5
