// Un caractère de contrôle (U+0001 à U+001F sauf tabulation, LF et CR) ne peut pas être
// dans un document XML 1.0, ni tel quel ni en référence de caractère : en écrire un
// donnait un document qu'aucun lecteur ne reprend, XMLOuvre compris ("not well-formed
// (invalid token)"). L'écriture le refuse désormais en toutes lettres, en nommant le
// caractère et l'élément : XMLConstruitChaîne s'arrête, XMLSauve renvoie Faux avec
// ErreurInfo, Sérialise avec psdXML aussi ; tabulation, LF et CR passent (*décidé*
// 6 déc. 2026, FS, INFERRED : aucune page de PC SOFT ne dit ce qu'écrit WINDEV ;
// docs/builtins.md "Control characters in XML"). Jumeau anglais xml_control_characters_en.wl.
doc est un xmlDocument = XMLOuvre("<Commande><Réf>A1</Réf></Commande>", depuisChaîne)
// le séparateur de groupe (GS, Caract(29)) d'une douchette collé dans une référence
doc.Commande.Réf = "0102" + Caract(29) + "17"
QUAND EXCEPTION DANS
	sTexte est une chaîne = XMLConstruitChaîne(doc)
FAIRE
	Trace(Contient(ExceptionInfo(), "the text of <Réf> holds the character U+001D (Charact(29))")) // expect: 1
FIN
sFichier est une chaîne = fRepTemp() + fSép() + "wl_xml_controle_fr.xml"
Trace(XMLSauve(doc, sFichier)) // expect: 0
Trace(ErreurDétectée, fFichierExiste(sFichier)) // expect: 1, 0
Trace(Contient(ErreurInfo(), "XMLSauve: cannot write")) // expect: 1
// dans un attribut
doc.Commande.Réf = "010217"
doc.Commande.Réf:code = "x" + Caract(1)
QUAND EXCEPTION DANS
	XMLConstruitChaîne(doc)
FAIRE
	Trace(Contient(ExceptionInfo(), "the attribute code of <Réf> holds the character U+0001")) // expect: 1
FIN
// tabulation, LF et CR sont des caractères XML : écrits, et relus
doc.Commande.Réf:code = "a" + TAB + "b"
doc.Commande.Réf = "ligne 1" + RC + "ligne 2"
sTexte = XMLConstruitChaîne(doc)
doc2 est un xmlDocument = XMLOuvre(sTexte, depuisChaîne)
Trace(doc2.Commande.Réf = "ligne 1" + RC + "ligne 2", doc2.Commande.Réf:code = "a" + TAB + "b") // expect: 1, 1
// Sérialise en XML : refusé, rien d'écrit
Client est une Structure
	Nom est une chaîne
FIN
c est un Client
c.Nom = "Dupont" + Caract(7)
bufXml est un Buffer
Sérialise(c, bufXml, psdXML)
Trace(ErreurDétectée, Contient(ErreurInfo(), "the member Nom holds the character U+0007"), Taille(bufXml)) // expect: 1, 1, 0
