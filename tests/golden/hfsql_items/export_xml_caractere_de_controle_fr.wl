// HExporteXML et HEnregistrementVersXML refusent une valeur contenant un caractère
// qu'XML 1.0 ne peut pas contenir (U+0000 à U+001F sauf tabulation, LF et CR), en toutes
// lettres, nommant le caractère et la rubrique, comme l'écriture XML (docs/builtins.md
// "Control characters in XML") : il était écrit tel quel, et le fichier n'était relu par
// aucun lecteur, HImporteXML et XMLOuvre compris. L'export est un échec H* : Faux,
// HErreurInfo dit pourquoi, aucun fichier écrit (*décidé* 6 déc. 2026, FS, INFERRED :
// docs/hfsql.md "Text and XML files"). Jumeau anglais export_xml_control_character_en.wl.
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Note"
rub..Nom = "Code" ; rub..Type = hRubTexte ; rub..Taille = 10 ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "Texte" ; rub..Type = hRubTexte ; rub..Taille = 40 ; rub..TypeClé = hNonClé
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Note)
Note.Code = "A1" ; Note.Texte = "tab" + TAB + "ok" ; HAjoute(Note)
sXml est une chaîne = fRepTemp() + ["/"] + "wl_golden_hexportexml_" + DonneGUID() + ".xml"
Trace(HExporteXML(Note, sXml), Contient(fChargeTexte(sXml), "<Texte>tab" + TAB + "ok</Texte>")) // expect: 1, 1
fSupprime(sXml)
Note.Code = "B2" ; Note.Texte = "cloche" + Caract(7) ; HAjoute(Note)
Trace(HExporteXML(Note, sXml), fFichierExiste(sXml)) // expect: 0, 0
Trace(HErreurInfo(hErrMessage)) // expect: HExporteXML: the item Texte holds the character U+0007 (Charact(7)), which an XML 1.0 document cannot hold, neither as it is nor as a character reference: remove or replace it before writing the document.
Trace(HEnregistrementVersXML(Note) = "", Contient(HErreurInfo(hErrMessage), "U+0007")) // expect: 1, 1
HLitRecherchePremier(Note, Code, "A1")
Trace(HEnregistrementVersXML(Note)) // expect: <Note><Code>A1</Code><Texte>tab	ok</Texte></Note>
