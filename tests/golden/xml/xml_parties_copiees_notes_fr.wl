// Un élément copié ailleurs garde ce qui est entre ses balises (jumeau de
// xml_copied_parts_keep_notes_en.wl) : XMLInsèreDocument, XMLExtraitDocument et XMLAjouteFils
// d'un noeud lu dans un document le copiaient sans ses commentaires, instructions et sections
// CDATA, et une partie imbriquée sur des milliers de niveaux arrêtait le programme (« Stack
// overflow »). Le commentaire écrit avant l'élément reste où il était (INFERRED).
XMLDocument("CIBLE", "<Reglages><Courriel/></Reglages>")
XMLDocument("SOURCE", "<Ancien><!-- dehors --><Smtp port=""25""><!-- le relais --><?relais verifier?><Hote>mx</Hote><Signature><![CDATA[<b>Equipe</b>]]></Signature></Smtp></Ancien>")
XMLRecherche("SOURCE", "Smtp")
XMLRecherche("CIBLE", "Courriel")
Trace(XMLInsèreDocument("CIBLE", "SOURCE")) // expect: 1
Trace(XMLConstruitChaîne("CIBLE", XMLSansEntête))
// expect: <Reglages><Courriel><Smtp port="25"><!-- le relais --><?relais verifier?><Hote>mx</Hote><Signature><![CDATA[<b>Equipe</b>]]></Signature></Smtp></Courriel></Reglages>
// expect: 
XMLExtraitDocument("SOURCE", "PARTIE")
Trace(XMLConstruitChaîne("PARTIE", XMLSansEntête))
// expect: <Smtp port="25"><!-- le relais --><?relais verifier?><Hote>mx</Hote><Signature><![CDATA[<b>Equipe</b>]]></Signature></Smtp>
// expect: 
xAncien est un xmlDocument = XMLOuvre("<Ancien><Smtp><!-- garde --><Hote>mx</Hote></Smtp></Ancien>", depuisChaîne)
xNouveau est un xmlDocument = XMLOuvre("<Nouveau/>", depuisChaîne)
xSmtp est un xmlNoeud = xAncien.Ancien.Smtp
XMLAjouteFils(xNouveau.Nouveau, xSmtp)
Trace(XMLConstruitChaîne(xNouveau, XMLSansEntête))
// expect: <Nouveau><Smtp><!-- garde --><Hote>mx</Hote></Smtp></Nouveau>
// expect: 
// la source reste telle qu'elle était
Trace(XMLConstruitChaîne(xAncien, XMLSansEntête))
// expect: <Ancien><Smtp><!-- garde --><Hote>mx</Hote></Smtp></Ancien>
// expect: 
XMLTermine("CIBLE")
XMLTermine("SOURCE")
XMLTermine("PARTIE")
// une partie imbriquée sur 5 000 niveaux est copiée entière
sProfond est une chaîne = Répète("<a>", 5000) + "x" + Répète("</a>", 5000)
XMLDocument("PROFOND", sProfond)
XMLDocument("HOTE", "<h/>")
Trace(XMLInsèreDocument("HOTE", "PROFOND"), ErreurDétectée) // expect: 1, 0
sHote est une chaîne = XMLConstruitChaîne("HOTE", XMLSansEntête)
Trace(Taille(sHote), Gauche(sHote, 35008) = "<h>" + sProfond + "</h>") // expect: 35009, 1
XMLExtraitDocument("PROFOND", "PROFOND2")
Trace(Gauche(XMLConstruitChaîne("PROFOND2", XMLSansEntête), 35001) = sProfond) // expect: 1
XMLTermine("PROFOND")
XMLTermine("PROFOND2")
XMLTermine("HOTE")
