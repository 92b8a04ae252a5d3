// L'adresse d'un client sur deux lignes (RC est CR LF en WLangage) écrite dans un
// document XML, sauvée par XMLSauve et relue par XMLOuvre est le même texte : la couper
// sur RC trouve encore ses lignes. Un lecteur change CR LF en LF, et les fins de ligne
// CR LF de XMLSauve faisaient du CR LF brut deux LF : l'adresse revenait changée et
// ExtraitChaîne(..., RC) ne trouvait pas de deuxième ligne. Le CR s'écrit maintenant
// avec la référence &#13;, et dans un attribut CR, LF et tabulation (qu'un lecteur change
// en espaces) avec &#13;, &#10;, &#9;, comme libxml2 les écrit. Sérialise en psdXML de
// même. INFERRED (docs/builtins.md "Line ends in XML").
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlcr_fr_" + Hasard(1, 999999999) + ".xml"
sAdresse est une chaîne = "12 rue des Lilas" + RC + "75011 Paris"
xDoc est un xmlDocument
xDoc.Clients.Client.Nom = "Dupont SA"
xDoc.Clients.Client.Adresse = sAdresse
xDoc.Clients.Client:note = "appeler" + RC + "avant" + TAB + "midi"
Trace(Position(XMLConstruitChaîne(xDoc), "Lilas&#13;") > 0) // expect: 1
Trace(XMLSauve(xDoc, sFichier)) // expect: 1
xRelu est un xmlDocument = XMLOuvre(sFichier)
Trace(xRelu.Clients.Client.Adresse = sAdresse, Taille(xRelu.Clients.Client.Adresse)) // expect: 1, 29
Trace(ExtraitChaîne(xRelu.Clients.Client.Adresse, 2, RC)) // expect: 75011 Paris
Trace(xRelu.Clients.Client:note = "appeler" + RC + "avant" + TAB + "midi") // expect: 1
// un document nommé, et le texte lui-même relu
XMLDocument("CLI", fChargeTexte(sFichier))
Trace(XMLRecherche("CLI", "Adresse"), XMLDonnée("CLI") = sAdresse) // expect: 1, 1
XMLTermine("CLI")
xEncore est un xmlDocument = XMLOuvre(XMLConstruitChaîne(xRelu), depuisChaîne)
Trace(xEncore.Clients.Client.Adresse = sAdresse) // expect: 1
// Sérialise en XML et retour
STClient est une Structure
	sNom est une chaîne
	sAdresse est une chaîne
FIN
stC est un STClient
stC.sNom = "Dupont SA"
stC.sAdresse = sAdresse
sXML est une chaîne
Sérialise(stC, sXML, psdXML)
stLu est un STClient
Désérialise(stLu, sXML, psdXML)
Trace(stLu.sAdresse = sAdresse, ExtraitChaîne(stLu.sAdresse, 1, RC)) // expect: 1, 12 rue des Lilas
fSupprime(sFichier)
