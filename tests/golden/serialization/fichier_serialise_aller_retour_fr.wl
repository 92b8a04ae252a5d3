// Des paramètres sérialisés en JSON, sauvés par fSauveBuffer et relus par fChargeBuffer
// dans Désérialise : le fichier contient les octets UTF-8 du texte, et Désérialise
// reçoit ces octets (un buffer) et les lit en UTF-8 quand ils en sont, comme un fichier
// texte est lu (INFÉRÉ ; docs/builtins.md "Serialize"). Avant, "Société €" revenait en
// "SociÃ©tÃ© â\x82¬".
STParamètres est une Structure
	sSociété est une chaîne
	mSeuil est un monétaire
	tabÉtiquettes est un tableau de chaînes
FIN
stP est un STParamètres
stP.sSociété = "Société Générale €"
stP.mSeuil = 1500.75
TableauAjoute(stP.tabÉtiquettes, "préféré")
bufJSON est un Buffer
Sérialise(stP, bufJSON, psdJSON)
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fichserial_" + Hasard(1, 999999999) + ".json"
fSauveBuffer(sFichier, bufJSON)
stLu est un STParamètres
Désérialise(stLu, fChargeBuffer(sFichier), psdJSON)
Trace(ErreurDétectée, stLu.sSociété, stLu.mSeuil, stLu.tabÉtiquettes[1]) // expect: 0, Société Générale €, 1500.75, préféré
// en XML de même
sXML est une chaîne
Sérialise(stP, sXML, psdXML)
fSauveTexte(sFichier, sXML, foUTF8)
stXML est un STParamètres
Désérialise(stXML, fChargeBuffer(sFichier), psdXML)
Trace(stXML.sSociété, stXML.tabÉtiquettes[1]) // expect: Société Générale €, préféré
// un texte Latin-1 reste tel quel
stLatin est un STParamètres
Désérialise(stLatin, "{""sSociété"":""Caf" + Caract(233) + """}", psdJSON)
Trace(stLatin.sSociété) // expect: Café
fSupprime(sFichier)
