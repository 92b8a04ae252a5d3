// Page d'aide Désérialise (?3013066, page anglaise ; jumeau français écrit d'après elle) :
// son exemple (le même que celui de Sérialise, ?3013065), une Trace du tableau
// reconstruit, puis chaque format de son tableau <Paramètres> : psdBinaireFormat16 et
// psdXMLAgrégé (noms français INFERRED) étaient inconnus ; ils se lisent comme psdBinaire
// et psdXML (INFERRED).
MonTableau est un tableau de chaînes
bufRésultat est un Buffer

// Ajoute des éléments dans le tableau
Ajoute(MonTableau, "WINDEV")
Ajoute(MonTableau, "WEBDEV")
Ajoute(MonTableau, "WINDEV MOBILE")

// Sérialise le tableau dans le buffer en JSON
Sérialise(MonTableau, bufRésultat, psdJSON)

// Désérialise le buffer JSON
// => Reconstruit le tableau WLangage à partir de la chaîne JSON
MonTableauReconstruit est un tableau de chaînes
Désérialise(MonTableauReconstruit, bufRésultat, psdJSON)
Trace(MonTableauReconstruit.Occurrence, MonTableauReconstruit[1], MonTableauReconstruit[2], MonTableauReconstruit[3]) // expect: 3, WINDEV, WEBDEV, WINDEV MOBILE
// les formats du tableau <Paramètres>, chacun relu par la même constante
nFormat est un entier
POUR TOUT nFormat DE [psdBinaire, psdBinaireFormat16, psdJSON, psdXML, psdXMLAgrégé]
	bufChaque est un Buffer
	Sérialise(MonTableau, bufChaque, nFormat)
	tabRelu est un tableau de chaînes
	Désérialise(tabRelu, bufChaque, nFormat)
	Trace(tabRelu.Occurrence, tabRelu[3], ErreurDétectée) // expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
FIN
// un XML agrégé est du XML
Sérialise(MonTableau, bufRésultat, psdXMLAgrege)
Trace(Gauche(bufRésultat, 10)) // expect: <Document>
